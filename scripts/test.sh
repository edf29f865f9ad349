#!/usr/bin/env bash
# Runs the whole test suite the way CI does: set up what the tests need, run them, and print a closing line
# "N passed, N failed[, N skipped]" alone on the last line (CI reads that line, not NUnit's summary).
# Extra arguments go to `dotnet test` (for example: --filter "FullyQualifiedName~Capture").
set -uo pipefail
source "$(dirname "$0")/lib.sh"

"$EDGEAGENT_ROOT/scripts/setup.sh" || { echo "0 passed, 1 failed"; exit 1; }

results="$(mktemp -d)"
trap 'rm -rf "$results"' EXIT
export EDGEAGENT_MODELS="${EDGEAGENT_MODELS:-$EDGEAGENT_ROOT/models}"
log "running tests"
dotnet_cmd test "$EDGEAGENT_ROOT/EdgeAgent.Tests/EdgeAgent.Tests.csproj" -c Release --no-build -nologo \
  --logger "trx;LogFileName=results.trx" --logger "console;verbosity=normal" \
  --results-directory "$results" "$@"
status=$?

trx="$(find "$results" -name '*.trx' | head -n1)"
if [ -z "$trx" ]; then
  log "no test results were written (the test host failed to start?)"
  echo "0 passed, 1 failed"
  exit 1
fi
summary="$(python3 - "$trx" <<'PY'
import sys, xml.etree.ElementTree as ET
ns = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}
root = ET.parse(sys.argv[1]).getroot()
results = root.findall(".//t:UnitTestResult", ns)
passed = sum(r.get("outcome") == "Passed" for r in results)
skipped = sum(r.get("outcome") in ("NotExecuted", "Inconclusive") for r in results)
failed = len(results) - passed - skipped
for r in results:
    if r.get("outcome") in ("NotExecuted", "Inconclusive"):
        msg = r.find(".//t:Output/t:ErrorInfo/t:Message", ns)
        print(f"skipped: {r.get('testName')}: {(msg.text or '').strip() if msg is not None else ''}", file=sys.stderr)
    elif r.get("outcome") != "Passed":
        print(f"FAILED: {r.get('testName')}", file=sys.stderr)
line = f"{passed} passed, {failed} failed"
if skipped:
    line += f", {skipped} skipped"
print(line)
sys.exit(1 if failed else 0)
PY
)"
parse=$?
echo "$summary"
if [ $status -ne 0 ] || [ $parse -ne 0 ]; then exit 1; fi

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
# The ARM64 check (issue: the arm64 build must run and agree with x64) counts as one more test.
arm64_args=()
if [ "${EDGEAGENT_SKIP_ARM64:-0}" != "1" ]; then
  log "ARM64 check (the linux-arm64 build under qemu against x64)"
  if "$EDGEAGENT_ROOT/scripts/arm64-check.sh"; then arm64_args=(--extra-passed 1); else arm64_args=(--extra-failed 1); fi
fi

summary="$(python3 - "$trx" "${arm64_args[@]}" <<'PY'
import sys, xml.etree.ElementTree as ET
ns = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}
root = ET.parse(sys.argv[1]).getroot()
extra_passed = int(sys.argv[sys.argv.index("--extra-passed") + 1]) if "--extra-passed" in sys.argv else 0
extra_failed = int(sys.argv[sys.argv.index("--extra-failed") + 1]) if "--extra-failed" in sys.argv else 0
results = root.findall(".//t:UnitTestResult", ns)
passed = sum(r.get("outcome") == "Passed" for r in results)
skipped = sum(r.get("outcome") in ("NotExecuted", "Inconclusive") for r in results)
failed = len(results) - passed - skipped + extra_failed
passed += extra_passed
if extra_failed:
    print("FAILED: ARM64 check (scripts/arm64-check.sh)", file=sys.stderr)
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

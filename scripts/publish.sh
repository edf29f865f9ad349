#!/usr/bin/env bash
# Self-contained, trimmed single-folder builds of the agent for the boards we ship to, with the models beside them
# and a checksum list:   artifacts/publish/{rid}/{edgeagent,...,models/,SHA256SUMS}
#
#   scripts/publish.sh                     # linux-arm64 and linux-x64
#   scripts/publish.sh linux-arm64         # one
#   EDGEAGENT_MODELS=/path scripts/publish.sh   (default: <repo>/models)
#   EDGEAGENT_PUBLISH_NO_MODELS=1 ...      # the binaries only (CI's arm64 check copies just what it needs)
#
# Trim warnings are errors (Directory.Build.props); third-party reflection is rooted and justified in
# EdgeAgent/EdgeAgent.csproj and EdgeAgent/ILLink/ILLink.Suppressions.xml. Prints each folder's size with and without models.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

rids=("$@")
[ ${#rids[@]} -gt 0 ] || rids=(linux-arm64 linux-x64)
models="${EDGEAGENT_MODELS:-$EDGEAGENT_ROOT/models}"
out="$EDGEAGENT_ROOT/artifacts/publish"

for rid in "${rids[@]}"; do
  case "$rid" in linux-arm64|linux-x64) ;; *) die "unsupported runtime '$rid' (linux-arm64 or linux-x64)";; esac
  dir="$out/$rid"
  log "publishing $rid -> $dir"
  rm -rf "$dir"
  dotnet_cmd publish "$EDGEAGENT_ROOT/EdgeAgent/EdgeAgent.csproj" -c Release -r "$rid" --self-contained \
    -p:PublishTrimmed=true -p:DebugType=none -o "$dir" -nologo -v:q
  # The ONNX Runtime package ships Windows DLLs into Linux outputs; the project drops them, and this proves it.
  if compgen -G "$dir/onnxruntime*.dll" >/dev/null; then die "a Windows ONNX Runtime DLL is in $dir"; fi
  [ -x "$dir/edgeagent" ] || die "$dir/edgeagent was not produced"
  bare="$(du -sk "$dir" | cut -f1)"

  if [ -z "${EDGEAGENT_PUBLISH_NO_MODELS:-}" ]; then
    [ -f "$models/manifest.yaml" ] || die "no models in $models (run scripts/fetch-models.sh or set EDGEAGENT_MODELS)"
    mkdir -p "$dir/models"
    # What the agent loads: the manifest, the networks and their label/key files; not the folder's notes.
    cp -a "$models/manifest.yaml" "$dir/models/"
    find "$models" -maxdepth 1 -type f \( -name '*.onnx' -o -name '*.txt' \) -exec cp -a {} "$dir/models/" \;
    [ -d "$models/labels" ] && cp -a "$models/labels" "$dir/models/"
  fi

  (cd "$dir" && find . -type f ! -name SHA256SUMS -printf '%P\n' | LC_ALL=C sort | xargs -d '\n' sha256sum > SHA256SUMS)
  full="$(du -sk "$dir" | cut -f1)"
  printf '%s: %d MB without models, %d MB with models (%d files)\n' "$rid" $(( (bare + 512) / 1024 )) $(( (full + 512) / 1024 )) \
    "$(wc -l < "$dir/SHA256SUMS")"
done

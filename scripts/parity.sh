#!/usr/bin/env bash
# Produces reference outputs of the original TensorFlow.js models for the
# models that scripts/tfjs2onnx.py converts, so the ONNX side (run by the C#
# tests with ONNX Runtime) can be compared against them.
#
#   scripts/parity.sh [ID...]      default: every model with conversion.kind tfjs2onnx
#
# Writes, per model, under ${EDGEAGENT_CACHE:-~/.cache/edgeagent}/parity/<id>/:
#   input.f32             the input tensor, raw little-endian float32, manifest input shape
#   <output>.f32          each manifest output, name with non [A-Za-z0-9._-] replaced by '_'
#   meta.json             names, shapes, files, the input's source, the ONNX sha256
#
# Inputs are real photos (darknet's sample images from Debian's darknet
# package, decoded and resized by ffmpeg) so activations look like production.
# Needs node/npm, ffmpeg and apt-get download (no root needed for that).
set -euo pipefail

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
CACHE=${EDGEAGENT_CACHE:-$HOME/.cache/edgeagent}
MANIFEST=${EDGEAGENT_MANIFEST:-$REPO/models/manifest.yaml}
PY=${EDGEAGENT_PYTHON:-/usr/bin/python3}
NODE_DIR="$CACHE/node-parity"
MEDIA="$CACHE/media"
DATA="$MEDIA"

die() { echo "parity: ERROR: $*" >&2; exit 1; }
log() { echo "parity: $*" >&2; }

# Which photo and which ffmpeg filter produce each model's input. The filter
# reproduces how the agent prepares the tensor: CenterNet gets the whole frame
# stretched, faceres a square crop (darknet has no frontal face, so the crop
# around the person's head only serves as realistic pixels).
declare -A IMAGE=(
  [centernet-coco]=dog.jpg
  [faceres]=person.jpg
)
declare -A FILTER=(
  [centernet-coco]="scale=512:512:flags=bilinear"
  [faceres]="crop=112:112:180:88,scale=224:224:flags=bilinear"
)

for tool in node npm ffmpeg; do command -v "$tool" >/dev/null || die "$tool not found"; done

rows=$("$PY" "$REPO/scripts/models_manifest.py" rows "$MANIFEST" "$@")
ids=()
while IFS=$'\t' read -r id _ _ _ _ _ kind _; do
  if (($#)) || [[ "$kind" == tfjs2onnx ]]; then ids+=("$id"); fi
done <<<"$rows"
((${#ids[@]})) || die "no models to check"

# Reference models and converted files, verified the usual way.
"$REPO/scripts/fetch-models.sh" "${ids[@]}"

# TF.js, pinned by package-lock.json, installed outside the repo.
mkdir -p "$NODE_DIR"
if ! cmp -s "$REPO/scripts/parity/package-lock.json" "$NODE_DIR/package-lock.json" \
   || [[ ! -d "$NODE_DIR/node_modules/@tensorflow/tfjs" ]]; then
  log "installing @tensorflow/tfjs (npm ci) into $NODE_DIR"
  cp "$REPO/scripts/parity/package.json" "$REPO/scripts/parity/package-lock.json" "$NODE_DIR/"
  (cd "$NODE_DIR" && npm ci --ignore-scripts --no-audit --no-fund --silent)
fi

# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

while IFS=$'\t' read -r id npm version _ tarball files kind outputs file sha input_name input_shape _; do
  [[ " ${ids[*]} " == *" $id "* ]] || continue
  [[ "$kind" == tfjs2onnx ]] || { log "$id: not converted from TF.js, nothing to compare"; continue; }
  out="$CACHE/parity/$id"
  rm -rf "$out"
  mkdir -p "$out"
  IFS=',' read -r -a list <<<"$files"
  json=""
  for f in "${list[@]}"; do [[ "$f" == *.json ]] && json="$CACHE/extract/${tarball%.tgz}/$f"; done
  args=(--id "$id" --model "$json" --input-name "$input_name" --shape "$input_shape"
        --outputs "$outputs" --out "$out" --onnx "$file" --onnx-sha256 "$sha")
  if [[ -n "${IMAGE[$id]:-}" ]]; then
    ffmpeg -nostdin -loglevel error -i "$DATA/${IMAGE[$id]}" -vf "${FILTER[$id]}" \
      -f rawvideo -pix_fmt rgb24 "$out/input.rgb24"
    args+=(--rgb "$out/input.rgb24" --source-note "darknet data/${IMAGE[$id]}, ffmpeg -vf ${FILTER[$id]}")
  else
    args+=(--seed 1)
  fi
  log "$id: running $(basename "$json") in TF.js (pure-JS CPU backend, may take ~10 s)"
  NODE_PATH="$NODE_DIR/node_modules" node "$REPO/scripts/parity/run-tfjs.js" "${args[@]}" 2>&1 \
    | grep -v -e '^=*$' -e 'Hi, looks like you are running TensorFlow.js in Node.js' >&2 || true
  [[ -f "$out/meta.json" ]] || die "$id: TF.js run failed"
  rm -f "$out/input.rgb24"
done <<<"$rows"
log "reference outputs in $CACHE/parity/"

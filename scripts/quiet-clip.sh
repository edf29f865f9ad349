#!/usr/bin/env bash
# Makes the quiet clip motion gating is measured on: vtest's hall frozen on its first frame for 60 s, with the
# live left third of the clip (people walking) pasted in for two 6-second windows. Built from the Debian media
# setup.sh fetched; written to the media cache as quiet.avi. Use it with: edgeagent bench --compare --clip FILE
set -euo pipefail
source "$(dirname "$0")/lib.sh"

src="$EDGEAGENT_MEDIA/vtest.avi"
out="${1:-$EDGEAGENT_MEDIA/quiet.avi}"
[ -f "$src" ] || die "$src missing: run scripts/setup.sh first"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
ffmpeg -nostdin -v error -y -i "$src" -frames:v 1 "$work/still.png"
# Passers-by only inside the windows: the rest of the minute nothing moves, so the detector should rest.
ffmpeg -nostdin -v error -y -loop 1 -framerate 10 -i "$work/still.png" -i "$src" -filter_complex \
  "[1:v]crop=256:576:0:0[w];[0:v][w]overlay=x=0:y=0:enable='between(t,10,16)+between(t,40,46)'" \
  -t 60 -r 10 -c:v mpeg4 -q:v 3 -bitexact "$out"
log "quiet clip: $out"

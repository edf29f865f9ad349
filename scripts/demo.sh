#!/usr/bin/env bash
# The main job on an embedded default: OpenCV's pedestrian clip through the whole pipeline (capture, motion,
# detection, tracking, zones and lines) to the agent's embedded MQTT broker; each event is printed as it is
# published. Extra arguments go to `edgeagent run` (for example: --config my.yaml).
set -euo pipefail
source "$(dirname "$0")/lib.sh"

"$EDGEAGENT_ROOT/scripts/setup.sh"

export EDGEAGENT_MODELS="${EDGEAGENT_MODELS:-$EDGEAGENT_ROOT/models}"
export EDGEAGENT_STATE="${EDGEAGENT_STATE:-$(mktemp -d)}"
# A free loopback port for the embedded broker, so the demo runs beside anything already on 1883.
export EDGEAGENT_DEMO_PORT="${EDGEAGENT_DEMO_PORT:-$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}"
log "demo: $EDGEAGENT_MEDIA/vtest.avi -> embedded broker on 127.0.0.1:$EDGEAGENT_DEMO_PORT (state in $EDGEAGENT_STATE)"
dotnet_cmd "$EDGEAGENT_ROOT/EdgeAgent/bin/Release/net10.0/edgeagent.dll" run \
  --config "$EDGEAGENT_ROOT/config/demo.yaml" --print-events "$@"

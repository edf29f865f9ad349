# Shared helpers for the project's scripts; sourced, not run.
# Everything downloaded lives outside the clone so a second run (or a second clone) is fast.
EDGEAGENT_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
EDGEAGENT_CACHE="${EDGEAGENT_CACHE:-$HOME/.cache/edgeagent}"
EDGEAGENT_MEDIA="${EDGEAGENT_MEDIA:-$EDGEAGENT_CACHE/media}"
export EDGEAGENT_ROOT EDGEAGENT_CACHE EDGEAGENT_MEDIA

log() { printf '\033[1m[edgeagent]\033[0m %s\n' "$*" >&2; }
die() { printf '\033[31m[edgeagent] error:\033[0m %s\n' "$*" >&2; exit 1; }

# Runs a command as root: directly when we are root, else through sudo.
as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

dotnet_cmd() {
  command -v dotnet >/dev/null 2>&1 || die "the .NET 10 SDK is not on PATH (https://learn.microsoft.com/dotnet/core/install/linux-debian)"
  DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 dotnet "$@"
}

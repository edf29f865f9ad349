#!/usr/bin/env bash
# Runs the BenchmarkDotNet kernel benchmarks (preprocessing, CenterNet decoder, NMS, tracker, motion, event JSON)
# in Release. Not part of CI: a full run takes minutes. Arguments go to BenchmarkDotNet, e.g.
#   scripts/bench-kernels.sh --filter '*Nms*'        one benchmark
#   scripts/bench-kernels.sh --job short             fewer iterations
# Models come from $EDGEAGENT_MODELS (default <repo>/models), media from $EDGEAGENT_MEDIA (~/.cache/edgeagent/media).
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
export EDGEAGENT_MODELS="${EDGEAGENT_MODELS:-$repo/models}"
args=("$@")
[ ${#args[@]} -eq 0 ] && args=(--filter '*')
cd "$repo"
dotnet run -c Release --project EdgeAgent.Benchmarks/EdgeAgent.Benchmarks.csproj -- "${args[@]}"

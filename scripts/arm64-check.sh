#!/usr/bin/env bash
# ARM64 check (CI runs it): the linux-arm64 build must run on an ARM64 board and say what the x64 build says.
# Without a board, it runs under QEMU user emulation: Debian's qemu-user-static and an arm64 glibc from multiarch
# (.NET hashes with OpenSSL, so libssl3:arm64 too) (or, where multiarch conflicts, a minimal debootstrap root used as QEMU_LD_PREFIX). ONNX Runtime reads
# /proc/cpuinfo to pick its kernels and crashes on the host's x86 text, so the arm64 process runs in its own mount
# namespace (unshare -m) with an ARM Cortex-A72 cpuinfo (deploy/cpuinfo-cortex-a72.txt) bound over /proc/cpuinfo.
# Emulation is ~2700x slower than native: the checks use the smallest input that proves each point.
#
#   scripts/arm64-check.sh          # builds what is missing (scripts/publish.sh), installs what is missing (apt)
#
# Prints how long it took; it must stay under 10 minutes (CI budget), most of it the trimmed arm64 publish.
#
# Checks, each arm64-under-QEMU against x64-native:
#   1. `edgeagent version`  - the runtime starts, and loads ONNX Runtime's native library
#   2. `edgeagent models verify` - every model loads into an ONNX Runtime session (when the verb exists)
#   3. the detection check below - same labels, boxes within a pixel (when the verb exists)
set -euo pipefail
source "$(dirname "$0")/lib.sh"

# The detection check: switch to `detect --json IMAGE` by editing this one line once the verb has landed.
# Faces: BlazeFace is the smallest detector (~6 ms native, seconds under emulation); CenterNet takes many minutes.
DETECT=(detect --kinds faces --json "${EDGEAGENT_MEDIA}/messi5.jpg")

started=$(date +%s)
arm="$EDGEAGENT_ROOT/artifacts/publish/linux-arm64"
cpuinfo="$EDGEAGENT_ROOT/deploy/cpuinfo-cortex-a72.txt"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# --- tools: qemu and an arm64 glibc ---------------------------------------------------------------------------
if ! command -v qemu-aarch64-static >/dev/null; then
  log "installing qemu-user-static"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq qemu-user-static >/dev/null
fi
ld_prefix=/
if [ ! -e /lib/ld-linux-aarch64.so.1 ] || ! dpkg -s libstdc++6:arm64 libssl3:arm64 >/dev/null 2>&1; then
  log "installing an arm64 glibc and libstdc++ (dpkg multiarch)"
  if as_root dpkg --add-architecture arm64 && as_root apt-get update -qq \
     && as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libc6:arm64 libstdc++6:arm64 libgcc-s1:arm64 libssl3:arm64 >/dev/null; then
    :
  else
    # Multiarch can conflict with what the host has pinned; a separate minimal root avoids touching it.
    log "multiarch failed; using a debootstrap arm64 root instead"
    root="${EDGEAGENT_CACHE}/arm64-root"
    if [ ! -e "$root/lib/ld-linux-aarch64.so.1" ]; then
      command -v debootstrap >/dev/null || as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap >/dev/null
      as_root debootstrap --arch=arm64 --foreign --variant=minbase --include=libstdc++6,libssl3 bookworm "$root"
    fi
    ld_prefix="$root"
  fi
fi

# --- builds ---------------------------------------------------------------------------------------------------
# The arm64 build under test is the trimmed self-contained publish, made from this tree every time (an earlier
# publish left in the folder would test old code; msbuild's incremental build keeps a repeat cheap). The x64 reference
# is the plain Release build of the same tree: trimming must not change what is printed.
"$EDGEAGENT_ROOT/scripts/publish.sh" linux-arm64
# ELF e_machine (2 bytes at offset 18) is 0xb7 for AArch64; read with od, which every Debian has (`file` may not).
[ "$(od -An -tx1 -j18 -N2 "$arm/edgeagent" | tr -d ' \n')" = "b700" ] || die "$arm/edgeagent is not an ARM64 executable"
dotnet_cmd build "$EDGEAGENT_ROOT/EdgeAgent/EdgeAgent.csproj" -c Release -nologo -v:q >/dev/null
x64_cmd=(dotnet "$EDGEAGENT_ROOT/EdgeAgent/bin/Release/net10.0/edgeagent.dll")
x64_models="${EDGEAGENT_MODELS:-$EDGEAGENT_ROOT/models}"

# Runs the arm64 build under QEMU in a private mount namespace with an ARM /proc/cpuinfo.
# Both run in an empty folder with no config, so each uses its own models (not the repo's example config).
on_arm() {
  (cd "$work" && as_root env -u EDGEAGENT_CONFIG QEMU_LD_PREFIX="$ld_prefix" EDGEAGENT_MODELS="$arm/models" \
    unshare -m --propagation unchanged sh -c 'mount --make-rprivate /proc && mount --bind "$0" /proc/cpuinfo && exec qemu-aarch64-static "$@"' "$cpuinfo" "$arm/edgeagent" "$@")
}
on_x64() { (cd "$work" && env -u EDGEAGENT_CONFIG EDGEAGENT_MODELS="$x64_models" "${x64_cmd[@]}" "$@"); }

failed=0
check() {
  local name="$1"; shift
  local t0=$(date +%s)
  on_x64 "$@" > "$work/$name.x64" 2> "$work/$name.x64.err" || { cat "$work/$name.x64.err" >&2; die "$name: x64 run failed"; }
  if ! on_arm "$@" > "$work/$name.arm" 2> "$work/$name.arm.err"; then
    cat "$work/$name.arm.err" >&2
    log "FAIL $name: the arm64 run failed"; failed=1; return
  fi
  if python3 "$EDGEAGENT_ROOT/scripts/compare_outputs.py" "$work/$name.x64" "$work/$name.arm"; then
    log "ok   $name ($(( $(date +%s) - t0 )) s)"
  else
    log "FAIL $name: arm64 and x64 differ"; failed=1
  fi
}

check version version
grep -q '^ONNX Runtime [0-9]' "$work/version.arm" || { cat "$work/version.arm"; die "ONNX Runtime did not load under arm64"; }
sed 's/^/  arm64: /' "$work/version.arm" >&2
# A verb exists when the root help lists it (an unknown verb with --help still exits 0).
has_verb() { on_x64 --help 2>/dev/null | grep -qE "^  $1( |$)"; }
if has_verb models; then check models-verify models verify; else log "skip models verify (the verb has not landed)"; fi
if has_verb "${DETECT[0]}"; then check detect "${DETECT[@]}"; else log "skip ${DETECT[0]} (the verb has not landed)"; fi

elapsed=$(( $(date +%s) - started ))
log "arm64 check took ${elapsed} s"
[ "$failed" -eq 0 ] || die "arm64 check failed"

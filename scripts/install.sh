#!/usr/bin/env bash
# Installs a published EdgeAgent build as a systemd service. Idempotent: run it again to upgrade.
#
#   scripts/install.sh [--root DIR] [--dry-run] [--no-enable] [PUBLISH_DIR]
#
#   PUBLISH_DIR  a folder made by scripts/publish.sh (default: artifacts/publish/<this machine's rid>)
#   --root DIR   install into DIR as if it were / (an image being built, or a test); users and groups go into
#                DIR/etc/{passwd,group,shadow,gshadow} and the unit is enabled with systemctl --root
#   --dry-run    print what would be done and change nothing
#   --no-enable  install the unit but do not enable it
#
# It creates the system user 'edgeagent' (groups video, gpio, i2c), puts the build in /opt/edgeagent (root-owned,
# read-only to the service), makes /etc/edgeagent (root:edgeagent 0750) with secrets/ (edgeagent 0700) and
# /var/lib/edgeagent (edgeagent 0750), installs an example config only when none exists, a udev rule giving the gpio
# and i2c groups their device nodes, and installs and enables deploy/edgeagent.service. It never overwrites a config
# or a secret.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

root=""
dry=""
enable=1
publish=""
while [ $# -gt 0 ]; do
  case "$1" in
    --root) root="${2:?--root needs a folder}"; shift 2;;
    --root=*) root="${1#--root=}"; shift;;
    --dry-run) dry=1; shift;;
    --no-enable) enable=""; shift;;
    -h|--help) sed -n '2,17p' "$0"; exit 0;;
    -*) die "unknown option $1 (see --help)";;
    *) publish="$1"; shift;;
  esac
done
if [ -n "$root" ]; then
  [ -d "$root" ] || die "--root $root is not a folder"
  root="$(cd "$root" && pwd)"
  [ "$root" != "/" ] || root=""
fi
if [ -z "$publish" ]; then
  case "$(uname -m)" in aarch64|arm64) rid=linux-arm64;; x86_64) rid=linux-x64;; *) die "no build for $(uname -m)";; esac
  publish="$EDGEAGENT_ROOT/artifacts/publish/$rid"
fi
[ -x "$publish/edgeagent" ] || die "$publish has no edgeagent binary: run scripts/publish.sh first, or name the folder"
[ -n "$dry" ] || [ "$(id -u)" -eq 0 ] || die "installing needs root (or try --dry-run)"

user=edgeagent
groups=(video gpio i2c)
prefix=()
[ -z "$root" ] || prefix=(--prefix "$root")

# Runs a command, or prints it under --dry-run.
run() {
  if [ -n "$dry" ]; then printf '+'; printf ' %q' "$@"; printf '\n'; else "$@"; fi
}
has_group() { grep -q "^$1:" "$root/etc/group" 2>/dev/null; }
has_user() { grep -q "^$1:" "$root/etc/passwd" 2>/dev/null; }
# Numeric ids from the target's own files: names in a --root tree mean nothing to this machine's chown.
uid_of() { awk -F: -v n="$1" '$1 == n { print $3 }' "$root/etc/passwd"; }
gid_of() { awk -F: -v n="$1" '$1 == n { print $3 }' "$root/etc/group"; }
owner() {
  if [ -n "$dry" ] && ! has_user "$user"; then echo "$1:$2"; return; fi
  local u g
  u="$( [ "$1" = root ] && echo 0 || uid_of "$1")"
  g="$( [ "$2" = root ] && echo 0 || gid_of "$2")"
  echo "$u:$g"
}
# A folder with exactly this owner and mode, made if missing, fixed if not.
folder() {
  local path="$root$1" own mode="$3"
  own="$(owner "${2%%:*}" "${2##*:}")"
  run install -d -m "$mode" "$path"
  run chown "$own" "$path"
  run chmod "$mode" "$path"
}

log "verifying $publish"
if [ -f "$publish/SHA256SUMS" ]; then
  (cd "$publish" && sha256sum --quiet -c SHA256SUMS) || die "$publish does not match its SHA256SUMS"
else
  log "warning: $publish has no SHA256SUMS; not verified"
fi

log "user and groups"
for g in "${groups[@]}"; do
  has_group "$g" || run groupadd "${prefix[@]}" --system "$g"
done
if has_user "$user"; then
  run usermod "${prefix[@]}" -a -G "$(IFS=,; echo "${groups[*]}")" "$user"
else
  run useradd "${prefix[@]}" --system --user-group --no-create-home --home-dir /var/lib/edgeagent \
    --shell /usr/sbin/nologin --comment "EdgeAgent service" --groups "$(IFS=,; echo "${groups[*]}")" "$user"
fi

log "program in /opt/edgeagent"
run install -d -m 0755 "$root/opt"
# Copied beside the old one and swapped in, so a failed copy never leaves a half-installed agent.
run rm -rf "$root/opt/edgeagent.new" "$root/opt/edgeagent.old"
run cp -a "$publish" "$root/opt/edgeagent.new"
run chown -R 0:0 "$root/opt/edgeagent.new"
run chmod -R u=rwX,go=rX "$root/opt/edgeagent.new"
if [ -e "$root/opt/edgeagent" ]; then run mv "$root/opt/edgeagent" "$root/opt/edgeagent.old"; fi
run mv "$root/opt/edgeagent.new" "$root/opt/edgeagent"
run rm -rf "$root/opt/edgeagent.old"

log "config, secrets and state"
run install -d -m 0755 "$root/etc" "$root/var/lib"
folder /etc/edgeagent root:$user 0750
folder /etc/edgeagent/secrets $user:$user 0700
folder /var/lib/edgeagent $user:$user 0750
config="$root/etc/edgeagent/edgeagent.yaml"
if [ -e "$config" ]; then
  log "keeping the existing $config"
else
  template="$EDGEAGENT_ROOT/config/edgeagent.example.yaml"
  [ -f "$template" ] || die "no example config at $template"
  # The example's paths are relative to the repository; the installed agent keeps its models under /opt.
  if [ -n "$dry" ]; then
    echo "+ install example config $template -> $config (models under /opt/edgeagent/models)"
  else
    sed -e 's#\.\./models#/opt/edgeagent/models#g' "$template" > "$config.tmp"
    chown "$(owner root $user)" "$config.tmp"
    chmod 0640 "$config.tmp"
    mv "$config.tmp" "$config"
  fi
fi

log "udev rule for the GPIO and I2C groups"
run install -d -m 0755 "$root/etc/udev/rules.d"
run install -m 0644 "$EDGEAGENT_ROOT/deploy/60-edgeagent.rules" "$root/etc/udev/rules.d/60-edgeagent.rules"
if [ -z "$root" ] && command -v udevadm >/dev/null; then
  run udevadm control --reload || true
  run udevadm trigger --subsystem-match=gpio --subsystem-match=i2c-dev || true
fi

log "systemd unit"
run install -d -m 0755 "$root/etc/systemd/system"
run install -m 0644 "$EDGEAGENT_ROOT/deploy/edgeagent.service" "$root/etc/systemd/system/edgeagent.service"
if [ -n "$enable" ]; then
  if [ -n "$root" ]; then
    run systemctl --root="$root" enable edgeagent.service
  else
    run systemctl daemon-reload
    run systemctl enable edgeagent.service
    if systemctl is-active --quiet edgeagent.service 2>/dev/null; then run systemctl restart edgeagent.service; fi
  fi
fi
log "done${dry:+ (dry run: nothing changed)}; edit $root/etc/edgeagent/edgeagent.yaml, then: systemctl start edgeagent"

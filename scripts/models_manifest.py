#!/usr/bin/python3
"""Manifest helper for fetch-models.sh and parity.sh (Debian python3-yaml only).

  models_manifest.py validate MANIFEST
  models_manifest.py rows MANIFEST [ID...]     one tab-separated row per model
  models_manifest.py integrity FILE            npm-style "sha512-<base64>" of FILE

Rows carry the fields the shell scripts need, in the order of ROW_FIELDS;
lists are joined with ',' and an empty value is written as '-' because bash's
`read` collapses consecutive tabs.
"""
import base64
import hashlib
import re
import sys

import yaml

TASKS = {"object-detection", "face-detection", "text-detection", "text-recognition", "face-descriptor"}
KINDS = {"none", "tfjs2onnx"}
LAYOUTS = {"nhwc", "nchw"}
COLORS = {"rgb", "bgr"}
RESIZES = {"stretch", "letterbox", "pad-square"}
DECODERS = {"centernet", "yolov5", "yolov8", "blazeface", "db", "ctc", "embedding"}
ID_RE = re.compile(r"^[a-z0-9][a-z0-9._-]*$")
SHA256_RE = re.compile(r"^[0-9a-f]{64}$")
INTEGRITY_RE = re.compile(r"^sha512-[A-Za-z0-9+/]{86}==$")

ROW_FIELDS = ["id", "npm", "version", "integrity", "tarball", "files", "kind", "outputs",
              "file", "sha256", "input_name", "input_shape", "labels", "labels_from"]


class ManifestError(Exception):
    pass


def tarball_name(npm, version):
    """File name `npm pack` gives a package: '@scope/name' -> 'scope-name-VERSION.tgz'."""
    return f"{npm.lstrip('@').replace('/', '-')}-{version}.tgz"


def load(path):
    with open(path, encoding="utf-8") as f:
        doc = yaml.safe_load(f)
    if not isinstance(doc, dict) or doc.get("schema") != 1:
        raise ManifestError(f"{path}: expected 'schema: 1' at the top")
    models = doc.get("models")
    if not isinstance(models, list) or not models:
        raise ManifestError(f"{path}: 'models' must be a non-empty list")
    seen = set()
    for i, m in enumerate(models):
        check_model(m, f"{path}: models[{i}]", seen)
    return models


def check_model(m, where, seen):
    def need(obj, key, ctx):
        if not isinstance(obj, dict) or obj.get(key) in (None, ""):
            raise ManifestError(f"{ctx}: missing '{key}'")
        return obj[key]

    def one_of(value, allowed, ctx):
        if value not in allowed:
            raise ManifestError(f"{ctx}: {value!r} is not one of {', '.join(sorted(allowed))}")

    mid = need(m, "id", where)
    if not ID_RE.match(str(mid)):
        raise ManifestError(f"{where}: id {mid!r} must be lower-case letters, digits, '.', '_' or '-'")
    if mid in seen:
        raise ManifestError(f"{where}: duplicate id {mid!r}")
    seen.add(mid)
    ctx = f"model {mid}"
    one_of(need(m, "task", ctx), TASKS, f"{ctx}: task")
    src = need(m, "source", ctx)
    need(src, "npm", f"{ctx}: source")
    need(src, "version", f"{ctx}: source")
    if not INTEGRITY_RE.match(str(need(src, "integrity", f"{ctx}: source"))):
        raise ManifestError(f"{ctx}: source.integrity must be an npm sha512 string (npm view NAME@VERSION dist.integrity)")
    files = need(src, "files", f"{ctx}: source")
    if not isinstance(files, list) or not all(isinstance(f, str) and f.startswith("package/") for f in files):
        raise ManifestError(f"{ctx}: source.files must list paths inside the tarball (they start with 'package/')")
    conv = need(m, "conversion", ctx)
    kind = need(conv, "kind", f"{ctx}: conversion")
    one_of(kind, KINDS, f"{ctx}: conversion.kind")
    if kind == "none" and sum(f.endswith(".onnx") for f in files) != 1:
        raise ManifestError(f"{ctx}: conversion 'none' needs exactly one .onnx in source.files")
    if kind == "tfjs2onnx" and sum(f.endswith(".json") for f in files) != 1:
        raise ManifestError(f"{ctx}: conversion 'tfjs2onnx' needs exactly one model .json in source.files")
    file = str(need(m, "file", ctx))
    if "/" in file or not file.endswith(".onnx"):
        raise ManifestError(f"{ctx}: file must be a bare '*.onnx' name")
    # A new entry may leave sha256 out until `fetch-models.sh --print-sha256 ID`
    # has computed it; fetch-models.sh refuses to install such an entry.
    sha = m.get("sha256")
    if sha not in (None, "") and not SHA256_RE.match(str(sha)):
        raise ManifestError(f"{ctx}: sha256 must be 64 lower-case hex digits "
                            f"(scripts/fetch-models.sh --print-sha256 {mid} prints it)")
    inp = need(m, "input", ctx)
    need(inp, "name", f"{ctx}: input")
    shape = need(inp, "shape", f"{ctx}: input")
    if not isinstance(shape, list) or not all(isinstance(d, int) and (d > 0 or d == -1) for d in shape):
        raise ManifestError(f"{ctx}: input.shape must be a list of positive ints or -1")
    one_of(need(inp, "layout", f"{ctx}: input"), LAYOUTS, f"{ctx}: input.layout")
    one_of(need(inp, "color", f"{ctx}: input"), COLORS, f"{ctx}: input.color")
    one_of(need(inp, "resize", f"{ctx}: input"), RESIZES, f"{ctx}: input.resize")
    for key in ("mean", "std"):
        v = need(inp, key, f"{ctx}: input")
        if not isinstance(v, list) or len(v) not in (1, 3) or not all(isinstance(x, (int, float)) for x in v):
            raise ManifestError(f"{ctx}: input.{key} must list 1 or 3 numbers")
    if any(x == 0 for x in inp["std"]):
        raise ManifestError(f"{ctx}: input.std must not contain 0")
    if not isinstance(inp.get("scale"), (int, float)):
        raise ManifestError(f"{ctx}: input.scale must be a number")
    outs = need(m, "outputs", ctx)
    if not isinstance(outs, list) or not outs:
        raise ManifestError(f"{ctx}: outputs must list the ONNX output names")
    one_of(need(m, "decoder", ctx), DECODERS, f"{ctx}: decoder")
    opts = m.get("decoder_options") or {}
    if not isinstance(opts, dict) or any(isinstance(v, (list, dict)) for v in opts.values()):
        raise ManifestError(f"{ctx}: decoder_options must be a map of scalars")
    labels, labels_from = m.get("labels"), m.get("labels_from")
    if labels_from and not labels:
        raise ManifestError(f"{ctx}: labels_from needs labels (the file name to install it as)")
    if labels and "/" in str(labels):
        raise ManifestError(f"{ctx}: labels must be a bare file name")
    if labels_from and not str(labels_from).startswith("package/"):
        raise ManifestError(f"{ctx}: labels_from must be a path inside the tarball")
    need(m, "licence", ctx)
    need(m, "provenance", ctx)


def row(m):
    src, conv, inp = m["source"], m["conversion"], m["input"]
    files = list(src["files"])
    if m.get("labels_from") and m["labels_from"] not in files:
        files.append(m["labels_from"])
    values = {
        "id": m["id"], "npm": src["npm"], "version": str(src["version"]),
        "integrity": src["integrity"], "tarball": tarball_name(src["npm"], str(src["version"])),
        "files": ",".join(files), "kind": conv["kind"],
        "outputs": ",".join(conv.get("outputs") or []),
        "file": m["file"], "sha256": m.get("sha256") or "", "input_name": inp["name"],
        "input_shape": ",".join(str(d) for d in inp["shape"]),
        "labels": m.get("labels") or "", "labels_from": m.get("labels_from") or "",
    }
    for k, v in values.items():
        if "\t" in str(v) or "\n" in str(v):
            raise ManifestError(f"model {m['id']}: {k} contains a tab or newline")
    return "\t".join(str(values[k]) or "-" for k in ROW_FIELDS)


def integrity(path):
    h = hashlib.sha512()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return "sha512-" + base64.b64encode(h.digest()).decode()


def main(argv):
    if len(argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    cmd, arg = argv[0], argv[1]
    if cmd == "integrity":
        print(integrity(arg))
        return 0
    models = load(arg)
    if cmd == "validate":
        print(f"{arg}: {len(models)} model(s) OK")
        return 0
    if cmd == "rows":
        wanted = argv[2:]
        ids = [m["id"] for m in models]
        unknown = [w for w in wanted if w not in ids]
        if unknown:
            raise ManifestError(f"unknown model id(s): {', '.join(unknown)} (known: {', '.join(ids)})")
        for m in models:
            if not wanted or m["id"] in wanted:
                print(row(m))
        return 0
    print(f"unknown command {cmd!r}", file=sys.stderr)
    return 2


if __name__ == "__main__":
    try:
        sys.exit(main(sys.argv[1:]))
    except (ManifestError, OSError, yaml.YAMLError) as e:
        print(f"models_manifest: error: {e}", file=sys.stderr)
        sys.exit(2)

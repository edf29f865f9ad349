#!/usr/bin/env python3
"""Compares what the x64 and the arm64 builds printed for the same command (scripts/arm64-check.sh).

JSON lines (detections) must match in order and label, with boxes within a pixel and scores within 0.01: the two
builds run different SIMD kernels, so the last bits of a float may differ but never a detection. Other lines must
match exactly, except those that name the platform (runtime id, OS).
"""
import json
import re
import sys

PLATFORM_WORDS = ("linux-x64", "linux-arm64", "x86_64", "aarch64")


def lines(path):
    # A trailing "(path)" names where each build keeps its files (e.g. `models verify`): not part of the answer.
    with open(path, encoding="utf-8") as f:
        out = (re.sub(r"\s*\([^()]*\)$", "", l.rstrip("\n")) for l in f)
        return [l for l in out if l.strip() and not any(w in l for w in PLATFORM_WORDS)]


def close(a, b, path=""):
    if isinstance(a, dict) and isinstance(b, dict):
        if a.keys() != b.keys():
            return f"{path}: fields differ: {sorted(a.keys() ^ b.keys())}"
        for k in a:
            if k in ("id", "ts", "pt"):
                continue  # fresh per run
            r = close(a[k], b[k], f"{path}.{k}")
            if r:
                return r
        return None
    if isinstance(a, list) and isinstance(b, list):
        if len(a) != len(b):
            return f"{path}: {len(a)} vs {len(b)} items"
        tol = 1.0 if path.endswith(("box", "bbox")) else None
        for i, (x, y) in enumerate(zip(a, b)):
            if tol is not None and isinstance(x, (int, float)) and isinstance(y, (int, float)):
                if abs(x - y) > tol:
                    return f"{path}[{i}]: {x} vs {y} (more than a pixel)"
                continue
            r = close(x, y, f"{path}[{i}]")
            if r:
                return r
        return None
    if isinstance(a, float) or isinstance(b, float):
        return None if abs(a - b) <= 0.01 else f"{path}: {a} vs {b}"
    return None if a == b else f"{path}: {a!r} vs {b!r}"


def main(x64_path, arm_path):
    x64, arm = lines(x64_path), lines(arm_path)
    if len(x64) != len(arm):
        print(f"x64 printed {len(x64)} lines, arm64 {len(arm)}", file=sys.stderr)
        return 1
    for n, (a, b) in enumerate(zip(x64, arm), 1):
        try:
            ja, jb = json.loads(a), json.loads(b)
        except ValueError:
            if a != b:
                print(f"line {n}: {a!r} vs {b!r}", file=sys.stderr)
                return 1
            continue
        problem = close(ja, jb)
        if problem:
            print(f"line {n}: {problem.lstrip('.')}", file=sys.stderr)
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))

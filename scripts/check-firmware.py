#!/usr/bin/env python3
"""Compares the firmware's output (scripts/firmware.sh) with the shared vectors, byte for byte.

Every vector in tests/vectors/{eea,inbound,methods}.json and with_params/tables.json (a
caller's parameter table) must appear once: a decision whose bytes
equal `expected`, or an error whose code, kind, path and message equal `error`. Prints the
footprint and the deepest stack, and fails above the limits given (a regression gate: the limits
sit a little above the figures measured, see docs/firmware.md).

With `--kinds outbound` (the outbound-only image) only the vectors of those kinds are expected.

Usage: check-firmware.py OUTPUT [--max-stack BYTES] [--max-flash BYTES] [--kinds K,K]
"""
import argparse
import json
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
VECTOR_FILES = ["eea.json", "inbound.json", "methods.json", "with_params/tables.json"]


def kind_of(text):
    """The kind of case an input holds, read as the kernel reads its `schema`."""
    try:
        schema = json.loads(text).get("schema", "")
    except (ValueError, AttributeError):
        schema = ""
    schema = schema if isinstance(schema, str) else ""
    if schema.startswith("helserett.inbound_case/"):
        return "inbound"
    if schema.startswith("helserett.method_case/"):
        return "method"
    return "outbound"


def expected_by_id(kinds):
    out = {}
    for name in VECTOR_FILES:
        for t in json.loads((ROOT / "tests/vectors" / name).read_text())["tests"]:
            if kinds is None or kind_of(t["input"]) in kinds:
                out[t["id"]] = t
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("output")
    ap.add_argument("--max-stack", type=int)
    ap.add_argument("--max-flash", type=int)
    ap.add_argument("--kinds", help="the kinds the image decides (default: every kind)")
    args = ap.parse_args()

    vectors = expected_by_id(set(args.kinds.split(",")) if args.kinds else None)
    seen, failures, stacks, footprint = set(), [], {}, None
    for raw in pathlib.Path(args.output).read_bytes().split(b"\n"):
        if not raw:
            continue
        fields = raw.split(b"\t")
        tag = fields[0].decode()
        if tag == "stack":
            stacks[fields[1].decode()] = int(fields[2])
            continue
        if tag == "footprint":
            footprint = raw.decode()
            continue
        if tag == "panic":
            failures.append(f"the firmware panicked: {raw.decode(errors='replace')}")
            continue
        t = vectors.get(tag)
        if t is None:
            failures.append(f"{tag}: not a vector")
            continue
        seen.add(tag)
        if fields[1] == b"ok":
            length = int(fields[2])
            got = raw.split(b"\t", 3)[3]
            if len(got) != length:
                failures.append(f"{tag}: {len(got)} bytes, the firmware said {length}")
            elif "expected" not in t:
                failures.append(f"{tag}: decided on the board, an error on the host")
            elif got != t["expected"].encode():
                want_bytes = t["expected"].encode()
                at = next((i for i, (a, b) in enumerate(zip(got, want_bytes)) if a != b),
                          min(len(got), len(want_bytes)))
                failures.append(f"{tag}: the decision bytes differ from byte {at}")
        else:
            code, kind, path, message = (f.decode() for f in raw.split(b"\t", 5)[2:])
            want = t.get("error")
            got = {"code": int(code), "kind": kind, "path": path, "message": message}
            if want != got:
                failures.append(f"{tag}: error {got}, the host's {want}")
    for missing in sorted(set(vectors) - seen):
        failures.append(f"{missing}: not decided on the board")

    deepest = max(stacks.items(), key=lambda kv: kv[1]) if stacks else ("-", 0)
    flash = int(footprint.split("\tflash ")[1].split("\t")[0]) if footprint else 0
    print(footprint or "no footprint line")
    print(f"firmware: deepest stack {deepest[1]} bytes ({deepest[0]}), flash {flash} bytes")
    if footprint is None:
        failures.append("no footprint line: the firmware did not finish")
    if args.max_stack is not None and deepest[1] > args.max_stack:
        failures.append(f"stack {deepest[1]} bytes is above the gate's {args.max_stack}")
    if args.max_flash is not None and flash > args.max_flash:
        failures.append(f"flash {flash} bytes is above the gate's {args.max_flash}")
    for f in failures:
        print("FAIL", f)
    passed = len(seen) - sum(1 for f in failures if f.split(":")[0] in seen)
    print(f"firmware: {passed} passed, {len(failures)} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())

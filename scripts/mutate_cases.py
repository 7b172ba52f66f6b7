#!/usr/bin/env python3
"""Mutated cases, one JSON line each, made from the shared vectors' inputs: values swapped for
other types, fractions, numbers past i64, escapes, raw tokens spliced in, bytes inserted or
deleted. For comparing two builds of the JSON reader (issue 15 replaced serde-json-core's):

    python3 scripts/mutate_cases.py SEED N > cases.jsonl
    OLD/helserett --batch cases.jsonl > old.out; NEW/helserett --batch cases.jsonl > new.out
    cmp old.out new.out     # every decision and every error, byte for byte

Deterministic for a seed. Not run by the test script (the fuzz targets cover new inputs; this
compares two readers on the same ones).
"""
import glob
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
random.seed(int(sys.argv[1]))
n = int(sys.argv[2])
seeds = []
for f in sorted(glob.glob(str(ROOT / "tests" / "vectors" / "*.json"))):
    try: d = json.load(open(f))
    except Exception: continue
    for t in d.get("tests", []):
        if isinstance(t.get("input"), str):
            try: seeds.append(json.loads(t["input"]))
            except Exception: pass
VALS = [12.5, -3.5, 1e3, 0.0, -0.0, 9223372036854775808, -9223372036854775809, 10**20, -1, 0, 1,
        10**15, 10**15+1, "x", "", True, False, None, [], {}, [1], ["a"], "æøå", 'a"b', "a\\b",
        "2024-02-30", "DE", "planned", 2**63-1, -2**63]
RAW = ["12.5", "-3.5", "1e3", "1E+2", "-0", "0.0e0", "12.", "01", "-", "+1", "\"\\u0000\"", "\"\\ud800\"",
       "\"\\u00e6\"", "nul", "tru", "[1,]", "{,}", "\"a\\/b\"", "1.5e400"]
def walk(o, path=()):
    yield path, o
    if isinstance(o, dict):
        for k, v in o.items(): yield from walk(v, path + (k,))
    elif isinstance(o, list):
        for i, v in enumerate(o): yield from walk(v, path + (i,))
def setp(o, path, v):
    for p in path[:-1]: o = o[p]
    o[path[-1]] = v
def one():
    c = json.loads(json.dumps(random.choice(seeds)))
    for _ in range(random.randint(1, 3)):
        paths = [p for p, _ in walk(c) if p]
        if not paths: break
        p = random.choice(paths)
        r = random.random()
        try:
            if r < 0.5: setp(c, p, json.loads(json.dumps(random.choice(VALS))))
            elif r < 0.6:
                parent = c
                for q in p[:-1]: parent = parent[q]
                if isinstance(parent, dict): del parent[p[-1]]
            elif r < 0.7:
                parent = c
                for q in p[:-1]: parent = parent[q]
                if isinstance(parent, dict): parent[random.choice(["zz", "date", "expenses_ore", "country", "schema"])] = json.loads(json.dumps(random.choice(VALS)))
        except Exception: pass
    s = json.dumps(c, ensure_ascii=random.random() < 0.5, separators=random.choice([(",", ":"), (", ", ": ")]))
    r = random.random()
    if r < 0.3:
        # splice a raw token in place of a value-ish position
        i = random.randrange(len(s))
        j = s.find(",", i)
        k = s.rfind(":", 0, i)
        if j > 0 and k > 0 and k < j:
            s = s[:k+1] + random.choice(RAW) + s[j:]
    elif r < 0.45:
        i = random.randrange(len(s)); s = s[:i] + random.choice('{}[],:"\\ 0123456789.eE+-antrufl') + s[i:]
    elif r < 0.55:
        i = random.randrange(len(s)); s = s[:i] + s[i+1:]
    elif r < 0.6:
        s = s.replace('"treatment"', '"\\u0074reatment"', 1)
    return s.replace("\n", " ")
for _ in range(n):
    print(one())

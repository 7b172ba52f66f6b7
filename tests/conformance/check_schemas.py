"""Checks the JSON Schemas against the shared vectors: every valid case input must match its
case schema (kernel/schema/case.schema.json, inbound_case.schema.json) and every expected
decision its decision schema (decision.schema.json, inbound_decision.schema.json), with its
fields in schema order. Run: python tests/conformance/check_schemas.py (needs jsonschema).
"""

import json
import pathlib
import sys

from jsonschema import Draft202012Validator

ROOT = pathlib.Path(__file__).resolve().parents[2]


def load(rel):
    return json.loads((ROOT / rel).read_text(encoding="utf-8"))


def check(vectors_rel, case_rel, decision_rel):
    case_schema = load(case_rel)
    decision_schema = load(decision_rel)
    for s in (case_schema, decision_schema):
        Draft202012Validator.check_schema(s)
    cases = Draft202012Validator(case_schema)
    decisions = Draft202012Validator(decision_schema)
    passed = failed = 0
    for v in load(vectors_rel)["tests"]:
        if "expected" not in v:
            continue  # error vectors: the kernel's checks go beyond what a schema can say
        problems = [f"input: {e.message}" for e in cases.iter_errors(json.loads(v["input"]))]
        out = json.loads(v["expected"])
        problems += [f"expected: {e.message}" for e in decisions.iter_errors(out)]
        if list(out) != list(decision_schema["properties"]):
            problems.append(f"expected: field order {list(out)} is not the schema's")
        if problems:
            failed += 1
            print(f"FAIL {v['id']}: {problems[:3]}")
        else:
            passed += 1
    return passed, failed


SCHEMAS_BY_CASE = {
    "helserett.case/": ("kernel/schema/case.schema.json", "kernel/schema/decision.schema.json"),
    "helserett.inbound_case/": (
        "kernel/schema/inbound_case.schema.json",
        "kernel/schema/inbound_decision.schema.json",
    ),
    "helserett.method_case/": (
        "kernel/schema/method_case.schema.json",
        "kernel/schema/method_decision.schema.json",
    ),
}


def check_tables(vectors_rel):
    """Vectors with a caller's table: the case and decision against the schemas of the case's
    kind, and the table file of every decided vector against the parameter schema."""
    tables = Draft202012Validator(load("kernel/schema/params.schema.json"))
    passed = failed = 0
    for v in load(vectors_rel)["tests"]:
        if "expected" not in v:
            continue  # a bad table: the kernel's checks go beyond what a schema can say
        case = json.loads(v["input"])
        case_rel, decision_rel = next(s for k, s in SCHEMAS_BY_CASE.items() if case["schema"].startswith(k))
        out = json.loads(v["expected"])
        problems = [f"input: {e.message}" for e in Draft202012Validator(load(case_rel)).iter_errors(case)]
        problems += [f"expected: {e.message}" for e in Draft202012Validator(load(decision_rel)).iter_errors(out)]
        problems += [f"params: {e.message}" for e in tables.iter_errors(json.loads(v["params"]))]
        if problems:
            failed += 1
            print(f"FAIL {v['id']}: {problems[:3]}")
        else:
            passed += 1
    return passed, failed


def main():
    passed = failed = 0
    for files in [
        ("tests/vectors/eea.json", "kernel/schema/case.schema.json", "kernel/schema/decision.schema.json"),
        (
            "tests/vectors/inbound.json",
            "kernel/schema/inbound_case.schema.json",
            "kernel/schema/inbound_decision.schema.json",
        ),
        (
            "tests/vectors/methods.json",
            "kernel/schema/method_case.schema.json",
            "kernel/schema/method_decision.schema.json",
        ),
        (
            "tests/vectors/with_params/methods_calendar.json",
            "kernel/schema/method_case.schema.json",
            "kernel/schema/method_decision.schema.json",
        ),
    ]:
        p, f = check(*files)
        passed, failed = passed + p, failed + f
    p, f = check_tables("tests/vectors/with_params/tables.json")
    passed, failed = passed + p, failed + f
    # The parameter files of the repository against the parameter schema.
    params_schema = load("kernel/schema/params.schema.json")
    Draft202012Validator.check_schema(params_schema)
    tables = Draft202012Validator(params_schema)
    for path in sorted((ROOT / "tests" / "params").glob("*.json")):
        problems = [e.message for e in tables.iter_errors(json.loads(path.read_text(encoding="utf-8")))]
        if problems:
            failed += 1
            print(f"FAIL {path.name}: {problems[:3]}")
        else:
            passed += 1
    print(f"conformance: {passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env bash
# Runs every test: Rust (unit, rule, vector, allocation, hostile-input tests), the no_std
# builds for Cortex-M4 with and without defmt, and the schema conformance of the shared
# vectors. Sets up what it needs (Rust target, Python venv) on a fresh machine.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n==> %s\n' "$*"; }

# Every runner's output also goes to a log, so that the last line can total them.
log=$(mktemp)
trap 'rm -f "$log"' EXIT

step "Rust tests (workspace)"
cargo test --workspace --all-targets --locked 2>&1 | tee -a "$log"

step "Doc tests"
cargo test --workspace --doc --locked 2>&1 | tee -a "$log"

step "no_std builds for thumbv7em-none-eabihf (with and without defmt)"
if rustup target list --installed 2>/dev/null | grep -qx thumbv7em-none-eabihf \
    || rustup target add thumbv7em-none-eabihf; then
    cargo build -p helserett --target thumbv7em-none-eabihf --locked
    cargo build -p helserett --target thumbv7em-none-eabihf --features defmt --locked
else
    echo "SKIPPED: the thumbv7em-none-eabihf target could not be installed here"
fi

step "Schema conformance of the shared vectors"
venv=${HELSERETT_VENV:-.venv}
[ -x "$venv/bin/python" ] || python3 -m venv "$venv"
"$venv/bin/python" -c 'import jsonschema' 2>/dev/null \
    || "$venv/bin/pip" install --quiet --disable-pip-version-check 'jsonschema>=4.18,<5'
"$venv/bin/python" tests/conformance/check_schemas.py | tee -a "$log"

step "Benchmarks compile"
cargo build -p helserett-benches --benches --locked

step "The example patient end to end"
cargo run -q -p helserett-cli --locked -- --explain --lang en tests/cases/example_patient.json >/dev/null
echo "ok"

# One closing line for every runner above (cargo's "test result" lines and the conformance line).
awk '/^test result:/ { p += $4; f += $6 } /^conformance: [0-9]+ passed/ { p += $2; f += $4 }
     END { printf "summary: %d passed, %d failed\n", p, f; exit (f > 0) }' "$log"

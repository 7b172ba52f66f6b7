#!/usr/bin/env bash
# Runs every test: Rust (unit, rule, vector, allocation, hostile-input, C ABI boundary and header
# tests), the no_std builds for Cortex-M4 with and without defmt, the firmware example in QEMU
# (the vectors decided on an emulated board), the web kiosk (its WebAssembly module on every
# shared vector under Node, the page in headless Chromium), the schema conformance of the shared vectors, the C examples under AddressSanitizer and UBSan, the pkg-config install, a
# short fuzz run and Miri when nightly is there, and the Python package. Sets up what it needs (Rust
# target, Python venv, cargo-fuzz) on a fresh machine.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n==> %s\n' "$*"; }

# Every runner's output also goes to a log, so that the last line can total them.
log=$(mktemp)
trap 'rm -f "$log"' EXIT

# A suite that cannot run here says so, into the log too: the closing line counts and lists the
# skipped suites, and under CI=true (a machine of the kind CI runs on can run every suite) a
# skipped suite fails the run rather than passing unseen (issue 30).
skipped() { echo "SKIPPED: $*" | tee -a "$log"; }
# Installs Debian packages when we are root (a fresh CI machine), after updating the index.
apt_install() {
    [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1 || return 1
    apt-get update -qq >/dev/null 2>&1 || true
    apt-get install -y -qq "$@" >/dev/null 2>&1
}

step "Rust tests (workspace)"
cargo test --workspace --all-targets --locked 2>&1 | tee -a "$log"

step "No import circles in any crate or in the Python package"
python3 scripts/check-import-cycles.py

step "Doc tests"
cargo test --workspace --doc --locked 2>&1 | tee -a "$log"

step "Stack per decision on x86-64, release build (bounded: evaluate within 8 KiB)"
cargo test --release -p helserett --test stack --locked -- --nocapture 2>&1 | tee -a "$log"

step "no_std builds for thumbv7em-none-eabihf (with and without defmt)"
if rustup target list --installed 2>/dev/null | grep -x thumbv7em-none-eabihf >/dev/null \
    || rustup target add thumbv7em-none-eabihf; then
    cargo build -p helserett --target thumbv7em-none-eabihf --locked
    cargo build -p helserett --target thumbv7em-none-eabihf --features defmt --locked
    # One kind per build (the kernel's features), as a board that decides one kind builds it.
    for kind in outbound inbound methods; do
        cargo build -p helserett --target thumbv7em-none-eabihf --locked --no-default-features \
            --features "$kind"
    done
else
    skipped "the thumbv7em-none-eabihf target could not be installed here"
fi

step "Firmware on an emulated Cortex-M4F (QEMU mps2-an386): the vectors' decision bytes, stack, flash"
bash scripts/firmware.sh 2>&1 | tee -a "$log"

step "Web kiosk: the wasm module decides every shared vector (Node), the page in headless Chromium"
bash scripts/web.sh 2>&1 | tee -a "$log"

step "Schema conformance of the shared vectors"
venv=${HELSERETT_VENV:-.venv}
# Debian's python3 needs python3-venv for a virtual environment.
[ -x "$venv/bin/python" ] || python3 -m venv "$venv" \
    || { apt_install python3-venv && rm -rf "$venv" && python3 -m venv "$venv"; }
"$venv/bin/python" -c 'import jsonschema' 2>/dev/null \
    || "$venv/bin/pip" install --quiet --disable-pip-version-check 'jsonschema>=4.18,<5'
"$venv/bin/python" tests/conformance/check_schemas.py | tee -a "$log"

step "C examples under AddressSanitizer and UBSan (kiosk, epj_batch, conformance, threads)"
cargo build -p helserett-ffi -p helserett-cli --locked
make -s -C c-examples clean
make -s -C c-examples test 2>&1 | tee -a "$log"

step "Install with pkg-config (shared, and static alone), build the kiosk against each, run the installed program"
# A fresh machine may lack pkg-config: install it from Debian's packages when we are root.
if ! command -v pkg-config >/dev/null 2>&1 && ! { apt_install pkg-config && command -v pkg-config >/dev/null; }; then
    skipped "pkg-config is not installed and could not be installed here"
else
    bash scripts/c-install.sh 2>&1 | tee -a "$log"
fi

step "Fuzz the C ABI's JSON entry point briefly (nightly): no crash, strict-JSON differential, untouched short buffers"
fuzz_seconds=${HELSERETT_FUZZ_SECONDS:-60}
if ! cargo +nightly --version >/dev/null 2>&1; then
    skipped "no nightly toolchain here (cargo-fuzz needs it)"
elif ! { command -v cargo-fuzz >/dev/null 2>&1 || cargo install cargo-fuzz --locked --quiet; }; then
    skipped "cargo-fuzz could not be installed here"
else
    corpus=$(mktemp -d)
    "$venv/bin/python" - "$corpus" <<'PY'
import json, sys
for t in json.load(open("tests/vectors/eea.json"))["tests"]:
    open(f"{sys.argv[1]}/{t['id']}", "w").write(t["input"])
for t in json.load(open("tests/json/rfc8259.json"))["tests"]:
    b = t["input"].encode() if "input" in t else bytes.fromhex(t["input_hex"])
    open(f"{sys.argv[1]}/json-{t['id']}", "wb").write(b)
PY
    if (cd ffi && cargo +nightly fuzz run evaluate_json "$corpus" -- \
            -max_total_time="$fuzz_seconds" -print_final_stats=1 2>&1 | tail -n 25); then
        echo "fuzz: 1 passed, 0 failed ($fuzz_seconds s, no crash)" | tee -a "$log"
    else
        echo "fuzz: 0 passed, 1 failed (see ffi/fuzz/artifacts/)" | tee -a "$log"
    fi
    rm -rf "$corpus"
    # Structure-aware: in-range cases built through the fact table must decide, and every
    # interface agree (ffi/fuzz/fuzz_targets/in_range_case.rs).
    corpus=$(mktemp -d)
    if (cd ffi && cargo +nightly fuzz run in_range_case "$corpus" -- \
            -max_total_time="$fuzz_seconds" -print_final_stats=1 2>&1 | tail -n 6); then
        echo "fuzz: 1 passed, 0 failed (in_range_case, $fuzz_seconds s, no failure)" | tee -a "$log"
    else
        echo "fuzz: 0 passed, 1 failed (in_range_case; see ffi/fuzz/artifacts/)" | tee -a "$log"
    fi
    rm -rf "$corpus"
fi

step "Miri: the kernel's unit tests and the C boundary tests (nightly)"
# Undefined behaviour shows here: every pointer the C boundary takes, every kernel unit test.
if [ "${HELSERETT_MIRI:-1}" = 0 ]; then
    skipped "HELSERETT_MIRI=0"
elif ! cargo +nightly --version >/dev/null 2>&1; then
    skipped "no nightly toolchain here (Miri needs it)"
elif ! { cargo +nightly miri --version >/dev/null 2>&1 \
        || rustup +nightly component add miri rust-src >/dev/null 2>&1; }; then
    skipped "the Miri component could not be installed here"
else
    export MIRIFLAGS=-Zmiri-disable-isolation
    cargo +nightly miri test -q -p helserett --lib 2>&1 | tee -a "$log"
    cargo +nightly miri test -q -p helserett-ffi --test boundary 2>&1 | tee -a "$log"
    unset MIRIFLAGS
fi

step "Python package (pytest, stubtest)"
# A wheel built by pip from ./python (maturin, release), as an analyst installs it; the optional
# extras are tried, and the tests that need one skip with a message when it is missing.
py="$(cd "$venv" && pwd)/bin/python"
"$py" -m pip install --quiet --disable-pip-version-check 'maturin>=1.9.4,<2' 'pytest>=8,<9' 'mypy>=1.10,<2' \
    'hypothesis>=6,<7' 'numpy>=1.21'
"$py" -m pip install --quiet --disable-pip-version-check 'matplotlib>=3.5,<4' 'pandas>=1.5,<4' \
    'pyarrow>=12,<100' || echo "NOTE: matplotlib/pandas/pyarrow not installed: their tests skip"
# A separate command, so that a failing Dask install leaves pandas in place.
"$py" -m pip install --quiet --disable-pip-version-check 'dask[dataframe]>=2023' 'distributed>=2023' \
    || echo "NOTE: dask/distributed not installed: the Dask test skips"
"$py" -m pip install --quiet --disable-pip-version-check --force-reinstall --no-deps ./python
(cd python && "$py" -m pytest -q -p no:cacheprovider tests) 2>&1 | tee -a "$log"
(cd python && "$py" -m mypy)
# stubtest from outside the source tree, so that it checks the installed package.
config="$(pwd)/python/pyproject.toml"
allowlist="$(pwd)/python/stubtest-allowlist.txt"
(cd "$(mktemp -d)" && "$py" -m mypy.stubtest --mypy-config-file "$config" --allowlist "$allowlist" \
    helserett)

step "Instruction counts per call (callgrind), gated by benches/icount-limits.json"
# Counts, not times: stable on a shared machine. The Python paths use the wheel installed above.
if command -v valgrind >/dev/null 2>&1 || apt_install valgrind; then
    "$py" scripts/icount.py --python "$py" --gate 2>&1 | tee -a "$log"
else
    skipped "valgrind is not installed and could not be installed here"
fi

step "Side by side: the kernel, GoRules ZEN and a plain Python function agree (a short timing)"
"$py" -m pip install --quiet --disable-pip-version-check 'zen-engine>=0.30' \
    || echo "NOTE: zen-engine not installed: the kernel and the plain function only"
"$py" scripts/side_by_side.py --quick 2>&1 | tee -a "$log"

step "Benchmarks compile"
cargo build -p helserett-benches --benches --locked

step "The READMEs' commands, as a new user runs them, in a fresh clone"
bash scripts/readme-commands.sh 2>&1 | tee -a "$log"

step "The example patient end to end"
cargo run -q -p helserett-cli --locked -- --explain --lang en tests/cases/example_patient.json >/dev/null
echo "ok"

# One closing line for every runner above (cargo's "test result" lines, the conformance, C
# example, install and fuzz lines, pytest's closing line).
awk '/^test result:/ { p += $4; f += $6 } /^conformance: [0-9]+ passed/ { p += $2; f += $4 }
     /^(c-examples|c-install|fuzz|firmware|icount|side-by-side|wasm-vectors|web-kiosk|readme): [0-9]+ passed/ { p += $2; f += $4 }
     !/^test result:/ && / (passed|failed|errors?)(,| in )/ && / in [0-9.]+s( =+)?$/ {
         for (i = 2; i <= NF; i++) {   # pytest: "3 failed, 80 passed, 1 skipped in 2.1s"
             if ($i ~ /^passed,?$/) p += $(i - 1)
             if ($i ~ /^(failed|errors?),?$/) f += $(i - 1)
         }
     }
     /^SKIPPED:/ { s += 1; skips = skips "\n  " substr($0, 10) }
     END {
         printf "summary: %d passed, %d failed, %d suites skipped%s\n", p, f, s, skips
         exit (f > 0)
     }' "$log"
if [ "${CI:-}" = true ] && grep -q '^SKIPPED:' "$log"; then
    echo "CI=true: a suite was skipped on a machine that can run every suite (listed above)"
    exit 1
fi

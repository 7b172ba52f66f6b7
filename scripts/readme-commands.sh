#!/usr/bin/env bash
# The READMEs' commands, run as a new user runs them: in a fresh clone of this commit (with
# ../shared beside it), with an empty cargo target directory and a new virtual environment
# (issue 30: the admission-desk command failed on a fresh clone, and the analysis command
# could not import the package). Each command is first looked up, verbatim, in the README that
# gives it, so the two cannot drift apart; then it runs, and its output is checked.
#
#   bash scripts/readme-commands.sh
#
# Prints one line per command and a closing `readme: N passed, M failed`. Not run here, with
# the reason: `bash scripts/test-all.sh` (it is the test run itself, which calls this script);
# the Python examples (python/tests/test_examples.py runs every documented one); icount,
# side_by_side, the regeneration commands, firmware.sh and web.sh (steps of test-all.sh);
# `xdg-open` (opens a browser window; web.sh drives the page in Chromium instead).
set -uo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
shared=$(cd ../shared && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
git clone -q "$repo" "$tmp/helserett"
ln -s "$shared" "$tmp/shared"
cd "$tmp/helserett"
export CARGO_TARGET_DIR="$tmp/target"
passed=0
failed=0

# `readme FILE 'COMMAND' CHECK...`: COMMAND must appear in FILE as written; it runs in the clone
# root and CHECK (a command reading $out) must succeed. One line of `readme_lines`.
readme() {
    local file=$1 command=$2
    shift 2
    readme_lines "$file" "$(printf '%q ' "$@")" -- "$command"
}
says() { grep -qF -- "$1" <<<"$out"; }
# `readme_lines FILE CHECK -- LINE...`: a block of lines run as one script (an `export` holds
# for the lines after it); each line must appear in FILE as written.
readme_lines() {
    local file=$1 check=$2 line
    shift 3
    for line in "$@"; do
        if ! grep -qF -- "$line" "$file"; then
            echo "FAIL $file no longer says: $line"
            failed=$((failed + 1))
            return
        fi
    done
    # STATUS: the exit status the block must end with (an interactive program whose input
    # ends early exits 1); STDIN: what it reads (nothing by default).
    out=$(bash -ec "$(printf '%s\n' "$@")" 2>&1 <"${STDIN:-/dev/null}")
    local status=$?
    if [ "$status" = "${STATUS:-0}" ] && eval "$check"; then
        local more=""
        [ $# -gt 1 ] && more=" (and $(($# - 1)) more lines)"
        echo "ok   $file: $1$more"
        passed=$((passed + 1))
    else
        echo "FAIL $file: $1 … (exit $status)"
        printf '%s\n' "$out" | tail -n 15
        failed=$((failed + 1))
    fi
}

readme README.md 'cargo run -q -p helserett-cli -- --explain --lang en tests/cases/example_patient.json' \
    says 'Decision as of'
readme README.md 'cargo run -q -p helserett-cli -- --explain tests/cases/admission_example.json' \
    says 'Vurdering per 3. juli 2024'
readme README.md 'make -C c-examples build/admission_desk && c-examples/build/admission_desk --lang en tests/cases/admission_example.json' \
    says 'folketrygden through Helfo'
readme README.md 'cargo run -q -p helserett-cli -- --explain --lang en tests/cases/method_example.json' \
    says 'Apply first: the access scheme'
readme README.md 'cargo run -q -p helserett-cli -- --params tests/params/nye_metoder_2026.json tests/cases/method_example.json' \
    says '"access_deadline":{"meeting":"2026-01-16"'
readme README.md "python3 -m venv .venv && .venv/bin/pip install './python[pandas,plot]'" true
readme README.md '.venv/bin/python python/examples/analysis.py refunds.png' says 'refunds at the built-in rates'
readme python/README.md ".venv/bin/python -c 'import helserett; print(helserett.__version__)'" true
# The C install, into this run's own home (cargo and rustup keep theirs).
export CARGO_HOME=${CARGO_HOME:-$HOME/.cargo} RUSTUP_HOME=${RUSTUP_HOME:-$HOME/.rustup}
export HOME="$tmp/home"
mkdir -p "$HOME"
kiosk_runs() {
    "./$1" --lang en --date 2024-04-15 --idle 0 <c-examples/tests/kiosk_seed_patient_en.txt >"$1.txt" 2>&1 \
        && grep -q 'Refund:            up to NOK 110 000' "$1.txt"
}
readme_lines README.md "says 'Decision as of' && kiosk_runs kiosk" -- \
    'bash scripts/install-c.sh "$HOME/.local"' \
    'export PKG_CONFIG_PATH="$HOME/.local/lib/pkgconfig"' \
    'cc c-examples/kiosk.c -o kiosk $(pkg-config --cflags --libs helserett) -Wl,-rpath,"$(pkg-config --variable=libdir helserett)"' \
    '"$HOME/.local/bin/helserett" --explain --lang en tests/cases/example_patient.json'
readme_lines README.md "kiosk_runs kiosk-static" -- \
    'bash scripts/install-c.sh --library-type static "$HOME/helserett-static"' \
    'export PKG_CONFIG_PATH="$HOME/helserett-static/lib/pkgconfig"' \
    'cc c-examples/kiosk.c -o kiosk-static $(pkg-config --static --cflags --libs helserett)'
# The parameter workflow, with the installed program on PATH; `$EDITOR` is a filler that
# enters a value and a source for every entry the template leaves open, as a person would.
export PATH="$HOME/.local/bin:$PATH"
cat >"$tmp/fill.py" <<'PY'
import json, sys
table = json.load(open(sys.argv[1]))
for entry in table["parameters"]:
    if entry.get("value") is None:
        entry["value"], entry["source"] = 100, "entered by the README test"
json.dump(table, open(sys.argv[1], "w"), indent=2)
PY
export EDITOR="python3 $tmp/fill.py"
readme_lines README.md "says 'P-EEA-RATE' && grep -q '\"value\": 100' rates-2027.json" -- \
    'helserett params' \
    'helserett params template 2027 > rates-2027.json' \
    '$EDITOR rates-2027.json'
STATUS=1 readme_lines README.md "says 'parameter-years still without a value'" -- \
    'helserett params check rates-2027.json 2027'
# The kiosks are interactive: each starts, names its table, and exits 1 with what is open when
# its input ends early (here, the seed patient's answers for another date).
STATUS=1 STDIN=c-examples/tests/kiosk_seed_patient_nb.txt readme_lines README.md \
    "says 'Behandling i utlandet' && says 'Avbrutt'" -- \
    'cargo build -p helserett-ffi && make -C c-examples && c-examples/build/kiosk --lang nb'
STATUS=1 STDIN=c-examples/tests/kiosk_seed_patient_nb.txt readme_lines README.md \
    "says 'Parametertabell' && says 'Avbrutt'" -- \
    'c-examples/build/kiosk --params rates-2027.json'
echo "readme: $passed passed, $failed failed"
[ "$failed" = 0 ]

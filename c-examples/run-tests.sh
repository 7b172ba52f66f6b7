#!/usr/bin/env bash
# Runs the C examples as tests (built by `make`, with AddressSanitizer and UBSan unless SAN= was
# set). Prints one line per check and a closing `c-examples: N passed, M failed`.
#
#   ./run-tests.sh [BUILD_DIR]
set -uo pipefail
cd "$(dirname "$0")"
bin=${1:-build}
cli=${HELSERETT_CLI:-../target/debug/helserett}
passed=0
failed=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1

check() { # name, then a command that must succeed
    local name=$1
    shift
    if "$@"; then
        echo "ok   $name"
        passed=$((passed + 1))
    else
        echo "FAIL $name"
        failed=$((failed + 1))
    fi
}

# The shared vectors through the C ABI, JSON and struct paths, byte for byte.
check "conformance: every shared vector" "$bin/conformance" ../tests/vectors/*.json

# Many threads at once, every result checked.
check "threads: 16 threads x 5 rounds over every vector" "$bin/threads" ../tests/vectors/eea.json 16 5

# The batch: good and bad lines; bad ones reported with their line number, the rest decided.
batch() {
    "$bin/epj_batch" tests/batch.jsonl >"$tmp/out.jsonl" 2>"$tmp/err.txt"
    local code=$?
    [ "$code" -eq 1 ] || { echo "  exit code $code, expected 1"; return 1; }
    [ "$(wc -l <"$tmp/out.jsonl")" -eq 7 ] || { echo "  expected 7 output lines"; return 1; }
    grep -qx 'line 3: $: malformed JSON: input ended early at byte 32 (line 1, column 33)' "$tmp/err.txt" || return 1
    grep -qx 'line 6: evaluation_date: invalid date: day does not exist in that month' "$tmp/err.txt" || return 1
    grep -qx 'line 7: patient.shoe_size: unknown field' "$tmp/err.txt" || return 1
    grep -qx 'epj_batch: 4 decided, 3 failed' "$tmp/err.txt" || return 1
    grep -q '^{"line":7,"id":"EPJ-7","error":{"code":101,"kind":"unknown_field","path":"patient.shoe_size","message":"patient.shoe_size: unknown field"}}$' "$tmp/out.jsonl" || return 1
    # One shape everywhere: every line, decided or refused, is byte for byte the CLI's batch.
    "$cli" --batch tests/batch.jsonl >"$tmp/cli.jsonl" 2>/dev/null
    cmp -s "$tmp/out.jsonl" "$tmp/cli.jsonl" || { echo "  differs from the CLI's --batch"; diff "$tmp/out.jsonl" "$tmp/cli.jsonl" | head -4; return 1; }
    # Output line k answers the k-th non-empty input line: a decided line is byte for byte what
    # the Rust CLI writes for the same input.
    local k=0 line got
    while IFS= read -r line; do
        [ -n "$line" ] || continue
        k=$((k + 1))
        got=$(sed -n "${k}p" "$tmp/out.jsonl")
        if printf '%s' "$line" | "$cli" - >"$tmp/rust.json" 2>/dev/null; then
            [ "$got" = "$(cat "$tmp/rust.json")" ] || { echo "  line $k differs from the Rust CLI"; return 1; }
        else
            case $got in '{"line":'*) ;; *) echo "  line $k: expected an error object"; return 1 ;; esac
        fi
    done <tests/batch.jsonl
}
check "epj_batch: good and bad lines" batch

# With a caller's table (the 2026 rates of the table vectors): each line's decision is byte for
# byte the Rust CLI's with --params, its receipt naming that table.
with_params() {
    python3 - "$tmp" <<'PY' || return 1
import json, sys
t = next(v for v in json.load(open("../tests/vectors/with_params/tables.json"))["tests"]
         if v["id"] == "table-2026-supplied-rates")
open(f"{sys.argv[1]}/table.json", "w").write(t["params"])
open(f"{sys.argv[1]}/case.jsonl", "w").write(t["input"] + "\n")
open(f"{sys.argv[1]}/want.json", "w").write(t["expected"] + "\n")
PY
    "$bin/epj_batch" --params "$tmp/table.json" "$tmp/case.jsonl" >"$tmp/got.json" 2>/dev/null || return 1
    cmp -s "$tmp/got.json" "$tmp/want.json" || { echo "  differs from the table vector"; return 1; }
    "$cli" --params "$tmp/table.json" - <"$tmp/case.jsonl" >"$tmp/rust.json" || return 1
    cmp -s <(tr -d '\n' <"$tmp/got.json") <(tr -d '\n' <"$tmp/rust.json") || { echo "  differs from the CLI"; return 1; }
    # A bad table stops the run before any line, naming the entry.
    printf '{"schema":"helserett.params/1","parameters":[{"id":"P-NOPE","value":1,"source":"x"}]}' >"$tmp/bad.json"
    "$bin/epj_batch" --params "$tmp/bad.json" "$tmp/case.jsonl" >/dev/null 2>"$tmp/err.txt"
    [ $? -eq 2 ] && grep -q 'parameters\[0\].id' "$tmp/err.txt"
}
check "epj_batch --params: a caller-allocated table, the table vector's bytes" with_params

# The admission desk: an inbound case in, the checklist and the payer out, in both languages;
# --json is byte for byte the Rust CLI's; a contradictory case is refused naming the field.
desk() {
    "$bin/admission_desk" ../tests/cases/admission_example.json >"$tmp/desk.txt" || return 1
    local want
    for want in "Betaler                          folketrygden v/Helfo" \
        "Kopier ved innleggelse" "Vedlegg til fakturaen til Helfo (IN-14)" \
        "1. Be pasienten om å fremskaffe kopi av pass." "[IN-14] Helfo avgjør"; do
        grep -qF -- "$want" "$tmp/desk.txt" || { echo "  missing: $want"; return 1; }
    done
    "$bin/admission_desk" --lang en - <../tests/cases/admission_example.json >"$tmp/desk_en.txt" || return 1
    grep -qF "Payer                            folketrygden through Helfo" "$tmp/desk_en.txt" || { echo "  English payer line missing"; return 1; }
    "$bin/admission_desk" --json ../tests/cases/admission_example.json >"$tmp/desk.json" || return 1
    "$cli" ../tests/cases/admission_example.json >"$tmp/cli.json" || return 1
    cmp -s "$tmp/desk.json" "$tmp/cli.json" || { echo "  --json differs from the CLI"; return 1; }
    sed 's/"2024-07-05"/"2024-06-30"/' ../tests/cases/admission_example.json >"$tmp/bad.json"
    "$bin/admission_desk" "$tmp/bad.json" >/dev/null 2>"$tmp/desk_err.txt"
    [ $? -eq 3 ] || { echo "  a discharge before admission was not refused"; return 1; }
    grep -qF "at stay.discharge_date" "$tmp/desk_err.txt" || { echo "  the error does not name the field"; return 1; }
}
check "admission_desk: checklist and payer, nb and en, JSON, refusal" desk

# The desk's interview through the fixed-size inbound case: the kernel's questions from nothing
# to settled, a rejected answer asked again, the checklist at the end.
desk_interview() {
    "$bin/admission_desk" --lang en --interview --date 2024-07-03 \
        <tests/desk_interview_en.txt >"$tmp/desk_i.txt" || { echo "  exited $?"; return 1; }
    local want
    for want in "In which country does the patient ordinarily live?" \
        ">   Answer with the number or the text of one of the options." \
        "Invoice category                 convention patient from another Nordic country" \
        "Nothing: the case is settled."; do
        grep -qF -- "$want" "$tmp/desk_i.txt" || { echo "  missing: $want"; return 1; }
    done
    [ "$(grep -c '^> ' "$tmp/desk_i.txt")" -eq 8 ] || { echo "  expected 8 answers"; return 1; }
}
check "admission_desk: interview from nothing to settled" desk_interview

# The desk in bokmål, answering as a clerk types: labels in any case (Turist), the first word of
# a label (akutt), "vet ikke" (the interview moves on; the checklist says what is open, as
# questions, never a field path), a refused answer told how to answer in bokmål.
desk_interview_nb() {
    "$bin/admission_desk" --interview --date 2024-07-03 \
        <tests/desk_interview_nb.txt >"$tmp/desk_nb.txt" 2>&1 || { echo "  exited $?"; return 1; }
    local want
    for want in "  1) turist" \
        "Skriv et helt tall, for eksempel 84." \
        "Forrige svar er tatt tilbake." \
        "Vurdering per 3. juli 2024" \
        "Hvor mange måneder har pasienten tenkt å oppholde seg i Norge i alt? (svarte «vet ikke»)" \
        "Kategori på fakturaen            konvensjonspasient fra et annet nordisk land"; do
        grep -qF -- "$want" "$tmp/desk_nb.txt" || { echo "  missing: $want"; return 1; }
    done
    ! grep -qE "not one of the allowed|documents\.|stay\.|[0-9]{4}-[0-9]{2}-[0-9]{2}" "$tmp/desk_nb.txt" ||
        { echo "  developer text, a field path or an ISO date on the desk's screen"; return 1; }
}
check "admission_desk: an interview in bokmål with labels, \"vet ikke\" and \"tilbake\"" desk_interview_nb

# Issue 24: the desk takes the operator's table: the interview's header names it, and the
# decision through the table is the JSON path's with the same table, byte for byte.
desk_params() {
    "$bin/admission_desk" --params ../tests/params/nye_metoder_2026.json --interview --date 2024-07-03 \
        <tests/desk_interview_nb.txt >"$tmp/desk_p.txt" 2>&1 || { echo "  exited $?"; return 1; }
    grep -q "^Parametertabell [0-9a-f]\{12\} (satser for [0-9]\{4\}–[0-9]\{4\}): " "$tmp/desk_p.txt" ||
        { echo "  no table in the header"; return 1; }
    "$bin/admission_desk" --params ../tests/params/nye_metoder_2026.json --json ../tests/cases/admission_example.json \
        >"$tmp/desk_p.json" || return 1
    "$cli" --params ../tests/params/nye_metoder_2026.json ../tests/cases/admission_example.json >"$tmp/cli_p.json" || return 1
    cmp -s "$tmp/desk_p.json" "$tmp/cli_p.json" || { echo "  the desk's table decision differs from the CLI's"; return 1; }
}
check "admission_desk --params: the table named in the header, the same bytes as the CLI" desk_params

# Every thread count gives the same bytes in the same order; "-" is stdin; blank lines are
# skipped; --number names each answer's line; --help is help, not a file name.
batch_options() {
    local i
    for i in $(seq 1 150); do cat tests/batch.jsonl; printf '   \n\t\n'; done >"$tmp/many.jsonl"
    "$bin/epj_batch" --threads 1 "$tmp/many.jsonl" >"$tmp/one.jsonl" 2>/dev/null
    [ $? -eq 1 ] || { echo "  --threads 1: exit code"; return 1; }
    "$bin/epj_batch" --threads 4 - <"$tmp/many.jsonl" >"$tmp/four.jsonl" 2>"$tmp/four.err"
    cmp -s "$tmp/one.jsonl" "$tmp/four.jsonl" || { echo "  4 threads differ from 1"; return 1; }
    [ "$(wc -l <"$tmp/four.jsonl")" -eq 1050 ] || { echo "  expected 1050 lines"; return 1; }
    grep -qx 'epj_batch: 600 decided, 450 failed' "$tmp/four.err" || { echo "  summary"; return 1; }
    "$bin/epj_batch" --number tests/batch.jsonl >"$tmp/numbered.jsonl" 2>/dev/null
    head -n 1 "$tmp/numbered.jsonl" | grep -q '^{"line":1,"decision":{"schema":' || { echo "  --number"; return 1; }
    "$bin/epj_batch" --help | grep -q '^usage: epj_batch' || { echo "  --help"; return 1; }
    # The caller's id comes back in its decision.
    printf '{"evaluation_date":"2024-06-01","id":"EPJ-7"}\n' | "$bin/epj_batch" - >"$tmp/id.jsonl" 2>/dev/null
    grep -q '^{"schema":"helserett.decision/8","id":"EPJ-7",' "$tmp/id.jsonl" || { echo "  id not echoed"; return 1; }
    "$bin/epj_batch" --threads 0 tests/batch.jsonl >/dev/null 2>&1
    [ $? -eq 2 ] || { echo "  --threads 0 is a usage error"; return 1; }
}
check "epj_batch: threads, stdin, blank lines, --number, --help, the caller's id" batch_options

good_only() {
    grep -v 'shoe_size\|2024-02-30\|"2024-06-01"$' tests/batch.jsonl | "$bin/epj_batch" >/dev/null 2>&1
}
check "epj_batch: exit 0 when every line is decided" good_only

# The kiosk: a patient's interview from stdin, in English and in bokmål, with a rejected answer;
# the result screen is the kernel's patient view (no rule codes, dates and amounts written out).
kiosk() { # lang, script, expected lines...
    local lang=$1 script=$2
    shift 2
    "$bin/kiosk" --lang "$lang" --date 2024-04-15 --idle 0 <"$script" >"$tmp/kiosk.txt" || { echo "  kiosk exited $?"; return 1; }
    local want
    for want in "$@"; do
        grep -qF -- "$want" "$tmp/kiosk.txt" || { echo "  missing: $want"; return 1; }
    done
}
check "kiosk: seed patient interview in English" kiosk en tests/kiosk_seed_patient_en.txt \
    "Thank you. Here is the answer from what you have told us." \
    "Refund from Helfo for treatment in the EU/EEA" \
    "Refund:            up to NOK 110 000" \
    "You pay yourself:  at least NOK 35 000" \
    "Claim deadline:    20 September 2024 (158 days left)" \
    "Answer with the number or the text of one of the options." \
    "Apply to:          Helfo" \
    "Helfo settles this:" \
    "Original itemised invoice with the price per treatment"
check "kiosk: seed patient interview in bokmål, by numbers and codes" kiosk nb tests/kiosk_seed_patient_nb.txt \
    "Refusjon:          inntil kr 110 000" \
    "Frist for kravet:  20. september 2024 (158 dager igjen)" \
    "Svar «ja» eller «nei»."
# Answers as people type them (planlagt behandling, Tyskland, 4.3.2024, kr 145 000, Tilbake).
check "kiosk: natural answers and going back, in bokmål" kiosk nb tests/kiosk_patient_nb.txt \
    "Forrige svar er tatt tilbake." \
    "Refusjon:          inntil kr 110 000" \
    "Søk til:           Helfo"
# "Vet ikke": the interview moves on, and the result names who settles it.
kiosk_dont_know() {
    sed 's/^kr 145 000$/vet ikke/' tests/kiosk_patient_nb.txt >"$tmp/dont_know.txt"
    kiosk nb "$tmp/dont_know.txt" \
        "Helfo avklarer dette:" \
        "(du svarte «vet ikke»)" \
        "Refusjon:          inntil kr 110 000"
}
check "kiosk: \"vet ikke\" moves on and is left for Helfo" kiosk_dont_know
# An amount in another currency is told how to answer, not "not one of the options".
kiosk_currency() {
    sed 's/^kr 145 000$/12 000 euro\nkr 145 000/' tests/kiosk_patient_nb.txt >"$tmp/currency.txt"
    kiosk nb "$tmp/currency.txt" "Skriv beløpet i norske kroner, slik det står på kontoutskriften." || return 1
    ! grep -qF "kiosk:" "$tmp/kiosk.txt" || { echo "  developer text on the screen"; return 1; }
}
check "kiosk: an amount in euro says how to answer" kiosk_currency

# Through a real terminal: the issue's conversation (<= 14 questions, the payment date among the
# first six, nothing only Helfo knows), the result screen, Enter for the next person, idle timeout.
kiosk_pty() {
    python3 tests/kiosk_pty.py "$bin/kiosk" "$bin/kiosk_transcript_nb.txt"
}
if command -v python3 >/dev/null 2>&1; then
    check "kiosk: a patient's conversation through a pty, the next person, the idle timeout" kiosk_pty
else
    echo "SKIPPED: kiosk through a pty (no python3)"
fi

# Issue 24: a 2026 patient (every fact asked, travel included). Without a table for 2026 the
# screen names the missing rates; with the operator's file it shows the amounts; with the
# estimate it shows them marked «anslag». The header names the table in use.
kiosk_2026() { # params options, expected lines...
    local opts=$1
    shift
    # shellcheck disable=SC2086
    "$bin/kiosk" --date 2026-12-06 --idle 0 --audience everyone $opts <tests/kiosk_2026_everyone_nb.txt \
        >"$tmp/k2026.txt" 2>&1 || { echo "  kiosk exited $?"; return 1; }
    local want
    for want in "$@"; do
        grep -qF -- "$want" "$tmp/k2026.txt" || { echo "  missing: $want"; return 1; }
    done
}
check "kiosk: a 2026 patient without a table for 2026 names the missing rate" kiosk_2026 "" \
    "mangler for 2026: kilometersats for pasientreiser" \
    "Satsen for 2026 er ikke lagt inn ennå (kilometersats for pasientreiser); Pasientreiser beregner beløpet." \
    "Refusjon:          kr 40 000"
check "kiosk: a 2026 patient with the operator's 2026 table gets the amounts" kiosk_2026 \
    "--params ../tests/params/operator_2026_example.json" \
    "alle satser er lagt inn for 2026." \
    "Reiseutgifter:     kr 185,60" \
    "Egenandel:         kr 830 (trekkes fra refusjonen)"
check "kiosk: a 2026 patient with estimates asked for gets them marked «anslag»" kiosk_2026 \
    "--params ../tests/params/estimate_carry_forward.json" \
    "Satser som mangler, anslås fra siste kjente sats." \
    "Reiseutgifter:     kr 178,80 (anslag)" \
    "Anslag: satsen for 2026 (kilometersats for pasientreiser) er ikke lagt inn ennå; satsen fra 2025 er brukt."

kiosk_min() {
    "$bin/kiosk_min" <tests/kiosk_min_seed_patient.txt >"$tmp/min.txt" &&
        tail -n 1 "$tmp/min.txt" | grep -q "refund: 11000000 øre" &&
        grep -qF "  3) granted" "$tmp/min.txt"
}
check "kiosk_min (the README's 26 lines): options shown, seed patient" kiosk_min

# C++17: the same API with std::string, no cast; a refused case's detail names its kind and id.
cxx_text() {
    "$bin/cxx_text" ../tests/cases/example_patient.json >"$tmp/cxx.txt" 2>&1 || return 1
    head -n 1 "$tmp/cxx.txt" | grep -q '^{"schema":"helserett.decision/8",' || return 1
    grep -qx '110 invalid_date EPJ-42 evaluation_date' "$tmp/cxx.txt" || return 1
    grep -qx 'answer 0' "$tmp/cxx.txt"
}
check "cxx_text: the C ABI from C++17 without a cast, the error detail's kind and id" cxx_text

aborted() {
    head -5 tests/kiosk_seed_patient_en.txt | "$bin/kiosk" --lang en --date 2024-04-15 --idle 0 >"$tmp/aborted.txt" 2>/dev/null
    [ $? -eq 1 ] || return 1
    # Where the case stands, and what is still open.
    grep -qF "Stopped. The answer below is provisional" "$tmp/aborted.txt" &&
        grep -qF "Not answered yet:" "$tmp/aborted.txt"
}
check "kiosk: input ending early exits 1 and says what is open" aborted

echo "c-examples: $passed passed, $failed failed"
[ "$failed" -eq 0 ]

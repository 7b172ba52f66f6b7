#!/usr/bin/env bash
# The C install as an EPJ integrator meets it (issue 30): install into a private prefix, build
# the kiosk with pkg-config, run it without LD_LIBRARY_PATH; install the static library alone
# and link it with `pkg-config --static`; run the installed `helserett` program; find the
# schemas and the field reference in share/helserett/.
#
#   bash scripts/c-install.sh        (needs pkg-config and a C compiler)
#
# Prints a line per check and a closing `c-install: N passed, M failed`.
set -uo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
passed=0
failed=0
check() {
    local what=$1
    shift
    if "$@"; then
        echo "ok   $what"
        passed=$((passed + 1))
    else
        echo "FAIL $what"
        failed=$((failed + 1))
    fi
}
# Runs the kiosk on the seed patient's answers; its whole output goes to a file before grep
# reads it (`kiosk | grep -q` under pipefail fails when grep exits first).
kiosk_decides() {
    local bin=$1 status=0
    "$bin" --lang en --date 2024-04-15 --idle 0 <c-examples/tests/kiosk_seed_patient_en.txt \
        >"$bin.txt" 2>&1 || status=$?
    [ "$status" = 0 ] && grep -q "Refund:            up to NOK 110 000" "$bin.txt" \
        || { echo "  $bin exited with $status; its last lines:"; tail -n 10 "$bin.txt"; return 1; }
}
# `readelf -d` into a file, then grep (the same SIGPIPE race).
needs_shared_helserett() {
    readelf -d "$1" >"$1.dyn" && grep -q 'NEEDED.*libhelserett.so.0' "$1.dyn"
}
cflags=(-std=c11 -Wall -Wextra -Wpedantic -Werror)

# Both libraries: the shared one is linked, found through the program's runpath.
both=$tmp/both
bash scripts/install-c.sh "$both" >"$tmp/install-both.txt" 2>&1 \
    || { cat "$tmp/install-both.txt"; echo "c-install: 0 passed, 1 failed (install)"; exit 1; }
export PKG_CONFIG_PATH="$both/lib/pkgconfig"
# shellcheck disable=SC2046 # pkg-config's words are separate flags
cc "${cflags[@]}" -o "$both/kiosk" c-examples/kiosk.c $(pkg-config --cflags --libs helserett) \
    -Wl,-rpath,"$(pkg-config --variable=libdir helserett)"
check "shared: the kiosk decides the seed patient without LD_LIBRARY_PATH" kiosk_decides "$both/kiosk"
check "shared: the kiosk needs libhelserett.so.0 (the SONAME)" needs_shared_helserett "$both/kiosk"
pc_has_no_rpath() {
    grep -v '^#' "$both/lib/pkgconfig/helserett.pc" >"$tmp/pc-lines.txt"
    ! grep -q rpath "$tmp/pc-lines.txt"
}
check "one pkg-config file, without -rpath (the program sets its runpath)" pc_has_no_rpath
static_flags_name_private_libs() {
    pkg-config --static --libs helserett >"$tmp/static-libs.txt"
    grep -q -- '-lhelserett .*-lpthread' "$tmp/static-libs.txt" && ! pkg-config --libs helserett | grep -q -- '-lpthread'
}
check "pkg-config --static adds Libs.private; without --static it does not" static_flags_name_private_libs
program_decides() {
    "$both/bin/helserett" --version >"$tmp/version.txt" && grep -q "^helserett " "$tmp/version.txt" \
        && "$both/bin/helserett" --explain --lang en tests/cases/example_patient.json >"$tmp/explain.txt" \
        && grep -q 'Decision as of' "$tmp/explain.txt"
}
check "bin/helserett: --version, and it decides the example case" program_decides
share_has_references() {
    [ -s "$both/share/helserett/fields.md" ] && [ -s "$both/share/helserett/inbound_case.schema.json" ] \
        && [ "$(pkg-config --variable=datadir helserett)" = "$both/share/helserett" ]
}
check "share/helserett/: the schemas and the field reference, named by the .pc's datadir" share_has_references

# The static library alone: `pkg-config --static` links the archive; nothing to ship.
static=$tmp/static
bash scripts/install-c.sh --library-type static "$static" >"$tmp/install-static.txt" 2>&1 \
    || { cat "$tmp/install-static.txt"; failed=$((failed + 1)); }
export PKG_CONFIG_PATH="$static/lib/pkgconfig"
# shellcheck disable=SC2046
cc "${cflags[@]}" -o "$static/kiosk" c-examples/kiosk.c $(pkg-config --static --cflags --libs helserett)
check "static: the kiosk linked with pkg-config --static decides the seed patient" kiosk_decides "$static/kiosk"
links_no_shared_helserett() { ! needs_shared_helserett "$static/kiosk" && [ ! -e "$static/lib/libhelserett.so" ]; }
check "static: the kiosk needs no shared helserett" links_no_shared_helserett

# Options after PREFIX count as before it; a bad one is refused with a message.
options_anywhere() {
    bash scripts/install-c.sh "$tmp/late" --library-type static >/dev/null 2>&1 \
        && [ -e "$tmp/late/lib/libhelserett.a" ] && [ ! -e "$tmp/late/lib/libhelserett.so" ] \
        && ! bash scripts/install-c.sh "$tmp/x" --library-type 2>"$tmp/err.txt" \
        && grep -q "needs a value" "$tmp/err.txt"
}
check "install-c.sh reads its options before or after PREFIX, and names a bad one" options_anywhere

# A reinstall over the static prefix with both types gives the shared link again (no archive
# or stale pkg-config file of the earlier install is left to confuse the linker).
bash scripts/install-c.sh "$static" >/dev/null 2>&1
reinstall_is_clean() { [ -e "$static/lib/libhelserett.so" ] && [ ! -e "$static/lib/pkgconfig/helserett-static.pc" ]; }
check "a reinstall with both types restores the shared library" reinstall_is_clean

echo "c-install: $passed passed, $failed failed"
[ "$failed" = 0 ]

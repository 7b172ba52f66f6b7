#!/usr/bin/env bash
# The firmware example on an emulated Cortex-M4F board: builds firmware/ for
# thumbv7em-none-eabihf (release: opt-level "s", LTO), runs it in QEMU (mps2-an386, semihosting),
# and compares every decision's bytes with the shared vectors (scripts/check-firmware.py), which
# also gates the deepest stack and the flash. Installs the target and QEMU where it can (QEMU from
# Debian's packages, as root); skips with a message where it cannot.
set -euo pipefail
cd "$(dirname "$0")/.."

# Gates a little above the figures measured (firmware/README.md): raise them only with a reason.
# Issue 29 lowered every gate: the one-pass reader (no strict pass over valid input) took the
# deepest stack from 7,712 to 7,052 bytes (outbound 6,816) and the flash to 176,921 (outbound
# 128,595, with the one text check of every path).
max_stack=${HELSERETT_FIRMWARE_MAX_STACK:-7500}
# Issue 28 raised the flash gates by 4,000 bytes: four new error kinds with their texts, the
# Python-free checks of dates and sources, and RustCrypto's sha2 in place of the hand-written
# SHA-256 (compact backend: +1,200 bytes; unrolled, it was +7,952).
# Issue 27 raised it by 6,000 more: the reasons, facts and texts of revision 3 of the rules
# (S2 and EHIC periods, Québec, chapter 8's consent, Ekspertpanelet, the documents named in
# the sources), in two languages.
# Issue 30 costs the outbound image 1,736 bytes (full image 1,408): every reader names the field
# nearest to an unknown one (`kernel/src/suggest.rs`, one edit distance for all) and the JSON
# type a wrong value should have had; the outbound gate rose by 2,000 to 134,000.
max_flash=${HELSERETT_FIRMWARE_MAX_FLASH:-184000}
# The outbound-only image (the kiosk's: `--no-default-features --features outbound`).
max_stack_outbound=${HELSERETT_FIRMWARE_OUTBOUND_MAX_STACK:-7100}
max_flash_outbound=${HELSERETT_FIRMWARE_OUTBOUND_MAX_FLASH:-133000}

if ! { rustup target list --installed 2>/dev/null | grep -x thumbv7em-none-eabihf >/dev/null \
        || rustup target add thumbv7em-none-eabihf >/dev/null 2>&1; }; then
    echo "SKIPPED: the thumbv7em-none-eabihf target could not be installed here"
    exit 0
fi
if ! command -v qemu-system-arm >/dev/null 2>&1; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
        { apt-get update -qq && apt-get install -y -qq qemu-system-arm; } >/dev/null 2>&1 || true
    fi
fi
if ! command -v qemu-system-arm >/dev/null 2>&1; then
    echo "SKIPPED: qemu-system-arm is not installed and could not be installed here"
    exit 0
fi

(cd firmware && cargo build --release --locked --features defmt)
(cd firmware && cargo build --release --locked)
out=$(mktemp)
trap 'rm -f "$out"' EXIT
# The runner is in firmware/.cargo/config.toml; semihosting passes the exit status through.
# QEMU runs the board until the firmware exits: a hang is a failure, not a stuck CI.
(cd firmware && timeout 600 cargo run -q --release --locked) >"$out"
echo "== the full image (every kind)"
python3 scripts/check-firmware.py "$out" --max-stack "$max_stack" --max-flash "$max_flash"
(cd firmware && timeout 600 cargo run -q --release --locked --no-default-features \
    --features outbound) >"$out"
echo "== the outbound-only image"
python3 scripts/check-firmware.py "$out" --kinds outbound \
    --max-stack "$max_stack_outbound" --max-flash "$max_flash_outbound"

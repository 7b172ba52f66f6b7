#!/usr/bin/env bash
# The C call overhead against the Rust call, side by side: the example patient from a C
# program (release library, -O2, no sanitizers) and from Rust (criterion), as medians and
# ratios. The machines are noisy: compare the ratio, and run it twice.
#
#   bash scripts/bench-c-abi.sh
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --locked -q -p helserett-ffi
mkdir -p target/c-bench
cc -std=c11 -O2 -Wall -Wextra -Wpedantic -Werror -Iffi/include -o target/c-bench/bench \
    c-examples/bench.c target/release/libhelserett.a -lpthread -ldl -lm
c_out=$(target/c-bench/bench tests/cases/example_patient.json)
echo "$c_out"
cargo bench --locked -q -p helserett-benches --bench c_abi -- --warm-up-time 1 --measurement-time 4 >/dev/null
median() { # criterion's median estimate in ns
    python3 -c 'import json,sys; print(round(json.load(open(sys.argv[1]))["median"]["point_estimate"], 1))' \
        "target/criterion/$1/new/estimates.json"
}
rust_json=$(median json/rust)
rust_typed=$(median typed/rust)
abi_json=$(median json/c_abi)
abi_struct=$(median typed/c_abi_struct)
c_json=$(echo "$c_out" | awk '/json_to_json/ {print $4}')
c_struct=$(echo "$c_out" | awk '/struct_to_struct/ {print $4}')
ratio() { python3 -c "import sys; print(f'{float(sys.argv[1]) / float(sys.argv[2]):.3f}')" "$1" "$2"; }
echo "rust json_to_json median_ns $rust_json; c_abi from Rust $abi_json; from C $c_json"
echo "rust typed median_ns $rust_typed; c_abi struct from Rust $abi_struct; from C $c_struct"
echo "ratio json  (C / Rust): $(ratio "$c_json" "$rust_json")"
echo "ratio typed (C struct / Rust typed): $(ratio "$c_struct" "$rust_typed")"

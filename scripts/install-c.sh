#!/usr/bin/env bash
# Builds the C library in release mode and installs it with its header and pkg-config file:
#
#   bash scripts/install-c.sh [PREFIX]        (default: $HOME/.local)
#
# Then: cc prog.c $(pkg-config --cflags --libs helserett)
# (with PKG_CONFIG_PATH=PREFIX/lib/pkgconfig when PREFIX is not a system prefix, and
# LD_LIBRARY_PATH=PREFIX/lib to run against the shared library; add --static to pkg-config and
# link PREFIX/lib/libhelserett.a for a static build).
set -euo pipefail
cd "$(dirname "$0")/.."
prefix=${1:-$HOME/.local}
version=$(sed -n '/^\[workspace.package\]/,/^\[/s/^version = "\(.*\)"/\1/p' Cargo.toml)
cargo build --release --locked -p helserett-ffi
install -d "$prefix/lib/pkgconfig" "$prefix/include"
install -m 644 target/release/libhelserett.a "$prefix/lib/"
install -m 755 target/release/libhelserett.so "$prefix/lib/"
install -m 644 ffi/include/helserett.h "$prefix/include/"
sed -e "s|@PREFIX@|$prefix|" -e "s|@VERSION@|$version|" ffi/helserett.pc.in \
    >"$prefix/lib/pkgconfig/helserett.pc"
echo "installed helserett $version to $prefix"

#!/usr/bin/env bash
# Builds the C library in release mode and installs it with its header and pkg-config file:
#
#   bash scripts/install-c.sh [PREFIX]        (default: $HOME/.local)
#
# Then: cc prog.c $(pkg-config --cflags --libs helserett)          (shared: libhelserett.so.0)
#   or: cc prog.c $(pkg-config --cflags --libs helserett-static)   (static: libhelserett.a)
# with PKG_CONFIG_PATH=PREFIX/lib/pkgconfig when PREFIX is not a system prefix. The shared
# library carries the SONAME libhelserett.so.0 (the ABI major) and the pkg-config file a
# runpath, so the program runs without LD_LIBRARY_PATH.
set -euo pipefail
cd "$(dirname "$0")/.."
prefix=${1:-$HOME/.local}
version=$(sed -n '/^\[workspace.package\]/,/^\[/s/^version = "\(.*\)"/\1/p' Cargo.toml)
cargo build --release --locked -p helserett-ffi
# Cargo's target directory, as cargo reads it (CARGO_TARGET_DIR when set).
target=${CARGO_TARGET_DIR:-target}
install -d "$prefix/lib/pkgconfig" "$prefix/include"
abi_major=${version%%.*}
install -m 644 "$target/release/libhelserett.a" "$prefix/lib/"
# The static library carries the standard library's debug info: left out of an install.
if command -v strip >/dev/null 2>&1; then
    strip --strip-debug "$prefix/lib/libhelserett.a"
fi
install -m 755 "$target/release/libhelserett.so" "$prefix/lib/libhelserett.so.$version"
ln -sf "libhelserett.so.$version" "$prefix/lib/libhelserett.so.$abi_major"
ln -sf "libhelserett.so.$abi_major" "$prefix/lib/libhelserett.so"
install -m 644 ffi/include/helserett.h "$prefix/include/"
for pc in helserett helserett-static; do
    sed -e "s|@PREFIX@|$prefix|" -e "s|@VERSION@|$version|" "ffi/$pc.pc.in" \
        >"$prefix/lib/pkgconfig/$pc.pc"
done
install -d "$prefix/share/helserett"
# Every schema, and the field reference (docs/fields.md, generated from the fact table).
install -m 644 kernel/schema/*.schema.json docs/fields.md "$prefix/share/helserett/"
echo "installed helserett $version to $prefix"

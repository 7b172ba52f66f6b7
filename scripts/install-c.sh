#!/usr/bin/env bash
# Builds the C library and the `helserett` program in release mode and installs them with the
# header, one pkg-config file and the reference files:
#
#   bash scripts/install-c.sh [--library-type both|shared|static] [PREFIX]   (default: both, $HOME/.local)
#
#   PREFIX/bin/helserett                    the command-line program (--help)
#   PREFIX/lib/libhelserett.so.0            SONAME = the ABI major (shared, unless static)
#   PREFIX/lib/libhelserett.a               (static, unless shared)
#   PREFIX/lib/pkgconfig/helserett.pc       Libs, and Libs.private for `pkg-config --static`
#   PREFIX/include/helserett.h
#   PREFIX/share/helserett/                 every JSON schema and fields.md (the field reference)
#
# Then: cc prog.c $(pkg-config --cflags --libs helserett)   with PKG_CONFIG_PATH=PREFIX/lib/pkgconfig
# when PREFIX is not a system prefix (add -Wl,-rpath,PREFIX/lib so the program finds the
# library without LD_LIBRARY_PATH). As with libcurl and cargo-c's installs, the linker takes the
# shared library when both are installed: `--library-type static` installs the archive alone,
# and `pkg-config --static --libs helserett` then links it with what it needs (Libs.private).
set -euo pipefail
# A relative PREFIX is the caller's, from where they stand (the .pc names it absolutely).
start=$(pwd)
cd "$(dirname "$0")/.."
library_type=both
prefix=
usage() { echo "install-c.sh: $1 (try --help)" >&2; exit 2; }
# Options and the one PREFIX in any order.
while [ $# -gt 0 ]; do
    case $1 in
        --library-type)
            [ $# -ge 2 ] || usage "--library-type needs a value: both, shared or static"
            library_type=$2
            shift 2
            ;;
        --library-type=*) library_type=${1#*=}; shift ;;
        -h | --help) sed -n '2,18p' "$0"; exit 0 ;;
        -*) usage "unknown option $1" ;;
        *)
            [ -z "$prefix" ] || usage "one PREFIX only, not both $prefix and $1"
            prefix=$1
            shift
            ;;
    esac
done
case $library_type in
    both | shared | static) ;;
    *) usage "--library-type is both, shared or static, not '$library_type'" ;;
esac
prefix=${prefix:-$HOME/.local}
case $prefix in /*) ;; *) prefix=$start/$prefix ;; esac
version=$(sed -n '/^\[workspace.package\]/,/^\[/s/^version = "\(.*\)"/\1/p' Cargo.toml)
# The ABI major is the SONAME's, declared once in ffi/build.rs.
abi_major=$(sed -n 's/^const ABI_MAJOR: u32 = \([0-9]*\);/\1/p' ffi/build.rs)
[ -n "$abi_major" ] || { echo "install-c.sh: no ABI_MAJOR in ffi/build.rs" >&2; exit 1; }
cargo build --release --locked -p helserett-ffi -p helserett-cli
# Cargo's target directory, as cargo reads it (CARGO_TARGET_DIR when set).
target=${CARGO_TARGET_DIR:-target}
install -d "$prefix/bin" "$prefix/lib/pkgconfig" "$prefix/include" "$prefix/share/helserett"
install -m 755 "$target/release/helserett" "$prefix/bin/"
# A reinstall with another library type removes what the linker would otherwise find of the
# previous one (the archive, the development link libhelserett.so), and the pkg-config file
# of earlier versions. The runtime libhelserett.so.0 stays for programs already linked to it.
rm -f "$prefix/lib/libhelserett.a" "$prefix/lib/libhelserett.so" "$prefix/lib/pkgconfig/helserett-static.pc"
if [ "$library_type" != shared ]; then
    install -m 644 "$target/release/libhelserett.a" "$prefix/lib/"
    # The static library carries the standard library's debug info: left out of an install.
    if command -v strip >/dev/null 2>&1; then
        strip --strip-debug "$prefix/lib/libhelserett.a"
    fi
fi
if [ "$library_type" != static ]; then
    install -m 755 "$target/release/libhelserett.so" "$prefix/lib/libhelserett.so.$version"
    ln -sf "libhelserett.so.$version" "$prefix/lib/libhelserett.so.$abi_major"
    ln -sf "libhelserett.so.$abi_major" "$prefix/lib/libhelserett.so"
fi
install -m 644 ffi/include/helserett.h "$prefix/include/"
sed -e "s|@PREFIX@|$prefix|" -e "s|@VERSION@|$version|" ffi/helserett.pc.in \
    >"$prefix/lib/pkgconfig/helserett.pc"
# Every schema, and the field reference (docs/fields.md, generated from the fact table).
install -m 644 kernel/schema/*.schema.json docs/fields.md "$prefix/share/helserett/"
echo "installed helserett $version ($library_type) to $prefix"

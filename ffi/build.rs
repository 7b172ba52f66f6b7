//! Gives the shared library a versioned SONAME (`libhelserett.so.0`, the ABI major), so that a
//! program linked against it keeps finding the ABI it was built for.

/// The ABI's major version: it changes only with a change that breaks C callers.
const ABI_MAJOR: u32 = 0;

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    let os = std::env::var("CARGO_CFG_TARGET_OS").unwrap_or_default();
    if os == "linux" {
        println!("cargo:rustc-cdylib-link-arg=-Wl,-soname,libhelserett.so.{ABI_MAJOR}");
    }
}

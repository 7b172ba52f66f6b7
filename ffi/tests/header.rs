//! The checked-in header is what cbindgen generates from this crate now, and its version is
//! the workspace's (rustls-ffi's `ensure-header-updated` and `rustls_header_version` checks).
//! Regenerate with `HELSERETT_REGEN_HEADER=1 cargo test -p helserett-ffi --test header`.

use std::path::PathBuf;

fn crate_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn header_path() -> PathBuf {
    crate_dir().join("include").join("helserett.h")
}

fn generate() -> String {
    let dir = crate_dir();
    let mut config = cbindgen::Config::from_file(dir.join("cbindgen.toml")).expect("cbindgen.toml");
    config.after_includes = Some(format!(
        "\n/** The version of this header; compare with helserett_version(). */\n#define HELSERETT_VERSION \"{}\"",
        env!("CARGO_PKG_VERSION")
    ));
    let mut out = Vec::new();
    cbindgen::Builder::new()
        .with_crate(&dir)
        .with_config(config)
        .generate()
        .expect("cbindgen generates the header")
        .write(&mut out);
    String::from_utf8(out).expect("UTF-8 header")
}

#[test]
fn header_is_fresh() {
    let generated = generate();
    if std::env::var_os("HELSERETT_REGEN_HEADER").is_some() {
        std::fs::write(header_path(), &generated).unwrap();
        return;
    }
    let checked_in = std::fs::read_to_string(header_path()).unwrap_or_default();
    assert!(
        checked_in == generated,
        "ffi/include/helserett.h is stale: run HELSERETT_REGEN_HEADER=1 cargo test -p helserett-ffi --test header"
    );
}

/// The version in the header and the library's `helserett_version()` are the workspace's.
#[test]
fn header_version_matches_cargo_toml() {
    let manifest = std::fs::read_to_string(crate_dir().join("..").join("Cargo.toml")).unwrap();
    let in_workspace = manifest
        .split("[workspace.package]")
        .nth(1)
        .and_then(|s| s.lines().find(|l| l.trim_start().starts_with("version")))
        .and_then(|l| l.split('"').nth(1))
        .expect("[workspace.package] version");
    let header = std::fs::read_to_string(header_path()).unwrap();
    let define = format!("#define HELSERETT_VERSION \"{in_workspace}\"");
    assert!(header.contains(&define), "header lacks {define}");
    // SAFETY: helserett_version returns a static NUL-terminated string.
    let lib = unsafe { std::ffi::CStr::from_ptr(helserett::helserett_version()) };
    assert_eq!(lib.to_str().unwrap(), in_workspace);
}

/// Every C enum the crate declares is in the header (cbindgen only writes the enums a
/// signature names unless `cbindgen.toml` lists them): a choice added to the fact table must
/// not leave C callers without its constants.
#[test]
fn every_c_enum_is_in_the_header() {
    let header = std::fs::read_to_string(header_path()).unwrap();
    let mut stack = vec![crate_dir().join("src")];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            let text = std::fs::read_to_string(&path).unwrap();
            for line in text.lines() {
                let Some(rest) = line.trim().strip_prefix("pub enum helserett_") else {
                    continue;
                };
                let name = rest
                    .split(|c: char| !c.is_alphanumeric() && c != '_')
                    .next()
                    .unwrap();
                assert!(
                    header.contains(&format!("enum helserett_{name}\n")),
                    "helserett_{name} ({}) is not in the header: list it in cbindgen.toml",
                    path.display()
                );
            }
        }
    }
}

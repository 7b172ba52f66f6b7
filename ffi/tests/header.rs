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

/// Every `HELSERETT_*` name the header mentions, in its comments or its code, is defined by
/// it (a `#define` or an enum constant), and a C file that uses each one compiles: C code can
/// use whatever the documentation names (issue 25: `HELSERETT_MAX_INPUT_LEN` was named three
/// times and defined nowhere).
#[test]
fn every_constant_the_header_mentions_is_defined_and_compiles() {
    let header = std::fs::read_to_string(header_path()).unwrap();
    let names = |text: &str| -> std::collections::BTreeSet<String> {
        let mut out = std::collections::BTreeSet::new();
        let mut rest = text;
        while let Some(at) = rest.find("HELSERETT_") {
            let tail = &rest[at..];
            let end = tail
                .find(|c: char| !(c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_'))
                .unwrap_or(tail.len());
            // A name cut short by a wildcard in prose (`HELSERETT_STAGE_*`) is a family, not
            // a constant.
            // `NAME=1` is an environment variable of the build, not a C name.
            let family = tail[end..].starts_with('*') || tail[..end].ends_with('_');
            if !family && !tail[end..].starts_with('=') {
                out.insert(tail[..end].to_string());
            }
            rest = &tail[end..];
        }
        out
    };
    let mentioned = names(&header);
    let defined: std::collections::BTreeSet<String> = header
        .lines()
        .filter_map(|l| {
            let l = l.trim();
            if let Some(d) = l.strip_prefix("#define ") {
                return d.split_whitespace().next().map(str::to_string);
            }
            // Enum constants: `  HELSERETT_X = 3,`.
            let name = l.split(['=', ',', ' ']).next()?;
            (name.starts_with("HELSERETT_") && (l.contains(" = ") || l.ends_with(',')))
                .then(|| name.to_string())
        })
        .collect();
    let undefined: Vec<_> = mentioned
        .iter()
        .filter(|m| !defined.contains(*m) && m.as_str() != "HELSERETT_H")
        .collect();
    assert!(
        undefined.is_empty(),
        "named in the header, defined nowhere: {undefined:?}"
    );
    let Some(cc) = ["cc", "gcc", "clang"].into_iter().find(|c| {
        std::process::Command::new(c)
            .arg("--version")
            .output()
            .is_ok()
    }) else {
        eprintln!("SKIPPED: no C compiler to compile the constants with");
        return;
    };
    let mut c = String::from("#include \"helserett.h\"\n");
    for name in defined.iter().filter(|n| n.as_str() != "HELSERETT_H") {
        // Each constant is used as a value of its own type: a string, a number, an enum.
        writeln_c(&mut c, name);
    }
    let dir = std::env::temp_dir().join(format!("helserett-constants-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("constants.c");
    std::fs::write(&file, c).unwrap();
    let out = std::process::Command::new(cc)
        .args(["-std=c11", "-Wall", "-Werror", "-fsyntax-only", "-I"])
        .arg(crate_dir().join("include"))
        .arg(&file)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

fn writeln_c(c: &mut String, name: &str) {
    let ident = name.to_ascii_lowercase();
    c.push_str(&format!(
        "static const void *use_{ident} __attribute__((unused)) = (const void *)(sizeof({name}));\n"
    ));
}

//! Puts the linker script where the linker finds it, and packs the shared vectors' inputs into
//! one blob the firmware embeds: for each vector, `[id length: u8][id][input length: u32 LE]
//! [input][table length: u32 LE][table][mode: u8]`, where a vector with a caller's parameter
//! table (tests/vectors/with_params/tables.json) carries the table file's text and its mode
//! (0 overlay, 1 replace), and every other vector an empty table (the built-in one). The vectors
//! stay where every other binding reads them (tests/vectors/); nothing is copied into this
//! crate. An image built without a kind (the `outbound`, `inbound`, `methods` features) carries
//! only the vectors of the kinds it decides.

use std::{env, fs, path::PathBuf};

const VECTOR_FILES: [&str; 4] = [
    "eea.json",
    "inbound.json",
    "methods.json",
    "with_params/tables.json",
];

fn main() {
    let out = PathBuf::from(env::var_os("OUT_DIR").unwrap());
    let here = PathBuf::from(env::var_os("CARGO_MANIFEST_DIR").unwrap());

    fs::copy(here.join("memory.x"), out.join("memory.x")).unwrap();
    println!("cargo:rustc-link-search={}", out.display());
    println!("cargo:rerun-if-changed=memory.x");

    let mut blob = Vec::new();
    for name in VECTOR_FILES {
        let path = here.join("../tests/vectors").join(name);
        println!("cargo:rerun-if-changed={}", path.display());
        let text = fs::read_to_string(&path).unwrap();
        let file: serde_json::Value = serde_json::from_str(&text).unwrap();
        for test in file["tests"].as_array().unwrap() {
            if !built(test["input"].as_str().unwrap()) {
                continue;
            }
            let id = test["id"].as_str().unwrap().as_bytes();
            let input = test["input"].as_str().unwrap().as_bytes();
            blob.push(u8::try_from(id.len()).unwrap());
            blob.extend_from_slice(id);
            blob.extend_from_slice(&u32::try_from(input.len()).unwrap().to_le_bytes());
            blob.extend_from_slice(input);
            let table = test["params"].as_str().unwrap_or("").as_bytes();
            blob.extend_from_slice(&u32::try_from(table.len()).unwrap().to_le_bytes());
            blob.extend_from_slice(table);
            blob.push(match test["mode"].as_str() {
                None | Some("overlay") => 0,
                Some("replace") => 1,
                Some(other) => panic!("unknown mode {other}"),
            });
        }
    }
    fs::write(out.join("vectors.bin"), blob).unwrap();
}

/// Whether this image decides the kind of case in `input`, by its `schema` as the kernel reads
/// it (`case_kind_of_json`: the routing every build uses).
fn built(input: &str) -> bool {
    let feature = match helserett::json::case_kind_of_json(input.as_bytes()) {
        helserett::CaseKind::Outbound => "OUTBOUND",
        helserett::CaseKind::Inbound => "INBOUND",
        helserett::CaseKind::Method => "METHODS",
    };
    env::var_os(format!("CARGO_FEATURE_{feature}")).is_some()
}

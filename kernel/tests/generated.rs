//! Files derived from the fact table (`kernel/src/fact/table.rs`) that cannot be a macro: the
//! C struct `helserett_case` with its conversions and the `helserett_fact` and choice enums
//! (cbindgen reads source, not macro expansions), and the enum lists of the case and decision
//! schemas. This test renders each one from the table and fails when the checked-in copy
//! differs; `HELSERETT_REGEN=1 cargo test -p helserett --test generated` rewrites them.

use helserett::case::MAX_PLACE_NAME;
use helserett::question::AnswerKind;
use helserett::Fact;
use std::fmt::Write;
use std::path::PathBuf;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// Compares `text` with the file at `rel`, or rewrites it when asked to.
fn fresh(rel: &str, text: &str) {
    let path = root().join(rel);
    if std::env::var_os("HELSERETT_REGEN").is_some() {
        std::fs::write(&path, text).unwrap();
        return;
    }
    let old = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        old == text,
        "{rel} is stale: run `HELSERETT_REGEN=1 cargo test -p helserett --test generated`"
    );
}

fn camel(s: &str) -> String {
    s.split('_')
        .map(|w| {
            let mut c = w.chars();
            c.next()
                .map(|f| f.to_ascii_uppercase().to_string() + c.as_str())
                .unwrap_or_default()
        })
        .collect()
}

/// The C type of a fact's field.
fn c_type(f: Fact) -> String {
    match f.kind() {
        AnswerKind::YesNo | AnswerKind::Choice(_) => "u32".into(),
        AnswerKind::Choices(_) => "i32".into(),
        AnswerKind::Country => "[c_char; 3]".into(),
        AnswerKind::Date => "helserett_date".into(),
        AnswerKind::Amount | AnswerKind::Number => "i64".into(),
        AnswerKind::Text => match f.capacity() {
            Some(MAX_PLACE_NAME) => "[c_char; HELSERETT_PLACE_CAPACITY]".into(),
            cap => format!("[c_char; {}]", cap.unwrap() + 1),
        },
        AnswerKind::Dates => unreachable!("dates are written apart"),
    }
}

/// What the C field holds, for its doc comment.
fn c_doc(f: Fact) -> String {
    let what = match f.kind() {
        AnswerKind::YesNo => "A `helserett_tristate`".to_string(),
        AnswerKind::Choice(_) => format!("A `helserett_{}` (0: unknown)", f.c_enum().unwrap()),
        AnswerKind::Choices(_) => "`HELSERETT_STAGE_*` bits, or `HELSERETT_UNKNOWN`".into(),
        AnswerKind::Country => "ISO 3166-1 alpha-2, NUL-terminated; `\"\"` is unknown".into(),
        AnswerKind::Date => "A date; all zero is unknown".into(),
        AnswerKind::Amount => "Øre, or `HELSERETT_UNKNOWN`".into(),
        AnswerKind::Number => {
            let r = f.range().unwrap();
            format!("{}..={}, or `HELSERETT_UNKNOWN`", r.start(), r.end())
        }
        AnswerKind::Text => "NUL-terminated UTF-8; `\"\"` is unknown".into(),
        AnswerKind::Dates => unreachable!(),
    };
    format!("{what}. {} ({})", f.question(helserett::Lang::En), f.rule())
}

/// The unknown value of a fact's C field.
fn c_unknown(f: Fact) -> &'static str {
    match f.kind() {
        AnswerKind::YesNo | AnswerKind::Choice(_) => "0",
        AnswerKind::Choices(_) => "HELSERETT_UNKNOWN as i32",
        AnswerKind::Country => "[0; 3]",
        AnswerKind::Date => "helserett_date::ZERO",
        AnswerKind::Amount | AnswerKind::Number => "HELSERETT_UNKNOWN",
        AnswerKind::Text => "[0; _]",
        AnswerKind::Dates => unreachable!(),
    }
}

/// The decoder and encoder helpers (in `ffi/src/case/mod.rs`) for a fact's C field.
fn codec(f: Fact) -> (&'static str, &'static str) {
    match f.kind() {
        AnswerKind::YesNo => ("tri", "c_tri"),
        AnswerKind::Choice(_) => ("choice", "c_choice"),
        AnswerKind::Choices(_) => ("stages", "c_stages"),
        AnswerKind::Country => ("country", "c_country"),
        AnswerKind::Date => ("date", "c_date_value"),
        AnswerKind::Amount | AnswerKind::Number => ("number", "c_number"),
        AnswerKind::Text => ("text", "c_text"),
        AnswerKind::Dates => unreachable!(),
    }
}

fn struct_name(group: &str) -> String {
    if group == "treatment.dates" {
        "helserett_treatment_date".into()
    } else {
        format!("helserett_{group}")
    }
}

fn groups() -> Vec<&'static str> {
    let mut g: Vec<&'static str> = Vec::new();
    for f in Fact::OUTBOUND {
        if !g.contains(&f.group()) {
            g.push(f.group());
        }
    }
    g
}

fn facts_of(group: &str) -> impl Iterator<Item = Fact> + '_ {
    Fact::OUTBOUND
        .iter()
        .copied()
        .filter(move |f| f.group() == group)
}

fn render_ffi_case() -> String {
    let mut o = String::new();
    o.push_str(
        "//! GENERATED from the fact table (`kernel/src/fact/table.rs`) by\n\
         //! `kernel/tests/generated.rs`: run `HELSERETT_REGEN=1 cargo test -p helserett --test\n\
         //! generated` after changing the table. Do not edit by hand.\n\
         //!\n\
         //! The fixed-size case a kiosk fills field by field, the C numbers of the facts, of\n\
         //! the choices and of the text kinds, and the translation to and from the kernel's `Case` through\n\
         //! `Case::set`/`Case::get` (so every check is the kernel's).\n\n\
         #![allow(non_camel_case_types)]\n\n\
         use super::*;\n\n",
    );
    // The C numbers of the choices.
    let mut seen = Vec::new();
    for f in Fact::ALL {
        let (Some(name), AnswerKind::Choice(options)) = (f.c_enum(), f.kind()) else {
            continue;
        };
        if seen.contains(&name) {
            continue;
        }
        seen.push(name);
        writeln!(
            o,
            "/// `{}` ({}): the number of each option; 0 is unknown.",
            f.path(),
            f.rule()
        )
        .unwrap();
        o.push_str("#[repr(u32)]\n#[derive(Clone, Copy, Debug, PartialEq, Eq)]\n");
        writeln!(
            o,
            "pub enum helserett_{name} {{\n    /// Not known yet.\n    Unknown = 0,"
        )
        .unwrap();
        for (i, opt) in options.iter().enumerate() {
            writeln!(o, "    /// `\"{opt}\"`.\n    {} = {},", camel(opt), i + 1).unwrap();
        }
        o.push_str("}\n\n");
    }
    // The kinds of the text catalogue.
    o.push_str(
        "/// A kind of text in the kernel's catalogue, for `helserett_text`.\n\
         #[repr(u32)]\n#[derive(Clone, Copy, Debug, PartialEq, Eq)]\npub enum helserett_text_kind {\n",
    );
    for k in helserett::catalogue::TextKind::ALL {
        writeln!(
            o,
            "    /// `{}`.\n    {} = {},",
            k.as_str(),
            camel(k.as_str()),
            k.number()
        )
        .unwrap();
    }
    o.push_str("}\n\n");
    // The fact numbers.
    o.push_str(
        "/// A fact of the case, as the interview asks for it (`HELSERETT_FACT_NONE`: no fact).\n\
         #[repr(u32)]\n#[derive(Clone, Copy, Debug, PartialEq, Eq)]\npub enum helserett_fact {\n    \
         /// No fact.\n    None = 0,\n",
    );
    let mut by_number: Vec<Fact> = Fact::ALL.to_vec();
    by_number.sort_by_key(|f| f.number());
    for f in &by_number {
        writeln!(
            o,
            "    /// `{}` ({})\n    {:?} = {},",
            f.path(),
            f.rule(),
            f,
            f.number()
        )
        .unwrap();
    }
    o.push_str("}\n\n");
    // The structs.
    for g in groups() {
        let name = struct_name(g);
        if g == "treatment.dates" {
            o.push_str("/// One treatment date.\n");
        } else {
            writeln!(o, "/// The `{g}` facts.").unwrap();
        }
        writeln!(
            o,
            "#[repr(C)]\n#[derive(Clone, Copy)]\npub struct {name} {{"
        )
        .unwrap();
        if g == "treatment.dates" {
            o.push_str("    /// The date (required for every entry below `dates_len`).\n    pub date: helserett_date,\n");
        }
        for f in facts_of(g) {
            if f.kind() == AnswerKind::Dates {
                o.push_str("    /// How many of `dates` are filled in.\n    pub dates_len: u32,\n");
                writeln!(
                    o,
                    "    /// {} ({})",
                    f.question(helserett::Lang::En),
                    f.rule()
                )
                .unwrap();
                o.push_str(
                    "    pub dates: [helserett_treatment_date; HELSERETT_MAX_TREATMENT_DATES],\n",
                );
            } else {
                writeln!(
                    o,
                    "    /// {}\n    pub {}: {},",
                    c_doc(f),
                    f.field(),
                    c_type(f)
                )
                .unwrap();
            }
        }
        o.push_str("}\n\n");
    }
    o.push_str(
        "/// One outbound case (a Norwegian resident treated or to be treated abroad), filled field\n\
         /// by field: the `outbound` member of a `helserett_case` (start from `helserett_case_init`).\n\
         #[repr(C)]\n#[derive(Clone, Copy)]\npub struct helserett_outbound_case {\n    \
         /// The day the case is decided on (required): deadlines count from it.\n    \
         pub evaluation_date: helserett_date,\n    \
/// The caller's identifier, NUL-terminated UTF-8 (empty: none), echoed into the decision.\n    \
         pub id: [c_char; HELSERETT_ID_CAPACITY],\n    \
         /// The facts the person said they do not know: bit `n % 32` of word `n / 32` for\n    \
         /// `HELSERETT_FACT_*` number `n` (the kiosk's \"vet ikke\" sets it through\n    \
         /// `helserett_case_answer`).\n    \
         pub declined: [u32; 4],\n    \
         /// Who answers the interview, a `helserett_audience` (0, the default: a caseworker;\n    \
         /// 1: a patient, never asked what only Helfo or Pasientreiser establishes).\n    \
         pub audience: u32,\n",
    );
    for g in groups().into_iter().filter(|g| !g.contains('.')) {
        writeln!(
            o,
            "    /// The `{g}` facts.\n    pub {g}: {},",
            struct_name(g)
        )
        .unwrap();
    }
    o.push_str("}\n\n");
    // The empty case.
    o.push_str(
        "impl helserett_outbound_case {\n    /// The empty case on `evaluation_date`: every fact unknown.\n    \
         pub fn empty(evaluation_date: helserett_date) -> helserett_outbound_case {\n        \
         let date = helserett_treatment_date {\n            date: helserett_date::ZERO,\n",
    );
    for f in facts_of("treatment.dates") {
        writeln!(o, "            {}: {},", f.field(), c_unknown(f)).unwrap();
    }
    o.push_str(
        "        };\n        helserett_outbound_case {\n            evaluation_date,\n            \
         id: [0; HELSERETT_ID_CAPACITY],\n            \
         declined: [0; 4],\n            \
         audience: 0,\n",
    );
    for g in groups().into_iter().filter(|g| !g.contains('.')) {
        writeln!(o, "            {g}: {} {{", struct_name(g)).unwrap();
        for f in facts_of(g) {
            if f.kind() == AnswerKind::Dates {
                o.push_str("                dates_len: 0,\n                dates: [date; HELSERETT_MAX_TREATMENT_DATES],\n");
            } else {
                let u = c_unknown(f)
                    .replace("[0; _]", &format!("[0; {}]", f.capacity().unwrap_or(0) + 1));
                let u = if f.capacity() == Some(MAX_PLACE_NAME) {
                    "[0; HELSERETT_PLACE_CAPACITY]".to_string()
                } else {
                    u
                };
                writeln!(o, "                {}: {},", f.field(), u).unwrap();
            }
        }
        o.push_str("            },\n");
    }
    o.push_str("        }\n    }\n}\n\n");
    // C to kernel.
    o.push_str(
        "/// Translates the C case into the kernel's, every value stored (`Case::store`) and none\n\
         /// checked yet: `to_kernel` and `decide` (in `case/mod.rs`) check the whole case once (a C\n\
         /// decoding error, such as an enum number out of range, is reported before that check).\n\
         pub(crate) fn outbound_to_kernel(c: &helserett_outbound_case) -> Result<Case, Failure> {\n    \
         let mut k = Case::new(required_date(c.evaluation_date, FieldPath::of(&[\"evaluation_date\"]))?);\n    \
         k.id = caller_id(&c.id)?;\n    \
         k.declined = declined(&c.declined)?;\n    \
         k.audience = crate::enums::audience(c.audience)?;\n",
    );
    for f in Fact::OUTBOUND.iter().copied().filter(|f| !f.per_date()) {
        let (dec, _) = if f.kind() == AnswerKind::Dates {
            ("", "")
        } else {
            codec(f)
        };
        if f.kind() == AnswerKind::Dates {
            writeln!(o, "    let dates = dates(&c.{g}, &mut k)?;", g = f.group()).unwrap();
            o.push_str("    for (i, d) in dates.iter().enumerate() {\n        let i = Some(i);\n");
            for p in facts_of("treatment.dates") {
                let (pdec, _) = codec(p);
                writeln!(
                    o,
                    "        put(&mut k, Fact::{p:?}, i, {pdec}(&d.{}, Fact::{p:?}, i)?)?;",
                    p.field()
                )
                .unwrap();
            }
            o.push_str("    }\n");
            continue;
        }
        writeln!(
            o,
            "    put(&mut k, Fact::{f:?}, None, {dec}(&c.{}.{}, Fact::{f:?}, None)?)?;",
            f.group(),
            f.field()
        )
        .unwrap();
    }
    o.push_str("    Ok(k)\n}\n\n");
    // Kernel to C.
    o.push_str(
        "/// The kernel's case in the C representation (every kernel value has one).\n\
         pub(crate) fn outbound_from_kernel(k: &Case) -> helserett_outbound_case {\n    \
         let mut c = helserett_outbound_case::empty(c_date(Some(k.evaluation_date)));\n    \
         c.id = c_caller_id(k.id.as_ref());\n    \
         c.declined = k.declined.words();\n    \
         c.audience = k.audience as u32;\n",
    );
    for f in Fact::OUTBOUND.iter().copied().filter(|f| !f.per_date()) {
        if f.kind() == AnswerKind::Dates {
            writeln!(
                o,
                "    c.{g}.dates_len = k.{g}.dates.len() as u32;",
                g = f.group()
            )
            .unwrap();
            writeln!(
                o,
                "    for (i, (o, d)) in c.{g}.dates.iter_mut().zip(&k.{g}.dates).enumerate() {{",
                g = f.group()
            )
            .unwrap();
            o.push_str("        let i = Some(i);\n        o.date = c_date(Some(d.date));\n");
            for p in facts_of("treatment.dates") {
                let (_, penc) = codec(p);
                writeln!(
                    o,
                    "        o.{} = {penc}(k.get(Fact::{p:?}, i));",
                    p.field()
                )
                .unwrap();
            }
            o.push_str("    }\n");
            continue;
        }
        let (_, enc) = codec(f);
        writeln!(
            o,
            "    c.{}.{} = {enc}(k.get(Fact::{f:?}, None));",
            f.group(),
            f.field()
        )
        .unwrap();
    }
    o.push_str("    c\n}\n");
    o
}

/// The C member name of each kind's struct in the `helserett_case` union.
fn member(kind: helserett::fact::CaseKind) -> &'static str {
    kind.as_str()
}

/// The kernel's conversions of each kind's C struct (as generated above).
fn conversions(kind: helserett::fact::CaseKind) -> (String, String) {
    (
        format!("{}_to_kernel", kind.as_str()),
        format!("{}_from_kernel", kind.as_str()),
    )
}

/// The case of any kind: its kind tag, the union of the kinds' structs and the dispatch to
/// and from the kernel's `AnyCase`. What the hand-written C ABI calls, so that it names no
/// kind (issue 25).
fn render_ffi_any_case() -> String {
    use helserett::fact::CaseKind;
    let mut o = String::new();
    o.push_str(
        "//! GENERATED from the kernel's case kinds (`CaseKind`) by `kernel/tests/generated.rs`: run\n\
         //! `HELSERETT_REGEN=1 cargo test -p helserett --test generated` after adding a kind. Do\n\
         //! not edit by hand.\n\
         //!\n\
         //! A case of any kind: its `kind` and the union of the kinds' structs, and the one\n\
         //! translation to and from the kernel's `AnyCase` that every C call goes through.\n\n\
         #![allow(non_camel_case_types)]\n\n\
         use super::*;\n\
         use kernel::fact::CaseKind;\n\
         use kernel::AnyCase;\n\n\
         // Each kind's own struct and conversions, generated from its facts.\n",
    );
    for k in CaseKind::ALL {
        let m = format!("{}_generated", k.as_str());
        writeln!(o, "#[path = \"{m}.rs\"]\nmod {m};\npub use {m}::*;").unwrap();
    }
    o.push_str(
        "\n\
         /// The kind of case a `helserett_case` holds (its `kind`): the kernel's `CaseKind`, in\n\
         /// its order, so that a case zeroed with `{0}` is an outbound one.\n\
         #[repr(u32)]\n#[derive(Clone, Copy, Debug, PartialEq, Eq)]\npub enum helserett_case_kind {\n",
    );
    for k in CaseKind::ALL {
        writeln!(
            o,
            "    /// `{}` cases (`{}`).\n    {:?} = {},",
            k.as_str(),
            k.case_schema(),
            k,
            *k as u32
        )
        .unwrap();
    }
    o.push_str("}\n\n");
    for k in CaseKind::ALL {
        writeln!(
            o,
            "const _: () = assert!(CaseKind::{k:?} as u32 == helserett_case_kind::{k:?} as u32);"
        )
        .unwrap();
    }
    o.push_str(
        "\n/// Each kind's case; the `helserett_case`'s `kind` says which one is filled.\n\
         #[repr(C)]\n#[derive(Clone, Copy)]\npub union helserett_case_body {\n",
    );
    for k in CaseKind::ALL {
        writeln!(
            o,
            "    /// A `{}` case.\n    pub {}: helserett_{}_case,",
            k.as_str(),
            member(*k),
            k.as_str()
        )
        .unwrap();
    }
    o.push_str(
        "}\n\n\
         /// One case of any kind, filled field by field: `helserett_case_init` writes the empty\n\
         /// case of a kind, `helserett_case_from_json` the case a JSON document holds (its kind from\n\
         /// its `schema`), and `helserett_case_answer` records a person's answer.\n\
         #[repr(C)]\n#[derive(Clone, Copy)]\npub struct helserett_case {\n    \
         /// A `helserett_case_kind`: which member of `body` is filled.\n    \
         pub kind: u32,\n    \
         /// The case itself, in the member named by `kind`.\n    \
         pub body: helserett_case_body,\n}\n\n\
         impl helserett_case {\n    \
         /// The empty case of `kind` on `evaluation_date`: every fact unknown.\n    \
         pub(crate) fn empty(kind: CaseKind, evaluation_date: helserett_date) -> helserett_case {\n        \
         let body = match kind {\n",
    );
    for k in CaseKind::ALL {
        writeln!(
            o,
            "            CaseKind::{k:?} => helserett_case_body {{ {}: helserett_{}_case::empty(evaluation_date) }},",
            member(*k),
            k.as_str()
        )
        .unwrap();
    }
    o.push_str("        };\n        helserett_case { kind: kind as u32, body }\n    }\n");
    for k in CaseKind::ALL {
        let m = member(*k);
        writeln!(
            o,
            "\n    /// The `{m}` case, when that is the kind held (for Rust callers and tests).\n    \
             pub fn {m}(&self) -> Option<&helserett_{m}_case> {{\n        \
             // SAFETY: as `stored_any`: any bytes are a value of the member `kind` names.\n        \
             if self.kind == CaseKind::{k:?} as u32 {{ Some(unsafe {{ &self.body.{m} }}) }} else {{ None }}\n    }}\n\n    \
             /// The `{m}` case to fill in, when that is the kind held.\n    \
             pub fn {m}_mut(&mut self) -> Option<&mut helserett_{m}_case> {{\n        \
             // SAFETY: as above.\n        \
             if self.kind == CaseKind::{k:?} as u32 {{ Some(unsafe {{ &mut self.body.{m} }}) }} else {{ None }}\n    }}"
        )
        .unwrap();
    }
    o.push_str(
        "}\n\n\
         /// The kind with this number.\n\
         pub(crate) fn case_kind(n: u32) -> Result<CaseKind, Failure> {\n    \
         CaseKind::ALL\n        .get(n as usize)\n        .copied()\n        \
         .ok_or_else(|| Failure::at(helserett_result::InvalidEnum, &\"kind\"))\n}\n\n\
         /// The C case as the kernel's, every value stored; an outbound case is checked once\n\
         /// where it is decided (`AnyCase::decide`), the others as they are stored.\n\
         pub(crate) fn stored_any(c: &helserett_case) -> Result<AnyCase, Failure> {\n    \
         // SAFETY (each arm): every field of every kind's struct is an integer or an array of\n    \
         // them, so any bytes are a value of it; `kind` names the member the caller filled.\n    \
         Ok(match case_kind(c.kind)? {\n",
    );
    for k in CaseKind::ALL {
        let (to, _) = conversions(*k);
        writeln!(
            o,
            "        CaseKind::{k:?} => AnyCase::{k:?}({to}(unsafe {{ &c.body.{} }})?),",
            member(*k)
        )
        .unwrap();
    }
    o.push_str(
        "    })\n}\n\n\
         /// The kernel's case of any kind in the C representation.\n\
         pub(crate) fn any_from_kernel(k: &AnyCase) -> helserett_case {\n    \
         let (kind, body) = match k {\n",
    );
    for k in CaseKind::ALL {
        let (_, from) = conversions(*k);
        writeln!(
            o,
            "        AnyCase::{k:?}(c) => (CaseKind::{k:?}, helserett_case_body {{ {}: {from}(c) }}),",
            member(*k)
        )
        .unwrap();
    }
    o.push_str("    };\n    helserett_case { kind: kind as u32, body }\n}\n");
    o
}

#[test]
fn ffi_any_case_is_fresh() {
    fresh(
        "ffi/src/case/any_generated.rs",
        &rustfmt(&render_ffi_any_case()),
    );
}

/// Formats generated Rust as `cargo fmt` would, so that the checked-in file passes
/// `cargo fmt --check` and the comparison is exact.
fn rustfmt(code: &str) -> String {
    use std::io::Write as _;
    use std::process::{Command, Stdio};
    let mut child = Command::new("rustfmt")
        .args(["--edition", "2021", "--emit", "stdout"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("rustfmt (rustup component add rustfmt)");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(code.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "rustfmt failed on the generated code");
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn ffi_case_struct_is_fresh() {
    fresh(
        "ffi/src/case/outbound_generated.rs",
        &rustfmt(&render_ffi_case()),
    );
}

/// The case schema's property for a fact.
fn case_pointer(f: Fact) -> String {
    if f.per_date() {
        format!("/$defs/treatment_date/properties/{}", f.field())
    } else {
        format!("/$defs/{}/properties/{}", f.group(), f.field())
    }
}

/// A case-schema property for a fact that has none yet.
fn new_property(f: Fact) -> serde_json::Value {
    use serde_json::json;
    let description = format!("{} ({})", f.question(helserett::Lang::En), f.rule());
    let typed = |t: &str| json!({ "description": description, "type": [t, "null"] });
    match f.kind() {
        AnswerKind::YesNo => typed("boolean"),
        AnswerKind::Number => typed("integer"),
        AnswerKind::Choice(_) => json!({ "description": description }),
        AnswerKind::Text => {
            json!({ "description": description, "type": ["string", "null"], "maxLength": f.capacity() })
        }
        AnswerKind::Amount => {
            json!({ "description": description, "anyOf": [{ "$ref": "#/$defs/ore" }, { "type": "null" }] })
        }
        AnswerKind::Date => {
            json!({ "description": description, "anyOf": [{ "$ref": "#/$defs/date" }, { "type": "null" }] })
        }
        AnswerKind::Country => {
            json!({ "description": description, "anyOf": [{ "$ref": "#/$defs/country" }, { "type": "null" }] })
        }
        AnswerKind::Choices(_) | AnswerKind::Dates => {
            panic!("{}: write its property by hand", f.path())
        }
    }
}

/// Rewrites the case schema's enum lists and ranges from the table; every fact must have its
/// property, and every property must be a fact.
fn case_schema(schema: &mut serde_json::Value) {
    use serde_json::{json, Value};
    for f in Fact::OUTBOUND {
        let ptr = case_pointer(*f);
        if schema.pointer(&ptr).is_none() {
            // A fact new to the table gets a property made from it; its description can be
            // written out by hand afterwards (only enums and ranges are rewritten).
            let (defs, field) = ptr.rsplit_once('/').unwrap();
            let props = schema.pointer_mut(defs);
            let props = props.unwrap_or_else(|| panic!("{}: no object at {defs}", f.path()));
            props[field] = new_property(*f);
        }
        let node = schema.pointer_mut(&ptr).unwrap();
        match f.kind() {
            AnswerKind::Choice(options) => {
                let mut vals: Vec<Value> = options.iter().map(|o| json!(o)).collect();
                vals.push(Value::Null);
                node["enum"] = vals.into();
            }
            AnswerKind::Number => {
                let r = f.range().unwrap();
                node["minimum"] = json!(r.start());
                node["maximum"] = json!(r.end());
            }
            AnswerKind::Choices(options) => {
                schema["$defs"]["stage"]["enum"] = json!(options);
            }
            _ => {}
        }
    }
    let paths: Vec<&str> = Fact::OUTBOUND.iter().map(|f| f.path()).collect();
    schema["$defs"]["fact_path"]["enum"] = json!(paths);
    let defs = schema["$defs"].as_object().unwrap();
    for (group, node) in defs {
        let Some(props) = node.get("properties").and_then(|p| p.as_object()) else {
            continue;
        };
        let group = if group == "treatment_date" {
            "treatment.dates"
        } else {
            group.as_str()
        };
        for name in props.keys() {
            assert!(
                (group == "treatment.dates" && name == "date")
                    || Fact::OUTBOUND
                        .iter()
                        .any(|f| f.group() == group && f.field() == name),
                "case.schema.json has {group}.{name}, which the fact table does not"
            );
        }
    }
}

/// Rewrites the decision schema's fact paths, answer kinds and options from the table, and its
/// reason codes, risk codes and requirements from the kernel's enums.
fn decision_schema(schema: &mut serde_json::Value) {
    use helserett::document::Requirement;
    use helserett::ReasonCode;
    use serde_json::{json, Value};
    schema["$defs"]["verdict"]["enum"] = json!(helserett::Verdict::NAMES);
    let codes: Vec<&str> = ReasonCode::ALL
        .iter()
        .filter(|r| !r.rule().starts_with("IN-"))
        .map(|r| r.code())
        .collect();
    schema["$defs"]["reason"]["properties"]["code"]["enum"] = json!(codes);
    let params: Vec<&str> = helserett::ParamId::ALL.iter().map(|p| p.name()).collect();
    schema["$defs"]["param_id"]["enum"] = json!(params);
    let risks: Vec<&str> = ReasonCode::ALL
        .iter()
        .filter(|r| r.rule().starts_with("RISK-"))
        .map(|r| r.code())
        .collect();
    schema["$defs"]["risk_note"]["properties"]["code"]["enum"] = json!(risks);
    for doc in ["prior_notification_document", "refund_claim_document"] {
        schema["$defs"][doc]["properties"]["requirement"]["enum"] = json!(Requirement::NAMES);
    }
    let paths: Vec<&str> = Fact::OUTBOUND.iter().map(|f| f.path()).collect();
    schema["$defs"]["fact_path"]["enum"] = json!(paths);
    // Body and appeal by code (version 8), or null.
    let with_null = |codes: Vec<&str>| {
        let mut v: Vec<Value> = codes.into_iter().map(|c| json!(c)).collect();
        v.push(Value::Null);
        v
    };
    let apply = &mut schema["$defs"]["application"]["properties"];
    apply["body"]["enum"] = json!(with_null(
        helserett::routes::Body::ALL
            .iter()
            .map(|b| b.code())
            .collect()
    ));
    apply["appeal"]["enum"] = json!(with_null(
        helserett::routes::Appeal::ALL
            .iter()
            .map(|a| a.code())
            .collect()
    ));
    // The answer kinds and options themselves are set by `bound_decision`, as for every kind.
    let kinds = Answers::of(Fact::OUTBOUND).kinds;
    let q = &mut schema["$defs"]["question"];
    let all_of = q["allOf"].as_array_mut().unwrap();
    let template = all_of[0].clone();
    let mut out: Vec<Value> = Vec::new();
    for k in &kinds {
        let facts: Vec<&str> = Fact::OUTBOUND
            .iter()
            .filter(|f| f.kind().name() == *k)
            .map(|f| f.path())
            .collect();
        let mut entry = all_of
            .iter()
            .find(|e| e["then"]["properties"]["answer"]["const"] == json!(k))
            .cloned()
            .unwrap_or_else(|| template.clone());
        entry["if"]["properties"]["fact"]["enum"] = json!(facts);
        entry["then"]["properties"]["answer"]["const"] = json!(k);
        out.push(entry);
    }
    *all_of = out;
    // Every other capacity of the outbound decision, from the kernel's constants (the
    // longest decision JSON, `tests/json_max.rs`, is only as right as these).
    use helserett::decision::*;
    use helserett::routes::{MAX_ROUTE_MISSING, MAX_ROUTE_REASONS, ROUTE_COUNT};
    for (pointer, key, value) in [
        ("/properties/to_settle", "maxItems", MAX_TO_SETTLE),
        (
            "/properties/deadlines",
            "maxItems",
            helserett::case::MAX_TREATMENT_DATES,
        ),
        ("/properties/risks", "maxItems", MAX_RISKS),
        ("/properties/routes", "maxItems", ROUTE_COUNT),
        (
            "/$defs/stages",
            "maxItems",
            helserett::case::Stage::NAMES.len(),
        ),
        (
            "/$defs/travel/properties/home",
            "maxLength",
            helserett::case::MAX_PLACE_NAME,
        ),
        (
            "/$defs/travel/properties/nearest_place",
            "maxLength",
            helserett::case::MAX_PLACE_NAME,
        ),
        (
            "/$defs/documents/properties/prior_notification",
            "maxItems",
            MAX_PN_DOCUMENTS,
        ),
        (
            "/$defs/documents/properties/refund_claim",
            "maxItems",
            MAX_CLAIM_DOCUMENTS,
        ),
        (
            "/$defs/route_outcome/properties/reasons",
            "maxItems",
            MAX_ROUTE_REASONS,
        ),
        (
            "/$defs/route_outcome/properties/missing",
            "maxItems",
            MAX_ROUTE_MISSING,
        ),
    ] {
        set_bound(schema, pointer, key, value);
    }
    let body: Vec<Value> = with_null(
        helserett::routes::Body::ALL
            .iter()
            .map(|b| b.code())
            .collect(),
    );
    schema["$defs"]["to_settle"]["properties"]["body"]["enum"] = json!(body);
    bound_decision(schema, Fact::OUTBOUND);
}

/// The bounds every decision schema states, from the kernel's capacities (issue 29: the
/// longest decision JSON is worked out from them by `tests/json_max.rs`): the caller's id,
/// the lists' capacities, each rule ID, the receipt's names and hash, a question's options.
fn bound_decision(schema: &mut serde_json::Value, facts: &[Fact]) {
    use serde_json::{json, Value};
    fn each_rule(v: &mut Value) {
        match v {
            Value::Object(o) => {
                if let Some(Value::Object(props)) = o.get_mut("properties") {
                    if let Some(rule) = props.get_mut("rule") {
                        if rule["type"] == json!("string") {
                            rule["maxLength"] = json!(helserett::reason::MAX_RULE_ID);
                        }
                    }
                }
                o.values_mut().for_each(each_rule);
            }
            Value::Array(a) => a.iter_mut().for_each(each_rule),
            _ => {}
        }
    }
    each_rule(schema);
    set_bound(
        schema,
        "/properties/id",
        "maxLength",
        helserett::case::MAX_CALLER_ID,
    );
    for (list, capacity) in [
        (
            "/properties/reasons",
            helserett::outbound::decision::MAX_REASONS,
        ),
        (
            "/properties/missing",
            helserett::outbound::decision::MAX_MISSING,
        ),
        ("/properties/parameters", helserett::params::MAX_PARAMS_USED),
    ] {
        set_bound(schema, list, "maxItems", capacity);
    }
    if schema["properties"].get("estimates").is_some() {
        let most = helserett::estimate::MAX_ESTIMATES;
        set_bound(schema, "/properties/estimates", "maxItems", most);
    }
    for name in ["kernel", "case_schema", "decision_schema"] {
        let at = format!("/$defs/receipt/properties/{name}");
        set_bound(
            schema,
            &at,
            "maxLength",
            helserett::receipt::MAX_RECEIPT_NAME,
        );
    }
    set_bound(
        schema,
        "/$defs/receipt/properties/params_sha256",
        "maxLength",
        64,
    );
    // A question's answer kind and options are the kind's facts'.
    let answers = Answers::of(facts);
    let q = "/$defs/question/properties";
    set_bound(schema, &format!("{q}/answer"), "enum", answers.kinds);
    set_bound(schema, &format!("{q}/options"), "maxItems", answers.most);
    set_bound(
        schema,
        &format!("{q}/options/items"),
        "enum",
        answers.options,
    );
}

/// Sets `key` of the schema part at `pointer`, which must be there: a part renamed fails
/// here rather than a new one growing beside it.
fn set_bound(
    schema: &mut serde_json::Value,
    pointer: &str,
    key: &str,
    value: impl serde::Serialize,
) {
    let at = schema
        .pointer_mut(pointer)
        .unwrap_or_else(|| panic!("the schema has no {pointer}"));
    at[key] = serde_json::to_value(value).unwrap();
}

/// The answer kinds a kind's facts take, their options, and the most options one fact has.
struct Answers {
    kinds: Vec<&'static str>,
    options: Vec<&'static str>,
    most: usize,
}

impl Answers {
    fn of(facts: &[Fact]) -> Answers {
        let mut a = Answers {
            kinds: Vec::new(),
            options: Vec::new(),
            most: 0,
        };
        for f in facts {
            if !a.kinds.contains(&f.kind().name()) {
                a.kinds.push(f.kind().name());
            }
            a.most = a.most.max(f.options().len());
            for o in f.options() {
                if !a.options.contains(o) {
                    a.options.push(o);
                }
            }
        }
        a
    }
}

fn schema_fresh(rel: &str, update: fn(&mut serde_json::Value)) {
    let text = std::fs::read_to_string(root().join(rel)).unwrap();
    let old: serde_json::Value = serde_json::from_str(&text).unwrap();
    let mut new = old.clone();
    update(&mut new);
    if new != old {
        let mut out = serde_json::to_string_pretty(&new).unwrap();
        out.push('\n');
        fresh(rel, &out);
    }
}

#[test]
fn schema_enum_lists_are_fresh() {
    schema_fresh("kernel/schema/case.schema.json", case_schema);
    schema_fresh("kernel/schema/decision.schema.json", decision_schema);
}

/// The inbound case schema, made whole from the fact table's inbound facts (all of them are
/// single values, so every property is derived; nothing is written by hand).
fn render_inbound_case_schema() -> String {
    render_flat_case_schema(
        helserett::fact::CaseKind::Inbound,
        helserett::json::INBOUND_CASE_SCHEMA,
        "helserett inbound case",
        "A patient who lives abroad and needs care during a temporary stay in a Norwegian hospital (seed 002, IN-01..IN-15): what the admission desk knows. Every fact may be absent or null (unknown, C-04). GENERATED from the fact table by kernel/tests/generated.rs.",
    )
}

/// The method case schema, made whole from the fact table's method facts.
fn render_method_case_schema() -> String {
    render_flat_case_schema(
        helserett::fact::CaseKind::Method,
        helserett::json::METHOD_CASE_SCHEMA,
        "helserett method case",
        "A method (drug, device, procedure, diagnostics) not approved for the public specialist service, and the patient or group it is for (seed 004, MET-01..MET-09). Every fact may be absent or null (unknown, C-04). GENERATED from the fact table by kernel/tests/generated.rs.",
    )
}

/// A case schema whose facts are all single values, from the table.
fn render_flat_case_schema(
    kind: helserett::fact::CaseKind,
    id: &str,
    title: &str,
    description: &str,
) -> String {
    use serde_json::{json, Map, Value};
    let outbound: Value = serde_json::from_str(
        &std::fs::read_to_string(root().join("kernel/schema/case.schema.json")).unwrap(),
    )
    .unwrap();
    let mut defs = Map::new();
    for d in ["date", "country"] {
        defs.insert(d.into(), outbound["$defs"][d].clone());
    }
    let mut props = Map::new();
    props.insert(
        "schema".into(),
        json!({"description": format!("The case schema version. Optional, but when present it must be \"{id}\"."), "const": id}),
    );
    props.insert(
        "evaluation_date".into(),
        json!({"description": "The day the question is asked (C-06).", "$ref": "#/$defs/date"}),
    );
    props.insert("id".into(), outbound["properties"]["id"].clone());
    let paths: Vec<Value> = kind.facts().iter().map(|f| json!(f.path())).collect();
    props.insert(
        "declined".into(),
        json!({
            "description": "The facts the person said they do not know (\"vet ikke\"), by their paths; each at most once (a repeat is duplicate_value). A declined fact stays unknown and is not asked again (C-04). Absent or null: none.",
            "type": ["array", "null"],
            "items": {"enum": paths},
            "uniqueItems": true
        }),
    );
    for group in kind.groups() {
        let mut fields = Map::new();
        for f in kind.facts().iter().filter(|f| f.group() == *group) {
            let mut p = new_property(*f);
            match f.kind() {
                AnswerKind::Choice(options) => {
                    let mut vals: Vec<Value> = options.iter().map(|o| json!(o)).collect();
                    vals.push(Value::Null);
                    p["enum"] = vals.into();
                }
                AnswerKind::Number => {
                    let r = f.range().unwrap();
                    p["minimum"] = json!(r.start());
                    p["maximum"] = json!(r.end());
                }
                _ => {}
            }
            fields.insert(f.field().into(), p);
        }
        defs.insert(
            (*group).into(),
            json!({"type": ["object", "null"], "properties": fields, "additionalProperties": false}),
        );
        props.insert((*group).into(), json!({"$ref": format!("#/$defs/{group}")}));
    }
    let schema = json!({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": id,
        "title": format!("{title}, version {id}"),
        "description": description,
        "type": "object",
        "properties": props,
        "required": ["evaluation_date"],
        "additionalProperties": false,
        "$defs": defs,
    });
    let mut out = serde_json::to_string_pretty(&schema).unwrap();
    out.push('\n');
    out
}

/// The inbound decision schema, made whole from the kernel's enums (nothing by hand).
fn render_inbound_decision_schema() -> String {
    use helserett::inbound::decision::*;
    use serde_json::{json, Value};
    let outbound: Value = serde_json::from_str(
        &std::fs::read_to_string(root().join("kernel/schema/decision.schema.json")).unwrap(),
    )
    .unwrap();
    let o = &outbound["$defs"];
    let codes: Vec<&str> = helserett::ReasonCode::ALL
        .iter()
        .filter(|r| r.rule().starts_with("IN-") || r.rule().starts_with("C-"))
        .map(|r| r.code())
        .collect();
    let facts: Vec<&str> = Fact::INBOUND.iter().map(|f| f.path()).collect();
    let opt = |names: &[&str]| {
        let mut v: Vec<Value> = names.iter().map(|n| json!(n)).collect();
        v.push(Value::Null);
        v
    };
    let item = json!({
        "type": "object",
        "properties": {
            "document": {"enum": DocumentKind::NAMES},
            "status": {"enum": DocumentStatus::NAMES},
            "rule": {"type": "string", "pattern": "^IN-[0-9]{2}$"}
        },
        "required": ["document", "status", "rule"],
        "additionalProperties": false
    });
    let schema = json!({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": INBOUND_DECISION_SCHEMA,
        "title": format!("helserett inbound decision, version {INBOUND_DECISION_SCHEMA}"),
        "description": "The kernel's answer for a patient on a temporary stay in Norway (seed 002): what the patient is entitled to, whether this care is covered, who pays, the documents to copy at admission and attach to the invoice, the desk's next steps, why (IN-* rule IDs) and what is missing. Version 4 added the receipt's estimate (issue 24); the invoice category is self_paying whenever the patient pays. Version 5 added covered_from and covered_until (an S2's or EHIC's validity checked against every day of the stay, IN-13) and the reasons of revision 3. GENERATED from the kernel's enums by kernel/tests/generated.rs.",
        "type": "object",
        "properties": {
            "schema": {"const": INBOUND_DECISION_SCHEMA},
            "id": outbound["properties"]["id"].clone(),
            "evaluation_date": {"$ref": "#/$defs/date"},
            "scope": {"description": "What the patient is entitled to during the stay.", "enum": Scope::NAMES},
            "covered": {"description": "Whether the care in question is covered: discretion means the hospital (or the clinician) decides (C-07), never eligible.", "enum": helserett::Verdict::NAMES},
            "payer": {"enum": Payer::NAMES},
            "user_fee": {"enum": UserFee::NAMES},
            "invoice_category": {"description": "The category to mark the invoice with (IN-14); null until the ground is known.", "enum": opt(InvoiceCategory::NAMES)},
            "ehic_state": {"description": "Where the EHIC part stands (IN-06).", "enum": EhicState::NAMES},
            "covered_from": {"description": "The first day of the stay the entitlement document (an S2, an EHIC or a provisional certificate) covers, when its validity covers only part of the stay (IN-13); null when it covers the whole stay or there is no period to check.", "anyOf": [{"$ref": "#/$defs/date"}, {"type": "null"}]},
            "covered_until": {"description": "The last day of the stay the document covers, as covered_from; the days after are not covered by it.", "anyOf": [{"$ref": "#/$defs/date"}, {"type": "null"}]},
            "admission_copies": {"type": "array", "items": {"$ref": "#/$defs/document_item"}, "maxItems": MAX_DOCUMENTS},
            "invoice_attachments": {"type": "array", "items": {"$ref": "#/$defs/document_item"}, "maxItems": MAX_DOCUMENTS},
            "steps": {"type": "array", "items": {"$ref": "#/$defs/step"}, "maxItems": MAX_STEPS},
            "reasons": {"type": "array", "items": {"$ref": "#/$defs/reason"}},
            "missing": {"type": "array", "items": {"oneOf": [{"$ref": "#/$defs/missing_fact"}, {"$ref": "#/$defs/missing_parameter"}]}},
            "parameters": {"type": "array", "items": o["param_entry"].clone()},
            "next_question": {"anyOf": [{"$ref": "#/$defs/question"}, {"type": "null"}]},
            "receipt": outbound["properties"]["receipt"].clone()
        },
        "required": ["schema", "id", "evaluation_date", "scope", "covered", "payer", "user_fee", "invoice_category", "ehic_state", "covered_from", "covered_until", "admission_copies", "invoice_attachments", "steps", "reasons", "missing", "parameters", "next_question", "receipt"],
        "additionalProperties": false,
        "$defs": {
            "date": o["date"].clone(),
            "receipt": o["receipt"].clone(),
            "param_id": o["param_id"].clone(),
            "document_item": item,
            "step": {
                "type": "object",
                "properties": {
                    "step": {"enum": StepKind::NAMES},
                    "document": {"enum": opt(DocumentKind::NAMES)},
                    "rule": {"type": "string", "pattern": "^IN-[0-9]{2}$"}
                },
                "required": ["step", "document", "rule"],
                "additionalProperties": false
            }
        }
    });
    let mut schema = schema;
    shared_flat_defs(&mut schema, &facts, &codes);
    bound_decision(&mut schema, Fact::INBOUND);
    let mut out = serde_json::to_string_pretty(&schema).unwrap();
    out.push('\n');
    out
}

/// The `$defs` both single-valued decision schemas share: a reason, a missing fact or
/// parameter, a question, over the kind's facts and reason codes.
fn shared_flat_defs(schema: &mut serde_json::Value, facts: &[&str], codes: &[&str]) {
    use serde_json::json;
    let defs = schema["$defs"].as_object_mut().unwrap();
    defs.insert(
        "reason".into(),
        json!({
            "type": "object",
            "properties": {"code": {"enum": codes}, "rule": {"type": "string"}},
            "required": ["code", "rule"],
            "additionalProperties": false
        }),
    );
    defs.insert(
        "missing_fact".into(),
        json!({
            "type": "object",
            "properties": {"fact": {"enum": facts}, "rule": {"type": "string"}},
            "required": ["fact", "rule"],
            "additionalProperties": false
        }),
    );
    defs.insert("missing_parameter".into(), json!({
        "type": "object",
        "properties": {"parameter": {"$ref": "#/$defs/param_id"}, "on": {"$ref": "#/$defs/date"}, "rule": {"type": "string"}},
        "required": ["parameter", "on", "rule"],
        "additionalProperties": false
    }));
    defs.insert(
        "question".into(),
        json!({
            "type": "object",
            "properties": {
                "fact": {"enum": facts},
                "index": {"type": "null"},
                "rule": {"type": "string"},
                "answer": {"type": "string"},
                "options": {"type": "array", "items": {"type": "string"}}
            },
            "required": ["fact", "rule", "answer"],
            "additionalProperties": false
        }),
    );
}

#[test]
fn inbound_schemas_are_fresh() {
    fresh(
        "kernel/schema/method_case.schema.json",
        &render_method_case_schema(),
    );
    fresh(
        "kernel/schema/method_decision.schema.json",
        &render_method_decision_schema(),
    );
    fresh(
        "kernel/schema/inbound_case.schema.json",
        &render_inbound_case_schema(),
    );
    fresh(
        "kernel/schema/inbound_decision.schema.json",
        &render_inbound_decision_schema(),
    );
}

/// The C struct of a single-valued case kind (`inbound`: the inbound case, `method`: the
/// method case), its empty value and its translation to and from the kernel's case, all from
/// the fact table.
fn render_ffi_flat_case(kind: helserett::fact::CaseKind, p: &str, ty: &str, what: &str) -> String {
    let mut o = String::new();
    writeln!(
        o,
        "//! GENERATED from the fact table (`kernel/src/fact/table.rs`, the {p} facts) by\n\
         //! `kernel/tests/generated.rs`: run `HELSERETT_REGEN=1 cargo test -p helserett --test\n\
         //! generated` after changing the table. Do not edit by hand.\n\
         //!\n\
         //! The fixed-size {p} case ({what}) filled field by field, and its translation to and\n\
         //! from the kernel's `{ty}` through `{ty}::set`/`get`.\n\n\
         #![allow(non_camel_case_types)]\n\n\
         use super::*;\n\
         use kernel::{p}s_path::{ty};\n"
    )
    .unwrap();
    let o = &mut o;
    let module = if p == "inbound" { "inbound" } else { "methods" };
    *o = o.replace(
        &format!("kernel::{p}s_path::"),
        &format!("kernel::{module}::"),
    );
    let groups = kind.groups();
    let of = |g: &'static str| kind.facts().iter().copied().filter(move |f| f.group() == g);
    for g in groups {
        writeln!(
            o,
            "/// The `{g}` facts of a {p} case.\n#[repr(C)]\n#[derive(Clone, Copy)]\npub struct helserett_{p}_{g} {{"
        )
        .unwrap();
        for f in of(g) {
            writeln!(
                o,
                "    /// {}\n    pub {}: {},",
                c_doc(f),
                f.field(),
                c_type(f)
            )
            .unwrap();
        }
        o.push_str("}\n\n");
    }
    writeln!(
        o,
        "/// One {p} case ({what}), filled field by field: the `{p}` member of a\n\
         /// `helserett_case` (start from `helserett_case_init`).\n\
         #[repr(C)]\n#[derive(Clone, Copy)]\npub struct helserett_{p}_case {{\n    \
         /// The day the case is decided on (required).\n    \
         pub evaluation_date: helserett_date,\n    \
         /// The caller's identifier, NUL-terminated UTF-8 (empty: none), echoed into the decision.\n    \
         pub id: [c_char; HELSERETT_ID_CAPACITY],\n    \
         /// The facts the person said they do not know: bit `n % 32` of word `n / 32` for\n    \
         /// `HELSERETT_FACT_*` number `n` (\"vet ikke\" through `helserett_case_answer`).\n    \
         pub declined: [u32; 4],"
    )
    .unwrap();
    for g in groups {
        writeln!(
            o,
            "    /// The `{g}` facts.\n    pub {g}: helserett_{p}_{g},"
        )
        .unwrap();
    }
    o.push_str("}\n\n");
    writeln!(
        o,
        "impl helserett_{p}_case {{\n    /// The empty {p} case on `evaluation_date`: every fact unknown.\n    \
         pub fn empty(evaluation_date: helserett_date) -> helserett_{p}_case {{\n        \
         helserett_{p}_case {{\n            evaluation_date,\n            id: [0; HELSERETT_ID_CAPACITY],\n            declined: [0; 4],"
    )
    .unwrap();
    for g in groups {
        writeln!(o, "            {g}: helserett_{p}_{g} {{").unwrap();
        for f in of(g) {
            writeln!(o, "                {}: {},", f.field(), c_unknown(f)).unwrap();
        }
        o.push_str("            },\n");
    }
    o.push_str("        }\n    }\n}\n\n");
    writeln!(
        o,
        "/// Translates the C {p} case into the kernel's: every value goes through `{ty}::set`.\n\
         pub(crate) fn {p}_to_kernel(c: &helserett_{p}_case) -> Result<{ty}, Failure> {{\n    \
         let mut k = {ty}::new(required_date(c.evaluation_date, FieldPath::of(&[\"evaluation_date\"]))?);\n    \
         k.id = caller_id(&c.id)?;\n    \
         k.declined = declined_of(kernel::fact::CaseKind::{kind:?}, &c.declined)?;"
    )
    .unwrap();
    for f in kind.facts() {
        let (dec, _) = codec(*f);
        writeln!(
            o,
            "    k.set(Fact::{f:?}, {dec}(&c.{}.{}, Fact::{f:?}, None)?).map_err(Failure::Kernel)?;",
            f.group(),
            f.field()
        )
        .unwrap();
    }
    o.push_str("    Ok(k)\n}\n\n");
    writeln!(
        o,
        "/// The kernel's {p} case in the C representation.\n\
         pub(crate) fn {p}_from_kernel(k: &{ty}) -> helserett_{p}_case {{\n    \
         let mut c = helserett_{p}_case::empty(c_date(Some(k.evaluation_date)));\n    \
         c.id = c_caller_id(k.id.as_ref());\n    \
         c.declined = k.declined.words();"
    )
    .unwrap();
    for f in kind.facts() {
        let (_, enc) = codec(*f);
        writeln!(
            o,
            "    c.{}.{} = {enc}(k.get(Fact::{f:?}));",
            f.group(),
            f.field()
        )
        .unwrap();
    }
    o.push_str("    c\n}\n");
    std::mem::take(o)
}

#[test]
fn ffi_flat_case_structs_are_fresh() {
    use helserett::fact::CaseKind;
    let inbound = render_ffi_flat_case(
        CaseKind::Inbound,
        "inbound",
        "InboundCase",
        "a patient living abroad, on a temporary stay in a Norwegian hospital",
    );
    fresh("ffi/src/case/inbound_generated.rs", &rustfmt(&inbound));
    let method = render_ffi_flat_case(
        CaseKind::Method,
        "method",
        "MethodCase",
        "a method not approved for the public specialist service",
    );
    fresh("ffi/src/case/method_generated.rs", &rustfmt(&method));
}

/// The method decision schema, made whole from the kernel's enums (nothing by hand).
fn render_method_decision_schema() -> String {
    use helserett::methods::decision::*;
    use serde_json::{json, Value};
    let outbound: Value = serde_json::from_str(
        &std::fs::read_to_string(root().join("kernel/schema/decision.schema.json")).unwrap(),
    )
    .unwrap();
    let o = &outbound["$defs"];
    let codes: Vec<&str> = helserett::ReasonCode::ALL
        .iter()
        .filter(|r| {
            ["MET-", "C-", "ABR-"]
                .iter()
                .any(|p| r.rule().starts_with(p))
        })
        .map(|r| r.code())
        .collect();
    let facts: Vec<&str> = Fact::METHOD.iter().map(|f| f.path()).collect();
    let opt = |names: &[&str]| {
        let mut v: Vec<Value> = names.iter().map(|n| json!(n)).collect();
        v.push(Value::Null);
        v
    };
    let schema = json!({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": METHOD_DECISION_SCHEMA,
        "title": format!("helserett method decision, version {METHOD_DECISION_SCHEMA}"),
        "description": "The kernel's answer for a method not approved in Norway (seed 004): every route in the procedure's order with its verdict (discretion: the named body decides, never eligible, C-07), reasons citing MET-* rule IDs, who applies, where it is anchored, who assesses, the channel and form, who bears the cost and the follow-up; the access scheme's cut-off; what is missing. Version 4 added the reason MET_BLUE_PRESCRIPTION_IF (a condition not yet known is said as a condition) and the receipt's estimate (issue 24). Version 5 (revision 3 of the rules): the mini method assessment closes after a no, chapter 8's consent for off-label and off-licence, the group assesses after Ekspertpanelet's recommendation, Ekspertpanelet for one patient, off-licence at the level-1 cost centre, the facts method.trial_treatment and assessment.web_application_down, and their reasons. GENERATED from the kernel's enums by kernel/tests/generated.rs.",
        "type": "object",
        "properties": {
            "schema": {"const": METHOD_DECISION_SCHEMA},
            "id": outbound["properties"]["id"].clone(),
            "evaluation_date": {"$ref": "#/$defs/date"},
            "routes": {"type": "array", "items": {"$ref": "#/$defs/route_outcome"}, "minItems": MethodRoute::ALL.len(), "maxItems": MethodRoute::ALL.len()},
            "recommended": {"description": "The first eligible route (never one at a body's discretion).", "enum": opt(MethodRoute::NAMES)},
            "apply_first": {"description": "Where no route is certain: the first route to apply for.", "enum": opt(MethodRoute::NAMES)},
            "not_used": {"description": "No route is open: the method is not used.", "type": "boolean"},
            "access_deadline": {"anyOf": [{"$ref": "#/$defs/access_deadline"}, {"type": "null"}]},
            "reasons": {"type": "array", "items": {"$ref": "#/$defs/reason"}},
            "missing": {"type": "array", "items": {"oneOf": [{"$ref": "#/$defs/missing_fact"}, {"$ref": "#/$defs/missing_parameter"}]}},
            "parameters": {"type": "array", "items": o["param_entry"].clone()},
            "next_question": {"anyOf": [{"$ref": "#/$defs/question"}, {"type": "null"}]},
            "receipt": outbound["properties"]["receipt"].clone()
        },
        "required": ["schema", "id", "evaluation_date", "routes", "recommended", "apply_first", "not_used", "access_deadline", "reasons", "missing", "parameters", "next_question", "receipt"],
        "additionalProperties": false,
        "$defs": {
            "date": o["date"].clone(),
            "receipt": o["receipt"].clone(),
            "param_id": o["param_id"].clone(),
            "verdict": o["verdict"].clone(),
            "route_outcome": {
                "type": "object",
                "properties": {
                    "route": {"enum": MethodRoute::NAMES},
                    "verdict": {"$ref": "#/$defs/verdict"},
                    "rank": {"type": ["integer", "null"], "minimum": 1},
                    "reasons": {"type": "array", "items": {"$ref": "#/$defs/reason"}, "maxItems": MAX_METHOD_ROUTE_REASONS},
                    "missing": {"type": "array", "items": {"enum": facts}, "maxItems": MAX_METHOD_ROUTE_MISSING},
                    "applicant": {"enum": opt(MethodApplicant::NAMES)},
                    "anchored_with_level2_leader": {"type": "boolean"},
                    "assessed_by": {"enum": opt(Assessor::NAMES)},
                    "channel": {"enum": opt(MethodChannel::NAMES)},
                    "form": {"enum": opt(ApplicationForm::NAMES)},
                    "cost": {"enum": CostBearer::NAMES},
                    "follow_up_kjernegruppen": {"type": "boolean"}
                },
                "required": ["route", "verdict", "rank", "reasons", "missing", "applicant", "anchored_with_level2_leader", "assessed_by", "channel", "form", "cost", "follow_up_kjernegruppen"],
                "additionalProperties": false
            },
            "access_deadline": {
                "type": "object",
                "properties": {
                    "meeting": {"$ref": "#/$defs/date"},
                    "cut_off": {"$ref": "#/$defs/date"},
                    "cut_off_time": {"const": "12:00"},
                    "days_left": {"type": "integer"},
                    "missed_meeting": {"anyOf": [{"$ref": "#/$defs/date"}, {"type": "null"}]}
                },
                "required": ["meeting", "cut_off", "cut_off_time", "days_left", "missed_meeting"],
                "additionalProperties": false
            }
        }
    });
    let mut schema = schema;
    shared_flat_defs(&mut schema, &facts, &codes);
    bound_decision(&mut schema, Fact::METHOD);
    let mut out = serde_json::to_string_pretty(&schema).unwrap();
    out.push('\n');
    out
}

/// The parameter file's schema (`helserett.params/1`), from the kernel's parameter list.
fn render_params_schema() -> String {
    use serde_json::json;
    let case: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(root().join("kernel/schema/case.schema.json")).unwrap(),
    )
    .unwrap();
    let ids: Vec<&str> = helserett::ParamId::ALL.iter().map(|p| p.name()).collect();
    let units: Vec<&str> = helserett::params::Unit::ALL
        .iter()
        .map(|u| u.name())
        .collect();
    let schema = json!({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": helserett::json::PARAMS_SCHEMA,
        "title": format!("helserett parameter table, version {}", helserett::json::PARAMS_SCHEMA),
        "description": "A table of dated parameters (RULES.md section P) for the kernel: each entry a value in force on [from, until) with its source. The call says whether it overlays the built-in table (each parameter it names takes its entries) or replaces it. Checked when read: a known id, the parameter's unit, a value within the unit's range, from before until, no two entries of one parameter in force on the same day. GENERATED by kernel/tests/generated.rs.",
        "type": "object",
        "properties": {
            "schema": {"const": helserett::json::PARAMS_SCHEMA},
            "parameters": {
                "type": "array",
                "maxItems": helserett::json::MAX_PARAM_ENTRIES,
                "items": {
                    "type": "object",
                    "properties": {
                        "id": {"enum": ids},
                        "value": {"type": "integer", "minimum": 0},
                        "unit": {"description": "Optional: when given, it must be the parameter's unit.", "enum": units},
                        "from": {"anyOf": [{"$ref": "#/$defs/date"}, {"type": "null"}], "description": "First day in force; absent: since before any case."},
                        "until": {"anyOf": [{"$ref": "#/$defs/date"}, {"type": "null"}], "description": "First day no longer in force; absent: still in force."},
                        "source": {"type": "string", "minLength": 1, "maxLength": helserett::json::MAX_PARAM_SOURCE, "pattern": "^[^\\u0000-\\u001f\\u007f-\\u009f]*$", "description": "The law or publication the value comes from, with a URL where there is one: it is cited in every decision that uses the entry. No control characters (it is printed in listings)."},
                        "note": {"type": "string", "maxLength": helserett::json::MAX_PARAM_SOURCE, "pattern": "^[^\\u0000-\\u001f\\u007f-\\u009f]*$", "description": "For the people who keep the table; not in decisions. No control characters."}
                    },
                    "required": ["id", "value", "source"],
                    "additionalProperties": false
                }
            },
            "estimate": {
                "description": "Whether a year the table lacks is estimated (issue 24): null or absent, never (the default); an object, carried forward from the latest sourced value before it, uprated by uprate_bp_per_year basis points a year (10000 when absent: unchanged). Every amount so computed is marked estimated, the decision lists each estimate with its basis, and the receipt records the setting.",
                "anyOf": [
                    {"type": "null"},
                    {
                        "type": "object",
                        "properties": {"uprate_bp_per_year": {"type": "integer", "minimum": helserett::estimate::Estimate::MIN_UPRATE_BP, "maximum": helserett::estimate::Estimate::MAX_UPRATE_BP}},
                        "additionalProperties": false
                    }
                ]
            }
        },
        "required": ["schema", "parameters"],
        "additionalProperties": false,
        "$defs": {"date": case["$defs"]["date"].clone()}
    });
    let mut out = serde_json::to_string_pretty(&schema).unwrap();
    out.push('\n');
    out
}

#[test]
fn params_schema_is_fresh() {
    fresh("kernel/schema/params.schema.json", &render_params_schema());
}

/// The field reference integrators read (`docs/fields.md`, installed to `share/helserett/`):
/// every fact of every case kind with its kind, allowed values, rule and question, from the
/// fact table.
fn render_field_reference() -> String {
    use helserett::fact::CaseKind;
    use helserett::Lang;
    let mut o = String::from(
        "# Field reference\n\n\
         GENERATED from the fact table (`kernel/src/fact/table.rs`) by `kernel/tests/generated.rs`\n\
         (`HELSERETT_REGEN=1 cargo test -p helserett --test generated`). Every field may be absent or\n\
         `null` (unknown) unless marked required. Money is whole øre; dates are `YYYY-MM-DD`.\n",
    );
    let kinds = [
        (
            CaseKind::Outbound,
            helserett::case::CASE_SCHEMA,
            "A Norwegian resident treated abroad (seeds 000, 001, 003)",
        ),
        (
            CaseKind::Inbound,
            helserett::json::INBOUND_CASE_SCHEMA,
            "A foreign patient on a temporary stay in a Norwegian hospital (seed 002)",
        ),
        (
            CaseKind::Method,
            helserett::json::METHOD_CASE_SCHEMA,
            "A method not approved in Norway (seed 004)",
        ),
    ];
    for (kind, schema, title) in kinds {
        writeln!(o, "\n## `{schema}`: {title}\n").unwrap();
        o.push_str("| field | answer | allowed | rule | question (bokmål / English) |\n|---|---|---|---|---|\n");
        o.push_str("| `schema` | text | `");
        o.push_str(schema);
        o.push_str("` | | |\n| `evaluation_date` | date | required | C-06 | |\n");
        o.push_str("| `id` | text | at most 64 bytes, echoed into the decision | | |\n");
        if kind == CaseKind::Outbound {
            o.push_str("| `declined` | list of field paths | facts of this table, each once | C-04 | (\"vet ikke\") |\n");
        }
        for f in kind.facts() {
            let path = if f.per_date() {
                f.path()
                    .replacen("treatment.dates.", "treatment.dates[].", 1)
            } else {
                f.path().to_string()
            };
            let allowed = match f.kind() {
                AnswerKind::Choice(options) | AnswerKind::Choices(options) => options
                    .iter()
                    .map(|o| format!("`{o}`"))
                    .collect::<Vec<_>>()
                    .join(", "),
                AnswerKind::Number => {
                    let r = f.range().unwrap();
                    format!("{}..={}", r.start(), r.end())
                }
                AnswerKind::Amount => "0..=10^15 øre".into(),
                AnswerKind::Text => format!("at most {} bytes", f.capacity().unwrap_or(0)),
                AnswerKind::Dates => {
                    "1..=8 dates, each `{\"date\": …}` with its per-date fields".into()
                }
                AnswerKind::Country => "ISO 3166-1 alpha-2".into(),
                AnswerKind::YesNo => "`true`, `false`".into(),
                AnswerKind::Date => "`YYYY-MM-DD`".into(),
            };
            writeln!(
                o,
                "| `{path}` | {} | {allowed} | {} | {} / {} |",
                f.kind().name(),
                f.rule(),
                f.question(Lang::Nb),
                f.question(Lang::En)
            )
            .unwrap();
        }
    }
    o
}

#[test]
fn field_reference_is_fresh() {
    fresh("docs/fields.md", &render_field_reference());
}

/// Python's schema names, one pair per kind, from the kernel's case kinds: the only place the
/// Python package names a kind (issue 25). The kind a case without a `schema` is keeps the
/// names without a prefix (`CASE_SCHEMA`); the others are prefixed (`INBOUND_CASE_SCHEMA`).
fn render_python_schemas() -> String {
    use helserett::fact::CaseKind;
    let default = CaseKind::of_schema("");
    let mut o = String::from(
        "\"\"\"GENERATED from the kernel's case kinds by `kernel/tests/generated.rs` (run\n\
         `HELSERETT_REGEN=1 cargo test -p helserett --test generated`): do not edit.\n\n\
         The kinds of case, and each kind's case and decision schema names.\"\"\"\n\n\
         from typing import List\n\n",
    );
    let mut names = vec!["CASE_KINDS".to_string(), "DEFAULT_KIND".to_string()];
    writeln!(
        o,
        "#: Every kind of case the kernel decides, by the name `evaluate_columns(kind=...)` takes."
    )
    .unwrap();
    let kinds: Vec<String> = CaseKind::ALL
        .iter()
        .map(|k| format!("{:?}", k.as_str()))
        .collect();
    writeln!(o, "CASE_KINDS: List[str] = [{}]", kinds.join(", ")).unwrap();
    writeln!(o, "#: The kind of a case without a `schema`.").unwrap();
    writeln!(o, "DEFAULT_KIND: str = {:?}", default.as_str()).unwrap();
    for k in CaseKind::ALL {
        let prefix = if *k == default {
            String::new()
        } else {
            format!("{}_", k.as_str().to_ascii_uppercase())
        };
        writeln!(o, "#: The {} case's schema.", k.as_str()).unwrap();
        writeln!(o, "{prefix}CASE_SCHEMA: str = {:?}", k.case_schema()).unwrap();
        writeln!(o, "#: The {} decision's schema.", k.as_str()).unwrap();
        writeln!(
            o,
            "{prefix}DECISION_SCHEMA: str = {:?}",
            helserett::any::decision_schema(*k)
        )
        .unwrap();
        names.push(format!("{prefix}CASE_SCHEMA"));
        names.push(format!("{prefix}DECISION_SCHEMA"));
    }
    o.push_str("\n__all__ = [\n");
    for n in names {
        writeln!(o, "    {n:?},").unwrap();
    }
    o.push_str("]\n");
    o
}

#[test]
fn python_schemas_are_fresh() {
    fresh(
        "python/python/helserett/_schemas.py",
        &render_python_schemas(),
    );
}

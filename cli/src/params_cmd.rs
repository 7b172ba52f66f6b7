//! `helserett params check FILE` and `helserett params template YEAR` (issue 24): the yearly
//! routine of an operator who keeps the rates current. `check` reads the file as every
//! interface reads it (the kernel's reader: schema, overlaps, ranges, sources present, no
//! control characters) and lists, per parameter, the years up to YEAR it still lacks;
//! `template` writes a file for YEAR with every value the table lacks left to fill in, each
//! parameter's known entries kept (a file's entries replace the built-in ones of the same
//! parameter) and the source required.

use helserett::json::{params_from_json, ParamsMode};
use helserett::params::{ParamId, Params};
use helserett::{Date, Lang};
use std::io::Write;
use std::process::ExitCode;

/// `params check FILE [YEAR]`: exit 0 when the file is valid and lacks nothing up to YEAR, 1
/// when it is valid but lacks values (listed), 3 when it is refused (the error names the
/// entry), 2 when it cannot be read.
pub fn check(path: &str, year: u16, lang: Lang) -> ExitCode {
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("helserett: cannot read {path}: {e}");
            return ExitCode::from(2);
        }
    };
    let table = match params_from_json(&bytes, ParamsMode::Overlay) {
        Ok(t) => t,
        Err(e) => {
            println!(
                "{path}: refused: error {} ({}): {e}",
                e.code(),
                e.kind.name()
            );
            return ExitCode::from(3);
        }
    };
    let entries = table.entries();
    let Ok(params) = Params::new(&entries) else {
        return ExitCode::from(3);
    };
    let mut out = std::io::stdout().lock();
    let _ = writeln!(
        out,
        "{path}: valid ({} entries with the built-in ones it does not replace)",
        entries.len()
    );
    let mut missing = 0;
    for id in ParamId::ALL {
        let gaps: Vec<String> = params
            .gaps(id, 2019, year)
            .map(|(y, covered, days)| match covered {
                0 => y.to_string(),
                c => format!("{y} ({c}/{days} days)"),
            })
            .collect();
        if !gaps.is_empty() {
            missing += gaps.len();
            let _ = writeln!(
                out,
                "  {id} ({}): no value for {}",
                id.label(lang),
                gaps.join(", ")
            );
        }
    }
    if missing == 0 {
        let _ = writeln!(out, "  every rate is entered for 2019-{year}");
        return ExitCode::SUCCESS;
    }
    let _ = writeln!(
        out,
        "{missing} parameter-years still without a value (2019-{year})"
    );
    ExitCode::from(1)
}

/// `params template YEAR [FILE]`: a `helserett.params/1` file on standard output with, for every
/// parameter that lacks a value in YEAR in the table (built-in, or FILE overlaid), its known
/// entries and one entry per missing period of YEAR whose `value` and `source` are to be filled
/// in (the reader refuses the file until they are).
pub fn template(year: u16, base: Params<'_>) -> ExitCode {
    let mut entries: Vec<serde_json::Value> = Vec::new();
    for id in ParamId::ALL {
        let gaps: Vec<(Date, Date)> = base.gap_periods(id, year).collect();
        if gaps.is_empty() || base.gaps(id, year, year).next().is_none() {
            continue;
        }
        for e in base.entries().iter().filter(|e| e.id == id) {
            entries.push(serde_json::json!({
                "id": id.name(),
                "value": e.value,
                "unit": id.unit().name(),
                "from": e.from.map(|d| d.to_string()),
                "until": e.until.map(|d| d.to_string()),
                "source": helserett::catalogue::source(e.source, Lang::En),
            }));
        }
        for (from, until) in gaps {
            entries.push(serde_json::json!({
                "id": id.name(),
                "value": null,
                "unit": id.unit().name(),
                "from": from.to_string(),
                "until": until.to_string(),
                "source": "",
                "note": format!(
                    "fill in: {} from {from} until {until} ({}), and the source (regulation, page, date)",
                    id.label(Lang::En),
                    id.unit().name()
                ),
            }));
        }
    }
    let file = serde_json::json!({
        "schema": helserett::json::PARAMS_SCHEMA,
        "parameters": entries,
    });
    let mut out = std::io::stdout().lock();
    let text = serde_json::to_string_pretty(&file).unwrap_or_default();
    match writeln!(out, "{text}") {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("helserett: cannot write: {e}");
            ExitCode::from(2)
        }
    }
}

//! `helserett`: reads a case (JSON, from a file or standard input) and prints the decision as
//! JSON, or with `--explain` a readable summary in bokmål (`--lang nb`) or English; with
//! `--batch`, one case per line in (JSON Lines) and one decision per line out. The case's
//! `schema` field says which kind it is (treatment abroad, a foreign patient in a Norwegian
//! hospital, a method not approved): the kernel reads it.

use helserett::json::{params_from_json, ParamTable, ParamsMode};
use helserett::{evaluate_json_with, AnyCase, Error, Lang, Params};
use std::io::{BufRead, IsTerminal, Read, Write};
use std::process::ExitCode;

mod params_cmd;

const HELP: &str = "\
helserett: decides a case of Norwegian cross-border health care and prints the decision:
a Norwegian resident treated abroad (EEA refund, treatment abroad, waiting-time routes, EHIC,
treatment trips; helserett.case/2), or a patient living abroad on a temporary stay in a
Norwegian hospital (entitlement, payer, documents, next steps; helserett.inbound_case/1), or a
method not approved in Norway (routes, who applies and assesses, cost, cut-off;
helserett.method_case/1): the case's \"schema\" field chooses.

usage: helserett [--explain | --view] [--lang nb|en] [--params FILE | --params-replace FILE]
                 [--estimate[=BP]] [CASE.json | -]
       helserett --batch [--explain | --view] [--lang nb|en] [--params FILE | ...] [CASES.jsonl | -]
       helserett params [--lang nb|en] [--params FILE | --params-replace FILE]
       helserett --version | --help

  CASE.json    the case (helserett.case/2, helserett.inbound_case/1 or
               helserett.method_case/1); `-` or nothing
               reads standard input
  --explain    a readable summary instead of the decision JSON
  --view       the answer as a patient reads it (a Norwegian resident's case): no rule
               codes, dates and amounts written out, what Helfo still settles; the summary
               for the other kinds
  --lang L     the summary's language: nb (default) or en; also --lang=L
  --batch      JSON Lines: one case per line in, one line out per case, in order: the
               decision JSON (with --explain or --view: the text, as one JSON string), or
               {\"line\":N,\"id\":ID|null,\"error\":{code,kind,path,message}}; blank lines
               are skipped; progress on standard error every 10 000 lines
  --params F   a parameter table (helserett.params/1) overlaid on the built-in one: each
               parameter it names takes its entries (for example the Nye metoder meeting
               calendar, P-MET-MEETINGS); --params-replace F uses it instead of the built-in
  params       lists the parameter table in use (built-in, or with --params) and, for every
               parameter, the years from 2019 to this year it has no value for: what an
               operator must supply
  params check FILE [YEAR]
               checks an operator's parameter file (schema, overlaps, ranges, sources, no
               control characters) and lists the years up to YEAR (default this year) it
               still lacks; exit 0 complete, 1 valid with gaps, 3 refused
  params template YEAR
               writes a parameter file for YEAR with every missing value left to fill in
               (value and source), each parameter's known entries kept (with --params, the
               operator's file is the base)
  --estimate[=BP]
               a year the table lacks is estimated from the latest sourced value before it,
               uprated by BP basis points a year (10000, the default: unchanged); every amount
               so computed is marked estimated («anslag») and the receipt says so
  --version    the kernel version and the schema versions

exit codes: 0 decided (every line, with --batch); 1 some --batch line was refused;
            2 usage or input/output error; 3 the case was refused (the error names the field)";

/// What the command line asks for.
struct Args {
    explain: bool,
    view: bool,
    lang: Lang,
    batch: bool,
    path: Option<String>,
    params: Option<(String, ParamsMode)>,
    /// `--estimate[=BP]`: estimate a year the table lacks, uprated by BP a year (issue 24).
    estimate: Option<u32>,
    /// Words after `params` (`check FILE`, `template YEAR`).
    rest: Vec<String>,
}

fn main() -> ExitCode {
    let args = match parse_args() {
        Ok(Some(a)) => a,
        Ok(None) => return ExitCode::SUCCESS,
        Err(why) => return usage(&why),
    };
    let listing = args.path.as_deref() == Some("params");
    if !listing && args.path.as_deref().is_none_or(|p| p == "-") && std::io::stdin().is_terminal() {
        eprintln!(
            "helserett: reading the case from the terminal; end it with Ctrl-D (--help for more)"
        );
    }
    let table = match &args.params {
        None => None,
        Some((path, mode)) => match read_params(path, *mode) {
            Ok(t) => Some(t),
            Err(code) => return code,
        },
    };
    let entries = table.as_ref().map(ParamTable::entries);
    // A table read from a file was checked when it was read. The call's --estimate, else the
    // file's "estimate" (`ParamTable::with_params` is the file's alone), says whether a year
    // the table lacks is estimated.
    let estimate = args
        .estimate
        .map(|bp| helserett::estimate::Estimate {
            uprate_bp_per_year: bp,
        })
        .or(table.as_ref().and_then(ParamTable::estimate));
    let params = match &entries {
        Some(e) => Params::new(e).unwrap_or(Params::builtin()),
        None => Params::builtin(),
    }
    .with_estimate(estimate);
    if listing {
        return match args.rest.iter().map(String::as_str).collect::<Vec<_>>()[..] {
            [] => list_params(params, args.lang),
            ["check", file] => params_cmd::check(file, this_year(), args.lang),
            ["check", file, year] => match year.parse() {
                Ok(y) => params_cmd::check(file, y, args.lang),
                Err(_) => usage("params check FILE [YEAR]"),
            },
            ["template", year] => match year.parse() {
                Ok(y) => params_cmd::template(y, params),
                Err(_) => usage("params template YEAR"),
            },
            _ => usage("params [check FILE [YEAR] | template YEAR]"),
        };
    }
    if args.batch {
        let text = (args.explain || args.view).then_some((args.lang, args.view));
        return batch(args.path.as_deref(), params, text);
    }
    let input = match read_input(args.path.as_deref()) {
        Ok(b) => b,
        Err(e) => {
            let name = args.path.as_deref().unwrap_or("standard input");
            eprintln!("helserett: cannot read the case from {name}: {e}");
            return ExitCode::from(2);
        }
    };
    let mut out = std::io::stdout().lock();
    let text = (args.explain || args.view).then_some((args.lang, args.view));
    let mut buf = Vec::new();
    let written = match decide(&input, params, text, &mut buf) {
        Ok(text) => out.write_all(text).and_then(|_| writeln!(out)),
        Err(e) => {
            eprintln!("helserett: error {} ({}): {e}", e.code(), e.kind.name());
            return ExitCode::from(3);
        }
    };
    match written {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("helserett: cannot write: {e}");
            ExitCode::from(2)
        }
    }
}

/// One case in, its decision out: JSON, or text in a language (the summary, or with `view`
/// what the person in front of the screen reads). The case's kind comes from its `schema`
/// field, read by the kernel (`AnyCase`): nothing here names a kind.
///
/// `buf` is the caller's, kept from one case to the next (a batch zeroes and frees no 32 KB
/// per line); the answer is the slice of it returned.
fn decide<'b>(
    input: &[u8],
    params: Params<'_>,
    text: Option<(Lang, bool)>,
    buf: &'b mut Vec<u8>,
) -> Result<&'b [u8], Error> {
    let Some((lang, view)) = text else {
        // The kernel's own JSON path: read, checked once, decided and written where it was
        // made. The buffer holds the longest decision of any kind (`tests/json_max.rs` works
        // it out from the schemas), so every decision fits and is written in one pass
        // (issue 29).
        let room = helserett::json::MAX_ANY_DECISION_JSON;
        if buf.len() < room {
            buf.resize(room, 0);
        }
        let n = evaluate_json_with(input, params, buf)?;
        return Ok(&buf[..n]);
    };
    let text = AnyCase::from_json(input)?.decide(params, |d| {
        let text = if view { d.view(lang) } else { d.explain(lang) };
        Ok::<_, Error>(text.to_string())
    })?;
    buf.clear();
    buf.extend_from_slice(text.trim_end().as_bytes());
    Ok(&buf[..])
}

/// `Ok(None)`: the help or the version was printed.
fn parse_args() -> Result<Option<Args>, String> {
    let mut a = Args {
        explain: false,
        view: false,
        lang: Lang::Nb,
        batch: false,
        path: None,
        params: None,
        estimate: None,
        rest: Vec::new(),
    };
    let mut it = std::env::args().skip(1);
    while let Some(arg) = it.next() {
        let (flag, inline) = match arg.split_once('=') {
            Some((f, v)) if f.starts_with("--") => (f.to_string(), Some(v.to_string())),
            _ => (arg.clone(), None),
        };
        match flag.as_str() {
            "--explain" => a.explain = true,
            "--view" => a.view = true,
            "--params" | "--params-replace" => {
                let mode = if flag == "--params" {
                    ParamsMode::Overlay
                } else {
                    ParamsMode::Replace
                };
                let file = inline
                    .or_else(|| it.next())
                    .ok_or("--params takes a file")?;
                if a.params.is_some() {
                    return Err("one parameter table at a time".into());
                }
                a.params = Some((file, mode));
            }
            "--batch" => a.batch = true,
            "--estimate" => {
                let bp = match inline {
                    None => 10_000,
                    Some(v) => v
                        .parse::<u32>()
                        .map_err(|_| "--estimate=BP takes basis points")?,
                };
                let range = helserett::estimate::Estimate::MIN_UPRATE_BP
                    ..=helserett::estimate::Estimate::MAX_UPRATE_BP;
                if !range.contains(&bp) {
                    return Err("--estimate=BP: from 5000 to 15000 basis points a year".into());
                }
                a.estimate = Some(bp);
            }
            "--lang" => {
                let value = inline.or_else(|| it.next());
                a.lang = value
                    .as_deref()
                    .and_then(Lang::parse)
                    .ok_or("--lang takes nb or en")?;
            }
            "-h" | "--help" => {
                println!("{HELP}");
                return Ok(None);
            }
            "-V" | "--version" => {
                println!(
                    "helserett {} (reads {}, {} and {}; writes {}, {} and {})",
                    helserett::VERSION,
                    helserett::json::CASE_SCHEMA,
                    helserett::json::INBOUND_CASE_SCHEMA,
                    helserett::json::METHOD_CASE_SCHEMA,
                    helserett::decision::DECISION_SCHEMA,
                    helserett::inbound::decision::INBOUND_DECISION_SCHEMA,
                    helserett::methods::decision::METHOD_DECISION_SCHEMA
                );
                return Ok(None);
            }
            f if f.starts_with('-') && f != "-" => return Err(format!("unknown option {f}")),
            _ if a.path.is_none() => a.path = Some(arg),
            _ if a.path.as_deref() == Some("params") => a.rest.push(arg),
            _ => return Err("more than one case file".into()),
        }
    }
    Ok(Some(a))
}

fn usage(why: &str) -> ExitCode {
    eprintln!("helserett: {why}\nusage: helserett [--explain | --view] [--lang nb|en] [--batch] [CASE.json | -] (--help for more)");
    ExitCode::from(2)
}

/// `helserett params`: the table in use, entry by entry, and each parameter's years without a
/// value from 2019 (the first year the research covers) to this year.
fn list_params(params: Params<'_>, lang: Lang) -> ExitCode {
    let this_year = this_year();
    let mut out = std::io::stdout().lock();
    let mut gaps_total = 0;
    for id in helserett::ParamId::ALL {
        let _ = writeln!(out, "{id}  {} [{}]", id.label(lang), id.unit().name());
        for e in params.entries().iter().filter(|e| e.id == id) {
            let from = e.from.map_or("…".to_string(), |d| d.to_string());
            let until = e.until.map_or("…".to_string(), |d| d.to_string());
            let source = helserett::catalogue::source(e.source, lang);
            let _ = writeln!(out, "  {:>12}  [{from}, {until})  {source}", e.value);
        }
        let gaps: Vec<String> = params
            .gaps(id, 2019, this_year)
            .map(|(y, covered, days)| match covered {
                0 => y.to_string(),
                c => format!("{y} ({c}/{days} days)"),
            })
            .collect();
        if helserett::params::NO_BUILTIN_VALUE.contains(&id) {
            let _ = writeln!(out, "  caller-supplied: no source gives a value");
        } else if id.unit() == helserett::params::Unit::Flag {
            // A flag's absence is "not in force", not a missing value.
            let _ = writeln!(out, "  a flag: not in force where no entry is");
        } else if gaps.is_empty() {
            let _ = writeln!(out, "  2019-{this_year}: in force every day");
        } else {
            gaps_total += gaps.len();
            let _ = writeln!(
                out,
                "  no value in 2019-{this_year} for: {}",
                gaps.join(", ")
            );
        }
    }
    let _ = writeln!(
        out,
        "\n{gaps_total} parameter-years without a value (2019-{this_year})"
    );
    ExitCode::SUCCESS
}

/// This calendar year, from the system clock (the CLI's own default; the kernel has no clock).
fn this_year() -> u16 {
    let days = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() / 86_400) as i32;
    helserett::Date::ymd(1970, 1, 1)
        .add_days(days)
        .map_or(2026, |d| d.year())
}

/// Reads and checks a parameter file; on failure the message is printed and the exit code
/// returned.
fn read_params(path: &str, mode: ParamsMode) -> Result<ParamTable, ExitCode> {
    let bytes = std::fs::read(path).map_err(|e| {
        eprintln!("helserett: cannot read the parameter table from {path}: {e}");
        ExitCode::from(2)
    })?;
    params_from_json(&bytes, mode).map_err(|e| {
        eprintln!(
            "helserett: {path}: error {} ({}): {e}",
            e.code(),
            e.kind.name()
        );
        ExitCode::from(3)
    })
}

fn read_input(path: Option<&str>) -> std::io::Result<Vec<u8>> {
    match path {
        None | Some("-") => {
            let mut b = Vec::new();
            std::io::stdin().read_to_end(&mut b)?;
            Ok(b)
        }
        Some(p) => std::fs::read(p),
    }
}

/// JSON Lines in, one line out per case, in order: the decision JSON, or with `text` (the
/// summary or the patient's view) that text as one JSON string; a refused line is the one
/// error shape every batch writes (`error_line`).
fn batch(path: Option<&str>, params: Params<'_>, text: Option<(Lang, bool)>) -> ExitCode {
    let reader: Box<dyn BufRead> = match path {
        None | Some("-") => Box::new(std::io::stdin().lock()),
        Some(p) => match std::fs::File::open(p) {
            Ok(f) => Box::new(std::io::BufReader::new(f)),
            Err(e) => {
                eprintln!("helserett: cannot read the cases from {p}: {e}");
                return ExitCode::from(2);
            }
        },
    };
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    let (mut decided, mut refused) = (0u64, 0u64);
    let mut buf = Vec::new();
    for (i, line) in reader.split(b'\n').enumerate() {
        let line = match line {
            Ok(l) => l,
            Err(e) => {
                eprintln!("helserett: cannot read line {}: {e}", i + 1);
                return ExitCode::from(2);
            }
        };
        if line.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        // Progress before a line past each 10 000, so that the last count is said once, by
        // the closing summary.
        let done = decided + refused;
        if done > 0 && done % 10_000 == 0 {
            eprintln!("helserett: {done} lines, {decided} decided, {refused} refused");
        }
        let written = match decide(&line, params, text, &mut buf) {
            Ok(answer) => {
                decided += 1;
                match text {
                    None => out.write_all(answer),
                    Some(_) => {
                        out.write_all(json_string(&String::from_utf8_lossy(answer)).as_bytes())
                    }
                }
                .and_then(|_| writeln!(out))
            }
            Err(e) => {
                refused += 1;
                eprintln!("line {}: {e}", i + 1);
                let id = helserett::json::caller_id_of_json(&line);
                writeln!(out, "{}", error_line(i + 1, id.as_deref(), &e))
            }
        };
        if let Err(e) = written {
            eprintln!("helserett: cannot write: {e}");
            return ExitCode::from(2);
        }
    }
    if let Err(e) = out.flush() {
        eprintln!("helserett: cannot write: {e}");
        return ExitCode::from(2);
    }
    eprintln!("helserett: {decided} decided, {refused} refused");
    if refused > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

/// The error line of a batch, the same shape everywhere (the CLI, `epj_batch`):
/// `{"line":N,"id":ID or null,"error":{"code":C,"kind":K,"path":P,"message":M}}`, with the
/// case's `id` whenever it could be read, so that the answer names its request.
fn error_line(line: usize, id: Option<&str>, e: &Error) -> String {
    format!(
        "{{\"line\":{line},\"id\":{},\"error\":{{\"code\":{},\"kind\":\"{}\",\"path\":{},\"message\":{}}}}}",
        id.map_or("null".into(), json_string),
        e.code(),
        e.kind.name(),
        json_string(&e.path.to_string()),
        json_string(&e.to_string())
    )
}

/// A JSON string literal (the error texts are the kernel's, control characters escaped).
fn json_string(s: &str) -> String {
    let mut o = String::with_capacity(s.len() + 2);
    o.push('"');
    for c in s.chars() {
        match c {
            '"' => o.push_str("\\\""),
            '\\' => o.push_str("\\\\"),
            c if c.is_control() => o.push_str(&format!("\\u{:04x}", c as u32)),
            c => o.push(c),
        }
    }
    o.push('"');
    o
}

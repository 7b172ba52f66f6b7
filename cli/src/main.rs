//! `helserett`: reads a case (JSON, from a file or standard input) and prints the decision as
//! JSON, or with `--explain` a readable summary in bokmål (`--lang nb`) or English.
//!
//! Exit codes: 0 decided; 2 usage; 3 the case was rejected (the error names the field).

use helserett::{case_from_json, decision_to_json, evaluate, explain, Lang};
use std::io::{Read, Write};
use std::process::ExitCode;

const USAGE: &str = "usage: helserett [--explain] [--lang nb|en] [CASE.json | -]";

fn main() -> ExitCode {
    let mut explain_it = false;
    let mut lang = Lang::Nb;
    let mut path: Option<String> = None;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--explain" => explain_it = true,
            "--lang" => match args.next().as_deref().and_then(Lang::parse) {
                Some(l) => lang = l,
                None => return usage("--lang takes nb or en"),
            },
            "-h" | "--help" => {
                println!("{USAGE}");
                return ExitCode::SUCCESS;
            }
            _ if path.is_none() => path = Some(a),
            _ => return usage("more than one case file"),
        }
    }
    let input = match read_input(path.as_deref()) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("helserett: cannot read the case: {e}");
            return ExitCode::from(2);
        }
    };
    let decided = case_from_json(&input).and_then(|case| evaluate(&case));
    let decision = match decided {
        Ok(d) => d,
        Err(e) => {
            eprintln!("helserett: error {} ({}): {e}", e.code(), e.kind.name());
            return ExitCode::from(3);
        }
    };
    let mut out = std::io::stdout().lock();
    let written = if explain_it {
        write!(out, "{}", explain(&decision, lang))
    } else {
        let mut buf = vec![0u8; helserett::json::json_len(&decision)];
        match decision_to_json(&decision, &mut buf) {
            Ok(n) => out.write_all(&buf[..n]).and_then(|_| writeln!(out)),
            Err(e) => {
                eprintln!("helserett: {e}");
                return ExitCode::from(3);
            }
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

fn usage(why: &str) -> ExitCode {
    eprintln!("helserett: {why}\n{USAGE}");
    ExitCode::from(2)
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

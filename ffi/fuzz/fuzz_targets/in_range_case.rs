//! Structure-aware: an arbitrary case with every fact in range (issue 13), built through the
//! kernel's fact table from the fuzzer's bytes: each fact unknown or a value of its kind within
//! its range (any whole number in a number's range, any option of a choice, any set of stages,
//! a date from 1990 to 2100, a country from the kernel's own list or an unlisted code, a short
//! text). The case must decide (no internal error: only a contradiction between two facts, such
//! as an invoice before its treatment, a past-only date after the evaluation date, or a product
//! of in-range facts past 10^15 øre may refuse it, and then at a named field), and every
//! interface must give the same decision: the typed Rust call, the JSON written and read back,
//! the C JSON entry point and the C struct path.
#![no_main]

use helserett::kernel::case::{Stage, Stages, TreatmentDate, MAX_TREATMENT_DATES};
use helserett::kernel::question::AnswerKind;
use helserett::kernel::{self, Case, Country, Date, ErrorKind, Fact, Value};
use helserett::*;
use libfuzzer_sys::arbitrary::{Result, Unstructured};
use libfuzzer_sys::fuzz_target;
use std::ptr::null_mut;

const COUNTRIES: [&str; 12] = [
    "NO", "DE", "SE", "DK", "FR", "CH", "GB", "US", "AX", "PL", "IS", "ZZ",
];
/// In-range place names: one byte, non-ASCII, and exactly the 48-byte capacity (an empty name
/// is not in range: unknown is `None`).
const TEXTS: [&str; 5] = [
    "Nesna",
    "Mo i Rana",
    "Tromsø",
    "Kvitsøy, Rogaland, ved Stavanger, Norge (Vest)x",
    "Å",
];
const _: () = assert!(TEXTS[3].len() == 48);

fn date(u: &mut Unstructured<'_>) -> Result<Date> {
    let days = u.int_in_range(0..=40_000)?;
    Ok(Date::ymd(1990, 1, 1)
        .add_days(days)
        .unwrap_or(Date::ymd(2024, 1, 1)))
}

fn value<'a>(u: &mut Unstructured<'_>, f: Fact, text: &'a str) -> Result<Option<Value<'a>>> {
    if u.ratio(1, 5)? {
        return Ok(None);
    }
    Ok(Some(match f.kind() {
        AnswerKind::YesNo => Value::Bool(u.arbitrary()?),
        AnswerKind::Amount | AnswerKind::Number => {
            let r = f.range().unwrap_or(0..=1_000_000);
            Value::Int(u.int_in_range(*r.start()..=*r.end())?)
        }
        AnswerKind::Date => Value::Date(date(u)?),
        AnswerKind::Country => {
            let code = COUNTRIES[u.choose_index(COUNTRIES.len())?];
            match Country::parse(code) {
                Ok(c) => Value::Country(c),
                Err(_) => return Ok(None),
            }
        }
        AnswerKind::Choice(options) => Value::Choice(u.choose_index(options.len())? as u8),
        AnswerKind::Choices(_) => {
            let mut s = Stages::NONE;
            for stage in [Stage::Diagnostics, Stage::Treatment, Stage::FollowUp] {
                if u.arbitrary()? {
                    s = s.with(stage);
                }
            }
            Value::Stages(s)
        }
        AnswerKind::Text => Value::Text(text),
        AnswerKind::Dates => return Ok(None),
    }))
}

fn case(u: &mut Unstructured<'_>) -> Result<Case> {
    let mut c = Case::new(date(u)?);
    let n = u.int_in_range(0..=MAX_TREATMENT_DATES)?;
    let mut dates = Vec::with_capacity(n);
    for _ in 0..n {
        dates.push(TreatmentDate::on(date(u)?));
    }
    let _ = c.set(Fact::TreatmentDates, None, Some(Value::Dates(&dates)));
    for f in Fact::OUTBOUND {
        let text = TEXTS[u.choose_index(TEXTS.len())?];
        if f.per_date() {
            for i in 0..c.treatment.dates.len() {
                let v = value(u, *f, text)?;
                let _ = c.set(*f, Some(i), v);
            }
        } else if f.kind() != AnswerKind::Dates {
            let v = value(u, *f, text)?;
            // In range by construction: set refuses only what check refuses (never here).
            c.set(*f, None, v).expect("an in-range value");
        }
    }
    Ok(c)
}

fuzz_target!(|data: &[u8]| {
    let Ok(c) = case(&mut Unstructured::new(data)) else {
        return;
    };
    let typed = match kernel::evaluate(&c) {
        Ok(d) => d,
        // Two facts that contradict each other (an invoice before its treatment), a fact that
        // can only lie in the past dated after the evaluation date (issue 28), or in-range
        // facts whose product passes 10^15 øre (a fare times the round trips): refused, naming
        // the field (issue 13, `c_01_every_in_range_case_decides_or_names_its_field`).
        // Anything else is a broken promise.
        Err(e)
            if matches!(
                e.kind,
                ErrorKind::Inconsistent
                    | ErrorKind::AfterEvaluationDate
                    | ErrorKind::AmountOverflow
                    | ErrorKind::ProductOverflow { .. }
            ) && !e.path.is_root() =>
        {
            return
        }
        Err(e) => panic!("an in-range case did not decide: {e}"),
    };
    let mut want = vec![0u8; 64 * 1024];
    let n = kernel::decision_to_json(&typed, &mut want).expect("the decision fits");
    let mut case_json = vec![0u8; 16 * 1024];
    let m = kernel::case_to_json(&c, &mut case_json).expect("the case fits");
    let case_json = &case_json[..m];
    let mut got = vec![0u8; 64 * 1024];
    let mut k = 0usize;
    // SAFETY: valid pointers and lengths.
    let r = unsafe {
        helserett_evaluate_json(
            case_json.as_ptr().cast(),
            case_json.len(),
            std::ptr::null(),
            got.as_mut_ptr().cast(),
            got.len(),
            &mut k,
            null_mut(),
        )
    };
    assert_eq!(
        r,
        helserett_result::Ok,
        "{}",
        String::from_utf8_lossy(case_json)
    );
    assert_eq!(
        &got[..k],
        &want[..n],
        "the JSON path differs from the typed call"
    );
    let mut cc = std::mem::MaybeUninit::<helserett_case>::uninit();
    // SAFETY: valid pointers; written on success.
    let r = unsafe {
        helserett_case_from_json(
            case_json.as_ptr().cast(),
            case_json.len(),
            cc.as_mut_ptr(),
            null_mut(),
        )
    };
    assert_eq!(r, helserett_result::Ok);
    // SAFETY: written on success.
    let cc = unsafe { cc.assume_init() };
    let mut again = vec![0u8; 64 * 1024];
    let mut j = 0usize;
    // SAFETY: valid pointers.
    let r = unsafe {
        helserett_evaluate_case_json(&cc, std::ptr::null(), again.as_mut_ptr().cast(), again.len(), &mut j, null_mut())
    };
    assert_eq!(r, helserett_result::Ok);
    assert_eq!(
        &again[..j],
        &want[..n],
        "the C struct path differs from the typed call"
    );
});

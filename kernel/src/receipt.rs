//! The decision receipt: what produced a decision, so that a caseworker or an auditor can tell
//! afterwards which kernel, which schemas and which numbers were used. The table is named by
//! the SHA-256 of its canonical encoding ([`crate::params::table_sha256`]): the same case and
//! table give the same receipt on every interface and platform, and changing one entry
//! changes it.

use crate::date::Date;
use crate::params::Params;

/// The longest name a receipt carries (the kernel version, a case or decision schema), a
/// bound the decision schemas state (issue 29: the longest decision JSON is known).
pub const MAX_RECEIPT_NAME: usize = 32;

const _: () = assert!(crate::VERSION.len() <= MAX_RECEIPT_NAME);

/// The receipt in every decision.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "defmt", derive(defmt::Format))]
pub struct Receipt {
    /// The kernel version ([`crate::VERSION`]).
    pub kernel: &'static str,
    /// The case schema read.
    pub case_schema: &'static str,
    /// The decision schema written.
    pub decision_schema: &'static str,
    /// The evaluation date (C-06).
    pub evaluation_date: Date,
    /// SHA-256 of the parameter table used.
    pub params_sha256: [u8; 32],
    /// Whether a year the table lacks was estimated, and how (issue 24; `None`: never).
    pub estimate: Option<crate::estimate::Estimate>,
}

impl Receipt {
    /// The receipt for a decision of the given schemas on `evaluation_date` with `params`.
    pub(crate) fn new(
        case_schema: &'static str,
        decision_schema: &'static str,
        evaluation_date: Date,
        params: Params<'_>,
    ) -> Receipt {
        debug_assert!(case_schema.len().max(decision_schema.len()) <= MAX_RECEIPT_NAME);
        Receipt {
            kernel: crate::VERSION,
            case_schema,
            decision_schema,
            evaluation_date,
            params_sha256: params.sha256(),
            estimate: params.estimate(),
        }
    }

    /// The hash as 64 lower-case hex digits.
    pub fn params_sha256_hex(&self) -> [u8; 64] {
        let digits = b"0123456789abcdef";
        let mut out = [0u8; 64];
        for (i, b) in self.params_sha256.iter().enumerate() {
            out[2 * i] = digits[usize::from(b >> 4)];
            out[2 * i + 1] = digits[usize::from(b & 15)];
        }
        out
    }
}

impl serde::Serialize for Receipt {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let hex = self.params_sha256_hex();
        let hex = core::str::from_utf8(&hex).unwrap_or("");
        let mut st = s.serialize_struct("Receipt", 6)?;
        st.serialize_field("kernel", self.kernel)?;
        st.serialize_field("case_schema", self.case_schema)?;
        st.serialize_field("decision_schema", self.decision_schema)?;
        st.serialize_field("evaluation_date", &self.evaluation_date)?;
        st.serialize_field("params_sha256", hex)?;
        st.serialize_field("estimate", &self.estimate)?;
        st.end()
    }
}

//! Answers as the person at the front end reads them (issue 23): a patient at a kiosk or on a
//! web page. Written through `core::fmt` (no allocation), so the C kiosk, Python and the web
//! page print the same text; every word from the kernel's catalogue, dates and amounts as
//! Norwegians write them.

mod format;
mod outbound;
mod table;
mod texts;

pub use format::{Amount, LongDate};
pub use outbound::{patient_view, PatientView};
pub use table::{table_summary, TableSummary};
pub use texts::ViewText;

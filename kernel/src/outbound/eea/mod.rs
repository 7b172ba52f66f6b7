//! The EEA refund through Helfo (EEA-01..EEA-21): the scheme verdict, the amounts, travel,
//! deadlines and the document checklists.

pub(super) mod amounts;
pub(super) mod deadlines;
pub(super) mod documents;
pub(super) mod scheme;
pub(super) mod travel;

//! A name the kernel spells itself (an enum's JSON spelling, a reason code, a rule ID, a
//! fact's path): plain ASCII that never needs escaping. It is serialized as a unit variant,
//! which says so to a writer: the JSON writer copies it between quotes without scanning it
//! for bytes to escape, in the counting pass and in the writing pass (issue 29: scanning the
//! decision's fixed names was a fifth of writing one). Every other serializer (Python's, serde
//! JSON's) writes a unit variant as its name, a string, as before.

/// A fixed name, written as a JSON string.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Name(pub(crate) &'static str);

impl serde::Serialize for Name {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_unit_variant("Name", 0, self.0)
    }
}

//! Writing JSON into the caller's buffer with serde-json-core, and telling the size needed
//! when the buffer is too small.
//!
//! serde-json-core stops at the first byte that does not fit and cannot say how many were
//! needed, so [`json_len`] runs the same `Serialize` impl through a serializer that only counts,
//! byte for byte as serde-json-core writes (compact, the same string escapes). A test checks
//! the two agree on every shared vector.

use crate::error::{Error, ErrorKind};
use core::fmt;
use serde::ser::{self, Serialize};

/// Serialises `value` into `out`; a too-small `out` gives [`ErrorKind::BufferTooSmall`] with
/// the exact size needed and leaves `out` untouched (the size is counted first: outputs only
/// on success, at every interface).
pub fn to_slice<T: Serialize>(value: &T, out: &mut [u8]) -> Result<usize, Error> {
    let needed = json_len(value);
    if needed > out.len() {
        return Err(Error::at_root(ErrorKind::BufferTooSmall { needed }));
    }
    serde_json_core::to_slice(value, out)
        .map_err(|_| Error::at_root(ErrorKind::BufferTooSmall { needed }))
}

/// The number of bytes serde-json-core writes for `value`.
pub fn json_len<T: Serialize>(value: &T) -> usize {
    let mut c = Counter(0);
    // Counting cannot fail: every method below returns Ok.
    match value.serialize(&mut c) {
        Ok(()) => c.0,
        Err(Never) => 0,
    }
}

struct Counter(usize);

#[derive(Debug)]
struct Never;

impl fmt::Display for Never {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("never")
    }
}

impl core::error::Error for Never {}

impl ser::Error for Never {
    fn custom<T: fmt::Display>(_msg: T) -> Self {
        Never
    }
}

fn digits_u(mut v: u64) -> usize {
    let mut n = 1;
    while v >= 10 {
        v /= 10;
        n += 1;
    }
    n
}

fn digits_i(v: i64) -> usize {
    if v < 0 {
        1 + digits_u(v.unsigned_abs())
    } else {
        digits_u(v as u64)
    }
}

/// Bytes of a JSON string literal as serde-json-core escapes it.
fn str_len(s: &str) -> usize {
    2 + s
        .chars()
        .map(|c| match c {
            '\\' | '"' | '\u{8}' | '\t' | '\n' | '\u{c}' | '\r' => 2,
            '\u{0}'..='\u{1f}' => 6,
            _ => c.len_utf8(),
        })
        .sum::<usize>()
}

/// A compound (array or object) being counted: the opening bracket is counted at creation,
/// a comma before every element but the first, the closing bracket at the end.
struct Compound<'a> {
    c: &'a mut Counter,
    first: bool,
}

impl Compound<'_> {
    fn comma(&mut self) {
        if !self.first {
            self.c.0 += 1;
        }
        self.first = false;
    }
}

impl<'a> ser::Serializer for &'a mut Counter {
    type Ok = ();
    type Error = Never;
    type SerializeSeq = Compound<'a>;
    type SerializeTuple = Compound<'a>;
    type SerializeTupleStruct = Compound<'a>;
    type SerializeTupleVariant = ser::Impossible<(), Never>;
    type SerializeMap = Compound<'a>;
    type SerializeStruct = Compound<'a>;
    type SerializeStructVariant = ser::Impossible<(), Never>;

    fn serialize_bool(self, v: bool) -> Result<(), Never> {
        self.0 += if v { 4 } else { 5 };
        Ok(())
    }
    fn serialize_i8(self, v: i8) -> Result<(), Never> {
        self.serialize_i64(v as i64)
    }
    fn serialize_i16(self, v: i16) -> Result<(), Never> {
        self.serialize_i64(v as i64)
    }
    fn serialize_i32(self, v: i32) -> Result<(), Never> {
        self.serialize_i64(v as i64)
    }
    fn serialize_i64(self, v: i64) -> Result<(), Never> {
        self.0 += digits_i(v);
        Ok(())
    }
    fn serialize_u8(self, v: u8) -> Result<(), Never> {
        self.serialize_u64(v as u64)
    }
    fn serialize_u16(self, v: u16) -> Result<(), Never> {
        self.serialize_u64(v as u64)
    }
    fn serialize_u32(self, v: u32) -> Result<(), Never> {
        self.serialize_u64(v as u64)
    }
    fn serialize_u64(self, v: u64) -> Result<(), Never> {
        self.0 += digits_u(v);
        Ok(())
    }
    fn serialize_f32(self, _v: f32) -> Result<(), Never> {
        // The kernel has no floating point (C-01); nothing serialises one.
        Err(Never)
    }
    fn serialize_f64(self, _v: f64) -> Result<(), Never> {
        Err(Never)
    }
    fn serialize_char(self, v: char) -> Result<(), Never> {
        let mut b = [0u8; 4];
        self.serialize_str(v.encode_utf8(&mut b))
    }
    fn serialize_str(self, v: &str) -> Result<(), Never> {
        self.0 += str_len(v);
        Ok(())
    }
    fn serialize_bytes(self, _v: &[u8]) -> Result<(), Never> {
        Err(Never)
    }
    fn serialize_none(self) -> Result<(), Never> {
        self.0 += 4;
        Ok(())
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<(), Never> {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Result<(), Never> {
        self.serialize_none()
    }
    fn serialize_unit_struct(self, _name: &'static str) -> Result<(), Never> {
        self.serialize_none()
    }
    fn serialize_unit_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
    ) -> Result<(), Never> {
        self.serialize_str(variant)
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        value: &T,
    ) -> Result<(), Never> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        _index: u32,
        _variant: &'static str,
        _value: &T,
    ) -> Result<(), Never> {
        Err(Never)
    }
    fn serialize_seq(self, _len: Option<usize>) -> Result<Compound<'a>, Never> {
        self.0 += 1;
        Ok(Compound {
            c: self,
            first: true,
        })
    }
    fn serialize_tuple(self, len: usize) -> Result<Compound<'a>, Never> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_struct(
        self,
        _name: &'static str,
        len: usize,
    ) -> Result<Compound<'a>, Never> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_variant(
        self,
        _name: &'static str,
        _index: u32,
        _variant: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeTupleVariant, Never> {
        Err(Never)
    }
    fn serialize_map(self, _len: Option<usize>) -> Result<Compound<'a>, Never> {
        self.serialize_seq(None)
    }
    fn serialize_struct(self, _name: &'static str, _len: usize) -> Result<Compound<'a>, Never> {
        self.serialize_seq(None)
    }
    fn serialize_struct_variant(
        self,
        _name: &'static str,
        _index: u32,
        _variant: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeStructVariant, Never> {
        Err(Never)
    }
    fn collect_str<T: fmt::Display + ?Sized>(self, _value: &T) -> Result<(), Never> {
        Err(Never)
    }
}

impl ser::SerializeSeq for Compound<'_> {
    type Ok = ();
    type Error = Never;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Never> {
        self.comma();
        value.serialize(&mut *self.c)
    }
    fn end(self) -> Result<(), Never> {
        self.c.0 += 1;
        Ok(())
    }
}

impl ser::SerializeTuple for Compound<'_> {
    type Ok = ();
    type Error = Never;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Never> {
        ser::SerializeSeq::serialize_element(self, value)
    }
    fn end(self) -> Result<(), Never> {
        ser::SerializeSeq::end(self)
    }
}

impl ser::SerializeTupleStruct for Compound<'_> {
    type Ok = ();
    type Error = Never;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Never> {
        ser::SerializeSeq::serialize_element(self, value)
    }
    fn end(self) -> Result<(), Never> {
        ser::SerializeSeq::end(self)
    }
}

impl ser::SerializeMap for Compound<'_> {
    type Ok = ();
    type Error = Never;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<(), Never> {
        self.comma();
        key.serialize(&mut *self.c)?;
        self.c.0 += 1; // ':'
        Ok(())
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Never> {
        value.serialize(&mut *self.c)
    }
    fn end(self) -> Result<(), Never> {
        ser::SerializeSeq::end(self)
    }
}

impl ser::SerializeStruct for Compound<'_> {
    type Ok = ();
    type Error = Never;
    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), Never> {
        self.comma();
        // serde-json-core writes struct keys unescaped: `"key":`.
        self.c.0 += key.len() + 3;
        value.serialize(&mut *self.c)
    }
    fn end(self) -> Result<(), Never> {
        ser::SerializeSeq::end(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(serde::Serialize)]
    struct Sample<'a> {
        text: &'a str,
        n: i64,
        u: u8,
        none: Option<u32>,
        list: [i32; 3],
        flag: bool,
    }

    #[test]
    fn counts_exactly_what_serde_json_core_writes() {
        let texts = [
            "",
            "plain",
            "quote\" back\\ slash",
            "tab\t nl\n cr\r ff\u{c} bs\u{8}",
            "ctl\u{1}\u{1f}",
            "ÆØÅ æøå €",
        ];
        for t in texts {
            for n in [0, -1, 9, 10, i64::MIN, i64::MAX] {
                let s = Sample {
                    text: t,
                    n,
                    u: 255,
                    none: None,
                    list: [-5, 0, 123],
                    flag: n > 0,
                };
                let mut buf = [0u8; 256];
                let written = serde_json_core::to_slice(&s, &mut buf).unwrap();
                assert_eq!(json_len(&s), written, "{t:?} {n}");
            }
        }
    }

    #[test]
    fn too_small_reports_size_needed() {
        let s = Sample {
            text: "x",
            n: 1,
            u: 2,
            none: Some(3),
            list: [1, 2, 3],
            flag: true,
        };
        let need = json_len(&s);
        let mut small = [0u8; 8];
        assert_eq!(
            to_slice(&s, &mut small),
            Err(Error::at_root(ErrorKind::BufferTooSmall { needed: need }))
        );
        let mut exact = [0u8; 128];
        assert_eq!(to_slice(&s, &mut exact[..need]), Ok(need));
    }
}

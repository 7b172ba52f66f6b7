//! Writing JSON into the caller's buffer, and telling the size needed when the buffer is too
//! small.
//!
//! One serializer, generic over where the bytes go: a [`Count`] that only adds up lengths, and
//! a [`Slice`] that copies them into the caller's buffer. [`to_slice`] counts first, so that a
//! buffer that is too small is left untouched and the error says exactly how many bytes are
//! needed (outputs only on success, at every interface); then it writes, which cannot run out
//! of room. The output is compact JSON with serde-json-core's escapes (a test checks the two
//! agree): strings are copied in runs between the bytes that need escaping, not one character
//! at a time, which was four fifths of the cost of a decision's JSON.

use crate::error::{Error, ErrorKind};
use core::fmt;
use serde::ser::{self, Serialize};

/// Serialises `value` into `out`; a too-small `out` gives [`ErrorKind::BufferTooSmall`] with
/// the exact size needed and leaves `out` untouched.
pub fn to_slice<T: Serialize>(value: &T, out: &mut [u8]) -> Result<usize, Error> {
    let needed = json_len(value);
    if needed > out.len() {
        return Err(Error::at_root(ErrorKind::BufferTooSmall { needed }));
    }
    let mut w = Json(Slice {
        out: &mut out[..needed],
        at: 0,
    });
    match value.serialize(&mut w) {
        // The count and the write are the same code: a mismatch is a bug, never a short write.
        Ok(()) if w.0.at == needed => Ok(needed),
        _ => Err(Error::at_root(ErrorKind::Internal)),
    }
}

/// As [`to_slice`], in one pass when `out` holds `max` bytes, the longest JSON `value`'s type
/// is written as (`MAX_*_JSON`, worked out from the schema by `tests/json_max.rs`): the
/// counting pass is then not needed to keep `out` untouched, as the decision always fits
/// (issue 29: the count was two fifths of writing a decision). Only for a decision the kernel
/// has just made from a case: the bound is of what the kernel writes, and a Rust caller may
/// change a decision's public fields before writing it ([`to_slice`] takes those).
pub(crate) fn to_slice_within<T: Serialize>(
    value: &T,
    out: &mut [u8],
    max: usize,
) -> Result<usize, Error> {
    if out.len() < max {
        return to_slice(value, out);
    }
    let mut w = Json(Slice { out, at: 0 });
    match value.serialize(&mut w) {
        Ok(()) => Ok(w.0.at),
        // Longer than the whole buffer, so longer than the bound: a bug of the kernel's
        // (`tests/json_max.rs` works the bound out from the schemas, whose capacities are the
        // kernel's constants). `out` is then partly written, against the rule for every other
        // failure, and the error says `internal`, never a short write reported as whole.
        Err(Unsupported) => Err(Error::at_root(ErrorKind::Internal)),
    }
}

/// The number of bytes [`to_slice`] writes for `value`.
pub fn json_len<T: Serialize>(value: &T) -> usize {
    let mut c = Json(Count(0));
    match value.serialize(&mut c) {
        Ok(()) => c.0 .0,
        Err(Unsupported) => 0,
    }
}

/// Where the bytes go.
trait Sink {
    fn bytes(&mut self, b: &[u8]) -> Result<(), Unsupported>;

    /// `b` between two `"`, with `after` behind when given (`:` after a key): one call, one
    /// check of room, for the commonest piece of a decision (issue 29: three calls per string
    /// were a fifth of writing one).
    fn quoted(&mut self, b: &[u8], after: Option<u8>) -> Result<(), Unsupported>;
}

/// Adds up lengths.
struct Count(usize);

impl Sink for Count {
    #[inline]
    fn bytes(&mut self, b: &[u8]) -> Result<(), Unsupported> {
        self.0 += b.len();
        Ok(())
    }

    #[inline]
    fn quoted(&mut self, b: &[u8], after: Option<u8>) -> Result<(), Unsupported> {
        self.0 += b.len() + 2 + usize::from(after.is_some());
        Ok(())
    }
}

/// Copies into the caller's buffer, sized by [`Count`] beforehand.
struct Slice<'a> {
    out: &'a mut [u8],
    at: usize,
}

impl Sink for Slice<'_> {
    #[inline]
    fn bytes(&mut self, b: &[u8]) -> Result<(), Unsupported> {
        let end = self.at + b.len();
        let Some(dst) = self.out.get_mut(self.at..end) else {
            return Err(Unsupported);
        };
        dst.copy_from_slice(b);
        self.at = end;
        Ok(())
    }

    #[inline]
    fn quoted(&mut self, b: &[u8], after: Option<u8>) -> Result<(), Unsupported> {
        let end = self.at + b.len() + 2 + usize::from(after.is_some());
        let Some(dst) = self.out.get_mut(self.at..end) else {
            return Err(Unsupported);
        };
        let Some((open, rest)) = dst.split_first_mut() else {
            return Err(Unsupported);
        };
        *open = b'"';
        let (text, rest) = rest.split_at_mut(b.len());
        text.copy_from_slice(b);
        if let [close, tail @ ..] = rest {
            *close = b'"';
            if let (Some(a), [t]) = (after, tail) {
                *t = a;
            }
        }
        self.at = end;
        Ok(())
    }
}

/// A value JSON cannot carry here (a float, bytes, an enum variant with data: the kernel has
/// none), or, for [`Slice`], a write past the counted size.
#[derive(Debug)]
struct Unsupported;

impl fmt::Display for Unsupported {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("not representable")
    }
}

impl core::error::Error for Unsupported {}

impl ser::Error for Unsupported {
    fn custom<T: fmt::Display>(_msg: T) -> Self {
        Unsupported
    }
}

/// The serializer over a sink.
struct Json<S>(S);

impl<S: Sink> Json<S> {
    fn unsigned(&mut self, mut v: u64, negative: bool) -> Result<(), Unsupported> {
        let mut buf = [0u8; 21];
        let mut i = buf.len();
        loop {
            i -= 1;
            buf[i] = b'0' + (v % 10) as u8;
            v /= 10;
            if v == 0 {
                break;
            }
        }
        if negative {
            i -= 1;
            buf[i] = b'-';
        }
        self.0.bytes(&buf[i..])
    }

    /// A string literal, escaped as serde-json-core does: `\\`, `\"`, `\b \t \n \f \r`,
    /// other control characters as `\u00XX` (upper-case hex), everything else as is.
    fn string(&mut self, s: &str) -> Result<(), Unsupported> {
        let mut rest = s.as_bytes();
        // Most strings of a decision (codes, names, dates) need no escape: one piece.
        if super::scan::plain_len::<false>(rest) == rest.len() {
            return self.0.quoted(rest, None);
        }
        self.0.bytes(b"\"")?;
        // Copy the run up to the next byte that needs escaping in one go: most strings in a
        // decision (codes, names, dates) have none.
        loop {
            let i = super::scan::plain_len::<false>(rest);
            self.0.bytes(&rest[..i])?;
            let Some(&c) = rest.get(i) else {
                break;
            };
            match c {
                b'"' => self.0.bytes(b"\\\"")?,
                b'\\' => self.0.bytes(b"\\\\")?,
                0x08 => self.0.bytes(b"\\b")?,
                b'\t' => self.0.bytes(b"\\t")?,
                b'\n' => self.0.bytes(b"\\n")?,
                0x0c => self.0.bytes(b"\\f")?,
                b'\r' => self.0.bytes(b"\\r")?,
                _ => {
                    const HEX: &[u8; 16] = b"0123456789ABCDEF";
                    let (hi, lo) = (HEX[(c >> 4) as usize], HEX[(c & 15) as usize]);
                    self.0.bytes(&[b'\\', b'u', b'0', b'0', hi, lo])?
                }
            }
            rest = &rest[i + 1..];
        }
        self.0.bytes(b"\"")
    }
}

/// An array or object being written: a comma before every element but the first.
struct Compound<'a, S> {
    j: &'a mut Json<S>,
    first: bool,
    close: &'static [u8],
}

impl<S: Sink> Compound<'_, S> {
    fn comma(&mut self) -> Result<(), Unsupported> {
        if !self.first {
            self.j.0.bytes(b",")?;
        }
        self.first = false;
        Ok(())
    }
}

impl<'a, S: Sink> ser::Serializer for &'a mut Json<S> {
    type Ok = ();
    type Error = Unsupported;
    type SerializeSeq = Compound<'a, S>;
    type SerializeTuple = Compound<'a, S>;
    type SerializeTupleStruct = Compound<'a, S>;
    type SerializeTupleVariant = ser::Impossible<(), Unsupported>;
    type SerializeMap = Compound<'a, S>;
    type SerializeStruct = Compound<'a, S>;
    type SerializeStructVariant = ser::Impossible<(), Unsupported>;

    fn serialize_bool(self, v: bool) -> Result<(), Unsupported> {
        self.0.bytes(if v { b"true" } else { b"false" })
    }
    fn serialize_i8(self, v: i8) -> Result<(), Unsupported> {
        self.serialize_i64(v as i64)
    }
    fn serialize_i16(self, v: i16) -> Result<(), Unsupported> {
        self.serialize_i64(v as i64)
    }
    fn serialize_i32(self, v: i32) -> Result<(), Unsupported> {
        self.serialize_i64(v as i64)
    }
    fn serialize_i64(self, v: i64) -> Result<(), Unsupported> {
        self.unsigned(v.unsigned_abs(), v < 0)
    }
    fn serialize_u8(self, v: u8) -> Result<(), Unsupported> {
        self.serialize_u64(v as u64)
    }
    fn serialize_u16(self, v: u16) -> Result<(), Unsupported> {
        self.serialize_u64(v as u64)
    }
    fn serialize_u32(self, v: u32) -> Result<(), Unsupported> {
        self.serialize_u64(v as u64)
    }
    fn serialize_u64(self, v: u64) -> Result<(), Unsupported> {
        self.unsigned(v, false)
    }
    fn serialize_f32(self, _v: f32) -> Result<(), Unsupported> {
        // The kernel has no floating point (C-01); nothing serialises one.
        Err(Unsupported)
    }
    fn serialize_f64(self, _v: f64) -> Result<(), Unsupported> {
        Err(Unsupported)
    }
    fn serialize_char(self, v: char) -> Result<(), Unsupported> {
        let mut b = [0u8; 4];
        self.string(v.encode_utf8(&mut b))
    }
    fn serialize_str(self, v: &str) -> Result<(), Unsupported> {
        self.string(v)
    }
    fn serialize_bytes(self, _v: &[u8]) -> Result<(), Unsupported> {
        Err(Unsupported)
    }
    fn serialize_none(self) -> Result<(), Unsupported> {
        self.0.bytes(b"null")
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<(), Unsupported> {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Result<(), Unsupported> {
        self.serialize_none()
    }
    fn serialize_unit_struct(self, _name: &'static str) -> Result<(), Unsupported> {
        self.serialize_none()
    }
    /// A name the kernel spells itself (`crate::name::Name`, the enums): plain ASCII, copied
    /// without a scan for bytes to escape.
    fn serialize_unit_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
    ) -> Result<(), Unsupported> {
        debug_assert_eq!(
            super::scan::plain_len::<true>(variant.as_bytes()),
            variant.len()
        );
        self.0.quoted(variant.as_bytes(), None)
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        value: &T,
    ) -> Result<(), Unsupported> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        _index: u32,
        _variant: &'static str,
        _value: &T,
    ) -> Result<(), Unsupported> {
        Err(Unsupported)
    }
    fn serialize_seq(self, _len: Option<usize>) -> Result<Compound<'a, S>, Unsupported> {
        self.0.bytes(b"[")?;
        Ok(Compound {
            j: self,
            first: true,
            close: b"]",
        })
    }
    fn serialize_tuple(self, len: usize) -> Result<Compound<'a, S>, Unsupported> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_struct(
        self,
        _name: &'static str,
        len: usize,
    ) -> Result<Compound<'a, S>, Unsupported> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_variant(
        self,
        _name: &'static str,
        _index: u32,
        _variant: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeTupleVariant, Unsupported> {
        Err(Unsupported)
    }
    fn serialize_map(self, _len: Option<usize>) -> Result<Compound<'a, S>, Unsupported> {
        self.0.bytes(b"{")?;
        Ok(Compound {
            j: self,
            first: true,
            close: b"}",
        })
    }
    fn serialize_struct(
        self,
        _name: &'static str,
        _len: usize,
    ) -> Result<Compound<'a, S>, Unsupported> {
        self.serialize_map(None)
    }
    fn serialize_struct_variant(
        self,
        _name: &'static str,
        _index: u32,
        _variant: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeStructVariant, Unsupported> {
        Err(Unsupported)
    }
    fn collect_str<T: fmt::Display + ?Sized>(self, _value: &T) -> Result<(), Unsupported> {
        Err(Unsupported)
    }
}

impl<S: Sink> ser::SerializeSeq for Compound<'_, S> {
    type Ok = ();
    type Error = Unsupported;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Unsupported> {
        self.comma()?;
        value.serialize(&mut *self.j)
    }
    fn end(self) -> Result<(), Unsupported> {
        self.j.0.bytes(self.close)
    }
}

impl<S: Sink> ser::SerializeTuple for Compound<'_, S> {
    type Ok = ();
    type Error = Unsupported;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Unsupported> {
        ser::SerializeSeq::serialize_element(self, value)
    }
    fn end(self) -> Result<(), Unsupported> {
        ser::SerializeSeq::end(self)
    }
}

impl<S: Sink> ser::SerializeTupleStruct for Compound<'_, S> {
    type Ok = ();
    type Error = Unsupported;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Unsupported> {
        ser::SerializeSeq::serialize_element(self, value)
    }
    fn end(self) -> Result<(), Unsupported> {
        ser::SerializeSeq::end(self)
    }
}

impl<S: Sink> ser::SerializeMap for Compound<'_, S> {
    type Ok = ();
    type Error = Unsupported;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<(), Unsupported> {
        self.comma()?;
        key.serialize(&mut *self.j)?;
        self.j.0.bytes(b":")
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Unsupported> {
        value.serialize(&mut *self.j)
    }
    fn end(self) -> Result<(), Unsupported> {
        ser::SerializeSeq::end(self)
    }
}

impl<S: Sink> ser::SerializeStruct for Compound<'_, S> {
    type Ok = ();
    type Error = Unsupported;
    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), Unsupported> {
        self.comma()?;
        // Struct keys are the kernel's own field names: plain ASCII, written unescaped.
        self.j.0.quoted(key.as_bytes(), Some(b':'))?;
        value.serialize(&mut *self.j)
    }
    fn end(self) -> Result<(), Unsupported> {
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
    fn writes_exactly_what_serde_json_core_writes() {
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
                let mut want = [0u8; 256];
                let n_want = serde_json_core::to_slice(&s, &mut want).unwrap();
                let mut got = [0u8; 256];
                let n_got = to_slice(&s, &mut got).unwrap();
                assert_eq!(&got[..n_got], &want[..n_want], "{t:?} {n}");
                assert_eq!(json_len(&s), n_want, "{t:?} {n}");
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

    /// Every shape the serializer supports, against serde-json-core, and what it refuses.
    #[derive(serde::Serialize)]
    struct Unit;

    #[derive(serde::Serialize)]
    struct Newtype(u16);

    #[derive(serde::Serialize)]
    struct Pair(i8, u32);

    #[derive(serde::Serialize)]
    enum Kind {
        Plain,
    }

    #[derive(serde::Serialize)]
    struct Shapes {
        a: i8,
        b: i16,
        c: i32,
        d: u8,
        e: u16,
        f: u32,
        g: u64,
        i: (),
        j: Unit,
        k: Newtype,
        l: Pair,
        m: (bool, bool),
        n: Kind,
        o: Option<&'static str>,
        p: Map,
    }

    /// A map with string keys, written by hand (no std map here).
    struct Map;

    impl Serialize for Map {
        fn serialize<S: ser::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            use ser::SerializeMap;
            let mut m = s.serialize_map(Some(2))?;
            m.serialize_entry("k\"1", &1u8)?;
            m.serialize_entry("k2", &-2i64)?;
            m.end()
        }
    }

    #[test]
    fn every_shape_is_written_as_serde_json_core_writes_it() {
        let v = Shapes {
            a: -128,
            b: i16::MIN,
            c: i32::MAX,
            d: 0,
            e: u16::MAX,
            f: 7,
            g: u64::MAX,
            i: (),
            j: Unit,
            k: Newtype(9),
            l: Pair(-1, 2),
            m: (true, false),
            n: Kind::Plain,
            o: Some("ø\\"),
            p: Map,
        };
        let mut want = [0u8; 512];
        let n_want = serde_json_core::to_slice(&v, &mut want).unwrap();
        let mut got = [0u8; 512];
        let n_got = to_slice(&v, &mut got).unwrap();
        assert_eq!(&got[..n_got], &want[..n_want]);
        assert_eq!(json_len(&v), n_want);
        // A char, which serde-json-core does not write, is a one-character string.
        let n = to_slice(&'\u{7}', &mut got).unwrap();
        assert_eq!(&got[..n], b"\"\\u0007\"");
    }

    #[derive(serde::Serialize)]
    enum WithData {
        Newtype(u8),
        Tuple(u8, u8),
        Struct { x: u8 },
    }

    #[test]
    fn what_the_kernel_never_writes_is_refused_not_written() {
        let mut out = [7u8; 64];
        // Floats, bytes and enum variants with data have no place in a decision (C-01).
        assert_eq!(json_len(&1.5f64), 0);
        assert_eq!(json_len(&1.5f32), 0);
        for v in [
            WithData::Newtype(1),
            WithData::Tuple(1, 2),
            WithData::Struct { x: 1 },
        ] {
            assert_eq!(json_len(&v), 0);
            assert_eq!(
                to_slice(&v, &mut out),
                Err(Error::at_root(ErrorKind::Internal))
            );
        }
        struct Bytes;
        impl Serialize for Bytes {
            fn serialize<S: ser::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_bytes(b"x")
            }
        }
        struct Shown;
        impl Serialize for Shown {
            fn serialize<S: ser::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.collect_str(&1)
            }
        }
        assert_eq!(json_len(&Bytes), 0);
        assert_eq!(json_len(&Shown), 0);
        assert_eq!(
            to_slice(&1.5f64, &mut out),
            Err(Error::at_root(ErrorKind::Internal))
        );
        assert!(out.iter().all(|b| *b == 7), "nothing written on failure");
    }
}

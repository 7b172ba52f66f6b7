//! The kernel's typed answer as Python objects, through its own `Serialize` impls: the same
//! field names, values and order as the decision JSON (every binding's shape is the kernel's),
//! without writing JSON and parsing it back. Structs and maps become dicts, sequences lists,
//! unit variants and strings `str`, integers `int`, `None` for absent values.
//!
//! [`field`] converts one top-level field of a struct and skips the others, so reading
//! `decision.refund` costs the refund, not the whole decision.

use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList};
use serde::ser::{self, Serialize};
use std::fmt;

/// A Python error carried through serde.
#[derive(Debug)]
pub struct Failed(pub PyErr);

impl fmt::Display for Failed {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.0, f)
    }
}

impl std::error::Error for Failed {}

impl ser::Error for Failed {
    fn custom<T: fmt::Display>(msg: T) -> Self {
        Failed(pyo3::exceptions::PyValueError::new_err(msg.to_string()))
    }
}

impl From<std::convert::Infallible> for Failed {
    fn from(never: std::convert::Infallible) -> Failed {
        match never {}
    }
}

impl From<PyErr> for Failed {
    fn from(e: PyErr) -> Failed {
        Failed(e)
    }
}

/// `value` as a Python object.
pub fn to_py<'py, T: Serialize + ?Sized>(
    py: Python<'py>,
    value: &T,
) -> PyResult<Bound<'py, PyAny>> {
    value.serialize(Py2(py)).map_err(|Failed(e)| e)
}

/// The top-level field `name` of the struct `value`, as a Python object; `None` when the
/// struct has no such field.
pub fn field<'py, T: Serialize + ?Sized>(
    py: Python<'py>,
    value: &T,
    name: &str,
) -> PyResult<Option<Bound<'py, PyAny>>> {
    value.serialize(Pick { py, name }).map_err(|Failed(e)| e)
}

#[derive(Clone, Copy)]
struct Py2<'py>(Python<'py>);

type R<'py> = Result<Bound<'py, PyAny>, Failed>;

fn unsupported<'py>(what: &str) -> R<'py> {
    Err(Failed(pyo3::exceptions::PyTypeError::new_err(format!(
        "the kernel's answer has no {what}"
    ))))
}

impl<'py> ser::Serializer for Py2<'py> {
    type Ok = Bound<'py, PyAny>;
    type Error = Failed;
    type SerializeSeq = Seq<'py>;
    type SerializeTuple = Seq<'py>;
    type SerializeTupleStruct = Seq<'py>;
    type SerializeTupleVariant = ser::Impossible<Bound<'py, PyAny>, Failed>;
    type SerializeMap = Map<'py>;
    type SerializeStruct = Map<'py>;
    type SerializeStructVariant = ser::Impossible<Bound<'py, PyAny>, Failed>;

    fn serialize_bool(self, v: bool) -> R<'py> {
        Ok(v.into_pyobject(self.0)?.to_owned().into_any())
    }
    fn serialize_i8(self, v: i8) -> R<'py> {
        self.serialize_i64(v.into())
    }
    fn serialize_i16(self, v: i16) -> R<'py> {
        self.serialize_i64(v.into())
    }
    fn serialize_i32(self, v: i32) -> R<'py> {
        self.serialize_i64(v.into())
    }
    fn serialize_i64(self, v: i64) -> R<'py> {
        Ok(v.into_pyobject(self.0)?.into_any())
    }
    fn serialize_u8(self, v: u8) -> R<'py> {
        self.serialize_u64(v.into())
    }
    fn serialize_u16(self, v: u16) -> R<'py> {
        self.serialize_u64(v.into())
    }
    fn serialize_u32(self, v: u32) -> R<'py> {
        self.serialize_u64(v.into())
    }
    fn serialize_u64(self, v: u64) -> R<'py> {
        Ok(v.into_pyobject(self.0)?.into_any())
    }
    fn serialize_f32(self, _v: f32) -> R<'py> {
        unsupported("floating point")
    }
    fn serialize_f64(self, _v: f64) -> R<'py> {
        unsupported("floating point")
    }
    fn serialize_char(self, v: char) -> R<'py> {
        let mut b = [0u8; 4];
        self.serialize_str(v.encode_utf8(&mut b))
    }
    fn serialize_str(self, v: &str) -> R<'py> {
        Ok(crate::strings::text(self.0, v).into_any())
    }
    fn serialize_bytes(self, _v: &[u8]) -> R<'py> {
        unsupported("bytes")
    }
    fn serialize_none(self) -> R<'py> {
        Ok(self.0.None().into_bound(self.0))
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> R<'py> {
        value.serialize(self)
    }
    fn serialize_unit(self) -> R<'py> {
        self.serialize_none()
    }
    fn serialize_unit_struct(self, _name: &'static str) -> R<'py> {
        self.serialize_none()
    }
    fn serialize_unit_variant(self, _n: &'static str, _i: u32, variant: &'static str) -> R<'py> {
        self.serialize_str(variant)
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(self, _n: &'static str, v: &T) -> R<'py> {
        v.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _n: &'static str,
        _i: u32,
        _variant: &'static str,
        _v: &T,
    ) -> R<'py> {
        unsupported("enum variant with data")
    }
    fn serialize_seq(self, _len: Option<usize>) -> Result<Seq<'py>, Failed> {
        Ok(Seq {
            py: self.0,
            list: PyList::empty(self.0),
        })
    }
    fn serialize_tuple(self, len: usize) -> Result<Seq<'py>, Failed> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_struct(self, _n: &'static str, len: usize) -> Result<Seq<'py>, Failed> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_variant(
        self,
        _n: &'static str,
        _i: u32,
        _v: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeTupleVariant, Failed> {
        Err(Failed(pyo3::exceptions::PyTypeError::new_err(
            "tuple variant",
        )))
    }
    fn serialize_map(self, _len: Option<usize>) -> Result<Map<'py>, Failed> {
        Ok(Map {
            py: self.0,
            dict: PyDict::new(self.0),
            key: None,
        })
    }
    fn serialize_struct(self, _n: &'static str, _len: usize) -> Result<Map<'py>, Failed> {
        self.serialize_map(None)
    }
    fn serialize_struct_variant(
        self,
        _n: &'static str,
        _i: u32,
        _v: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeStructVariant, Failed> {
        Err(Failed(pyo3::exceptions::PyTypeError::new_err(
            "struct variant",
        )))
    }
    fn collect_str<T: fmt::Display + ?Sized>(self, value: &T) -> R<'py> {
        self.serialize_str(&value.to_string())
    }
}

pub struct Seq<'py> {
    py: Python<'py>,
    list: Bound<'py, PyList>,
}

impl<'py> ser::SerializeSeq for Seq<'py> {
    type Ok = Bound<'py, PyAny>;
    type Error = Failed;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, v: &T) -> Result<(), Failed> {
        self.list.append(v.serialize(Py2(self.py))?)?;
        Ok(())
    }
    fn end(self) -> R<'py> {
        Ok(self.list.into_any())
    }
}

impl<'py> ser::SerializeTuple for Seq<'py> {
    type Ok = Bound<'py, PyAny>;
    type Error = Failed;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, v: &T) -> Result<(), Failed> {
        ser::SerializeSeq::serialize_element(self, v)
    }
    fn end(self) -> R<'py> {
        ser::SerializeSeq::end(self)
    }
}

impl<'py> ser::SerializeTupleStruct for Seq<'py> {
    type Ok = Bound<'py, PyAny>;
    type Error = Failed;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, v: &T) -> Result<(), Failed> {
        ser::SerializeSeq::serialize_element(self, v)
    }
    fn end(self) -> R<'py> {
        ser::SerializeSeq::end(self)
    }
}

pub struct Map<'py> {
    py: Python<'py>,
    dict: Bound<'py, PyDict>,
    key: Option<Bound<'py, PyAny>>,
}

impl<'py> ser::SerializeMap for Map<'py> {
    type Ok = Bound<'py, PyAny>;
    type Error = Failed;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, k: &T) -> Result<(), Failed> {
        self.key = Some(k.serialize(Py2(self.py))?);
        Ok(())
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, v: &T) -> Result<(), Failed> {
        let key = self
            .key
            .take()
            .ok_or_else(|| <Failed as ser::Error>::custom("value without key"))?;
        self.dict.set_item(key, v.serialize(Py2(self.py))?)?;
        Ok(())
    }
    fn end(self) -> R<'py> {
        Ok(self.dict.into_any())
    }
}

impl<'py> ser::SerializeStruct for Map<'py> {
    type Ok = Bound<'py, PyAny>;
    type Error = Failed;
    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        v: &T,
    ) -> Result<(), Failed> {
        let key = crate::strings::text(self.py, key);
        self.dict.set_item(key, v.serialize(Py2(self.py))?)?;
        Ok(())
    }
    fn end(self) -> R<'py> {
        Ok(self.dict.into_any())
    }
}

/// A serializer that accepts a struct and converts only its field `name`.
struct Pick<'py, 'n> {
    py: Python<'py>,
    name: &'n str,
}

struct Picking<'py, 'n> {
    py: Python<'py>,
    name: &'n str,
    found: Option<Bound<'py, PyAny>>,
}

impl<'py> ser::SerializeStruct for Picking<'py, '_> {
    type Ok = Option<Bound<'py, PyAny>>;
    type Error = Failed;
    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        v: &T,
    ) -> Result<(), Failed> {
        if self.found.is_none() && key == self.name {
            self.found = Some(v.serialize(Py2(self.py))?);
        }
        Ok(())
    }
    fn end(self) -> Result<Option<Bound<'py, PyAny>>, Failed> {
        Ok(self.found)
    }
}

/// Only structs can be picked from; anything else is a bug in this binding.
macro_rules! not_a_struct {
    ($($f:ident($($a:ty),*)),* $(,)?) => {$(
        fn $f(self, $(_: $a),*) -> Result<Self::Ok, Failed> {
            Err(ser::Error::custom("not a struct"))
        }
    )*};
}

impl<'py, 'n> ser::Serializer for Pick<'py, 'n> {
    type Ok = Option<Bound<'py, PyAny>>;
    type Error = Failed;
    type SerializeSeq = ser::Impossible<Self::Ok, Failed>;
    type SerializeTuple = ser::Impossible<Self::Ok, Failed>;
    type SerializeTupleStruct = ser::Impossible<Self::Ok, Failed>;
    type SerializeTupleVariant = ser::Impossible<Self::Ok, Failed>;
    type SerializeMap = ser::Impossible<Self::Ok, Failed>;
    type SerializeStruct = Picking<'py, 'n>;
    type SerializeStructVariant = ser::Impossible<Self::Ok, Failed>;

    not_a_struct!(
        serialize_bool(bool),
        serialize_i8(i8),
        serialize_i16(i16),
        serialize_i32(i32),
        serialize_i64(i64),
        serialize_u8(u8),
        serialize_u16(u16),
        serialize_u32(u32),
        serialize_u64(u64),
        serialize_f32(f32),
        serialize_f64(f64),
        serialize_char(char),
        serialize_str(&str),
        serialize_bytes(&[u8]),
        serialize_none(),
        serialize_unit(),
        serialize_unit_struct(&'static str),
        serialize_unit_variant(&'static str, u32, &'static str),
    );
    fn serialize_some<T: Serialize + ?Sized>(self, v: &T) -> Result<Self::Ok, Failed> {
        v.serialize(self)
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _n: &'static str,
        v: &T,
    ) -> Result<Self::Ok, Failed> {
        v.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _n: &'static str,
        _i: u32,
        _v: &'static str,
        _value: &T,
    ) -> Result<Self::Ok, Failed> {
        Err(ser::Error::custom("not a struct"))
    }
    fn serialize_seq(self, _len: Option<usize>) -> Result<Self::SerializeSeq, Failed> {
        Err(ser::Error::custom("not a struct"))
    }
    fn serialize_tuple(self, _len: usize) -> Result<Self::SerializeTuple, Failed> {
        Err(ser::Error::custom("not a struct"))
    }
    fn serialize_tuple_struct(
        self,
        _n: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeTupleStruct, Failed> {
        Err(ser::Error::custom("not a struct"))
    }
    fn serialize_tuple_variant(
        self,
        _n: &'static str,
        _i: u32,
        _v: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeTupleVariant, Failed> {
        Err(ser::Error::custom("not a struct"))
    }
    fn serialize_map(self, _len: Option<usize>) -> Result<Self::SerializeMap, Failed> {
        Err(ser::Error::custom("not a struct"))
    }
    fn serialize_struct(self, _n: &'static str, _len: usize) -> Result<Picking<'py, 'n>, Failed> {
        Ok(Picking {
            py: self.py,
            name: self.name,
            found: None,
        })
    }
    fn serialize_struct_variant(
        self,
        _n: &'static str,
        _i: u32,
        _v: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeStructVariant, Failed> {
        Err(ser::Error::custom("not a struct"))
    }
    fn collect_str<T: fmt::Display + ?Sized>(self, _value: &T) -> Result<Self::Ok, Failed> {
        Err(ser::Error::custom("not a struct"))
    }
}

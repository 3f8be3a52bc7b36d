//! A document's data with every string escaped on its way into the template context: a
//! serde serializer that passes everything through to another one and escapes each string
//! (map keys included), so that a Markdown document's data is not first copied into a
//! `serde_json::Value` tree only to be escaped and copied again.

use serde::ser::{
    Serialize, SerializeMap, SerializeSeq, SerializeStruct, SerializeStructVariant, SerializeTuple,
    SerializeTupleStruct, SerializeTupleVariant, Serializer,
};

/// A value escape: the escaped text, or `None` when the text needs none (most do not, and
/// a city's document has hundreds of thousands of strings).
pub(super) type ValueEscape = fn(&str) -> Option<String>;

/// `value`, serialized with every string passed through `escape`.
pub(super) struct Escaped<'a, T: ?Sized> {
    pub value: &'a T,
    pub escape: ValueEscape,
}

impl<T: Serialize + ?Sized> Serialize for Escaped<'_, T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.value.serialize(Escaping {
            inner: serializer,
            escape: self.escape,
        })
    }
}

/// The serializer `inner`, escaping each string it is given.
struct Escaping<S> {
    inner: S,
    escape: ValueEscape,
}

impl<S> Escaping<S> {
    fn wrap<'a, T: ?Sized>(&self, value: &'a T) -> Escaped<'a, T> {
        Escaped {
            value,
            escape: self.escape,
        }
    }
}

/// Forwards the scalar methods of [`Serializer`] unchanged.
macro_rules! forward {
    ($($method:ident($($arg:ident: $ty:ty),*);)*) => {
        $(fn $method(self, $($arg: $ty),*) -> Result<S::Ok, S::Error> {
            self.inner.$method($($arg),*)
        })*
    };
}

/// Forwards the compound methods of [`Serializer`], escaping what goes into each compound.
macro_rules! compound {
    ($($method:ident($($arg:ident: $ty:ty),*) -> $out:ident;)*) => {
        $(fn $method(self, $($arg: $ty),*) -> Result<Self::$out, S::Error> {
            let escape = self.escape;
            Ok(Escaping {
                inner: self.inner.$method($($arg),*)?,
                escape,
            })
        })*
    };
}

impl<S: Serializer> Serializer for Escaping<S> {
    type Ok = S::Ok;
    type Error = S::Error;
    type SerializeSeq = Escaping<S::SerializeSeq>;
    type SerializeTuple = Escaping<S::SerializeTuple>;
    type SerializeTupleStruct = Escaping<S::SerializeTupleStruct>;
    type SerializeTupleVariant = Escaping<S::SerializeTupleVariant>;
    type SerializeMap = Escaping<S::SerializeMap>;
    type SerializeStruct = Escaping<S::SerializeStruct>;
    type SerializeStructVariant = Escaping<S::SerializeStructVariant>;

    forward! {
        serialize_bool(v: bool);
        serialize_i8(v: i8);
        serialize_i16(v: i16);
        serialize_i32(v: i32);
        serialize_i64(v: i64);
        serialize_i128(v: i128);
        serialize_u8(v: u8);
        serialize_u16(v: u16);
        serialize_u32(v: u32);
        serialize_u64(v: u64);
        serialize_u128(v: u128);
        serialize_f32(v: f32);
        serialize_f64(v: f64);
        serialize_bytes(v: &[u8]);
        serialize_none();
        serialize_unit();
        serialize_unit_struct(name: &'static str);
        serialize_unit_variant(name: &'static str, index: u32, variant: &'static str);
    }

    fn serialize_char(self, v: char) -> Result<S::Ok, S::Error> {
        self.serialize_str(v.encode_utf8(&mut [0; 4]))
    }

    fn serialize_str(self, v: &str) -> Result<S::Ok, S::Error> {
        match (self.escape)(v) {
            Some(escaped) => self.inner.serialize_str(&escaped),
            None => self.inner.serialize_str(v),
        }
    }

    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<S::Ok, S::Error> {
        let value = self.wrap(value);
        self.inner.serialize_some(&value)
    }

    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        name: &'static str,
        value: &T,
    ) -> Result<S::Ok, S::Error> {
        let value = self.wrap(value);
        self.inner.serialize_newtype_struct(name, &value)
    }

    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        name: &'static str,
        index: u32,
        variant: &'static str,
        value: &T,
    ) -> Result<S::Ok, S::Error> {
        let value = self.wrap(value);
        self.inner
            .serialize_newtype_variant(name, index, variant, &value)
    }

    compound! {
        serialize_seq(len: Option<usize>) -> SerializeSeq;
        serialize_tuple(len: usize) -> SerializeTuple;
        serialize_tuple_struct(name: &'static str, len: usize) -> SerializeTupleStruct;
        serialize_tuple_variant(
            name: &'static str,
            index: u32,
            variant: &'static str,
            len: usize
        ) -> SerializeTupleVariant;
        serialize_map(len: Option<usize>) -> SerializeMap;
        serialize_struct(name: &'static str, len: usize) -> SerializeStruct;
        serialize_struct_variant(
            name: &'static str,
            index: u32,
            variant: &'static str,
            len: usize
        ) -> SerializeStructVariant;
    }

    fn is_human_readable(&self) -> bool {
        self.inner.is_human_readable()
    }
}

/// The compound serializers whose entries are values alone: each value escaped in turn.
macro_rules! values {
    ($($trait:ident :: $method:ident),*) => {$(
        impl<S: $trait> $trait for Escaping<S> {
            type Ok = S::Ok;
            type Error = S::Error;

            fn $method<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), S::Error> {
                let value = self.wrap(value);
                self.inner.$method(&value)
            }

            fn end(self) -> Result<S::Ok, S::Error> {
                self.inner.end()
            }
        }
    )*};
}

values!(
    SerializeSeq::serialize_element,
    SerializeTuple::serialize_element,
    SerializeTupleStruct::serialize_field,
    SerializeTupleVariant::serialize_field
);

impl<S: SerializeMap> SerializeMap for Escaping<S> {
    type Ok = S::Ok;
    type Error = S::Error;

    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<(), S::Error> {
        let key = self.wrap(key);
        self.inner.serialize_key(&key)
    }

    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), S::Error> {
        let value = self.wrap(value);
        self.inner.serialize_value(&value)
    }

    fn end(self) -> Result<S::Ok, S::Error> {
        self.inner.end()
    }
}

/// The compound serializers with named fields: a field's name is the program's, not the
/// file's, so only its value is escaped.
macro_rules! fields {
    ($($trait:ident),*) => {$(
        impl<S: $trait> $trait for Escaping<S> {
            type Ok = S::Ok;
            type Error = S::Error;

            fn serialize_field<T: Serialize + ?Sized>(
                &mut self,
                key: &'static str,
                value: &T,
            ) -> Result<(), S::Error> {
                let value = self.wrap(value);
                self.inner.serialize_field(key, &value)
            }

            fn skip_field(&mut self, key: &'static str) -> Result<(), S::Error> {
                self.inner.skip_field(key)
            }

            fn end(self) -> Result<S::Ok, S::Error> {
                self.inner.end()
            }
        }
    )*};
}

fields!(SerializeStruct, SerializeStructVariant);

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use super::*;

    fn shout(text: &str) -> Option<String> {
        text.contains('<').then(|| text.replace('<', "&lt;"))
    }

    #[derive(serde::Serialize)]
    struct Row<'a> {
        name: &'a str,
        note: Option<String>,
        tags: Vec<&'a str>,
        pair: (char, u8),
        by_key: BTreeMap<&'a str, &'a str>,
        kind: Kind<'a>,
    }

    #[derive(serde::Serialize)]
    enum Kind<'a> {
        Named { title: &'a str },
    }

    #[test]
    fn every_string_is_escaped_keys_included() {
        let row = Row {
            name: "<b>",
            note: Some("a<b".to_string()),
            tags: vec!["ok", "<i>"],
            pair: ('<', 7),
            by_key: BTreeMap::from([("<k>", "<v>")]),
            kind: Kind::Named { title: "<t>" },
        };
        let value = serde_json::to_value(Escaped {
            value: &row,
            escape: shout,
        })
        .expect("plain data serializes");
        assert_eq!(
            value,
            serde_json::json!({
                "name": "&lt;b>",
                "note": "a&lt;b",
                "tags": ["ok", "&lt;i>"],
                "pair": ["&lt;", 7],
                "by_key": { "&lt;k>": "&lt;v>" },
                "kind": { "Named": { "title": "&lt;t>" } },
            })
        );
    }
}

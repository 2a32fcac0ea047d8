//! The spanned building blocks of the raw types: a value with its position ([`S`]), a map whose
//! keys keep theirs ([`SpannedMap`]), labels per language and money amounts as written. Below
//! `raw.rs`, `raw_track.rs` and the scalar readers of `yaml_scalars.rs`, which all build on them.

use schemars::{json_schema, JsonSchema, Schema, SchemaGenerator};
use serde::de::{self, Deserializer, MapAccess, Visitor};
use serde::Deserialize;
use std::borrow::Cow;
use std::fmt;

/// A value with its position in the YAML text (line and column of the document, length in
/// characters). Read through `serde_saphyr::Spanned` and kept in 12 bytes instead of its two
/// full locations: the corpus holds one per value of every file. Also describes itself as JSON
/// Schema (the schema of `S<T>` is that of `T`).
#[derive(Debug, Clone)]
pub struct S<T> {
    pub value: T,
    pub line: u32,
    pub column: u32,
    pub len: u32,
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for S<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let spanned = serde_saphyr::Spanned::<T>::deserialize(d)?;
        let at = spanned.referenced;
        let small = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
        Ok(S {
            value: spanned.value,
            line: small(at.line() as usize),
            column: small(at.column() as usize),
            len: small(at.span().len() as usize),
        })
    }
}

impl<T: JsonSchema> JsonSchema for S<T> {
    fn inline_schema() -> bool {
        T::inline_schema()
    }
    fn schema_name() -> Cow<'static, str> {
        T::schema_name()
    }
    fn schema_id() -> Cow<'static, str> {
        T::schema_id()
    }
    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        T::json_schema(generator)
    }
}

/// A YAML mapping whose keys keep their positions, in document order.
#[derive(Debug, Clone)]
pub struct SpannedMap<V>(pub Vec<(S<String>, V)>);

impl<V> Default for SpannedMap<V> {
    fn default() -> Self {
        SpannedMap(Vec::new())
    }
}

impl<'de, V: Deserialize<'de>> Deserialize<'de> for SpannedMap<V> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct MapVisitor<V>(std::marker::PhantomData<V>);
        impl<'de, V: Deserialize<'de>> Visitor<'de> for MapVisitor<V> {
            type Value = SpannedMap<V>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a mapping")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
                let mut out = Vec::new();
                while let Some(k) = map.next_key::<S<String>>()? {
                    out.push((k, map.next_value::<V>()?));
                }
                Ok(SpannedMap(out))
            }
            fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
                Ok(SpannedMap(Vec::new()))
            }
        }
        d.deserialize_map(MapVisitor(std::marker::PhantomData))
    }
}

impl<V: JsonSchema> JsonSchema for SpannedMap<V> {
    fn schema_name() -> Cow<'static, str> {
        format!("Map_of_{}", V::schema_name()).into()
    }
    fn inline_schema() -> bool {
        true
    }
    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        json_schema!({ "type": "object", "additionalProperties": generator.subschema_for::<V>() })
    }
}

/// Labels per language: `{fr: Eau, nl: Water}`.
pub type RawLabels = SpannedMap<S<String>>;

/// What an amount should be, as the loader's error says it.
pub(crate) const MONEY_EXPECTING: &str = "an amount in euros, a number such as 400 or 1234.5";

/// A money amount as its decimal text (from a YAML number), parsed into cents by `validate`.
#[derive(Debug, Clone)]
pub struct RawMoney(pub String);

impl<'de> Deserialize<'de> for RawMoney {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct MoneyVisitor;
        impl Visitor<'_> for MoneyVisitor {
            type Value = RawMoney;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str(MONEY_EXPECTING)
            }
            fn visit_i64<E>(self, v: i64) -> Result<RawMoney, E> {
                Ok(RawMoney(v.to_string()))
            }
            fn visit_u64<E>(self, v: u64) -> Result<RawMoney, E> {
                Ok(RawMoney(v.to_string()))
            }
            fn visit_f64<E>(self, v: f64) -> Result<RawMoney, E> {
                // Display gives the shortest text that reads back as the same double, i.e. the
                // decimal the author wrote (for up to 15 significant digits).
                Ok(RawMoney(v.to_string()))
            }
        }
        d.deserialize_any(MoneyVisitor)
    }
}

impl JsonSchema for RawMoney {
    fn schema_name() -> Cow<'static, str> {
        "Euros".into()
    }
    fn inline_schema() -> bool {
        true
    }
    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        super::shapes::Euros::json_schema(generator)
    }
}

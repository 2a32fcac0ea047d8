//! Numbers and booleans as YAML 1.2 (and JSON Schema) type them: a quoted `"2024"` is text, not
//! a year; `yes` and `"false"` are text, not booleans. serde-saphyr's typed readers parse the
//! text of any scalar, quoted or not; these take the value YAML resolved the scalar to.

use super::spanned::S;
use serde::de::{self, Deserializer, Unexpected, Visitor};
use serde::Deserialize;
use std::fmt;

/// A Rust type read from a resolved YAML number or boolean.
pub(crate) trait Resolvable: Sized {
    /// What the value should be, for the error message.
    const EXPECTING: &'static str;
    fn from_u64(_: u64) -> Option<Self> {
        None
    }
    fn from_i64(_: i64) -> Option<Self> {
        None
    }
    fn from_f64(_: f64) -> Option<Self> {
        None
    }
    fn from_bool(_: bool) -> Option<Self> {
        None
    }
}

impl Resolvable for u32 {
    const EXPECTING: &'static str = "a whole number";
    fn from_u64(v: u64) -> Option<u32> {
        u32::try_from(v).ok()
    }
    fn from_i64(v: i64) -> Option<u32> {
        u32::try_from(v).ok()
    }
}

impl Resolvable for f64 {
    const EXPECTING: &'static str = "a number";
    fn from_u64(v: u64) -> Option<f64> {
        Some(v as f64)
    }
    fn from_i64(v: i64) -> Option<f64> {
        Some(v as f64)
    }
    fn from_f64(v: f64) -> Option<f64> {
        v.is_finite().then_some(v)
    }
}

impl Resolvable for bool {
    const EXPECTING: &'static str = "true or false";
    fn from_bool(v: bool) -> Option<bool> {
        Some(v)
    }
}

/// A value YAML resolved to a number or boolean (never from quoted text).
struct Resolved<T>(T);

impl<'de, T: Resolvable> Deserialize<'de> for Resolved<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct ResolvedVisitor<T>(std::marker::PhantomData<T>);
        impl<T: Resolvable> ResolvedVisitor<T> {
            fn or<E: de::Error>(&self, v: Option<T>, found: Unexpected) -> Result<Resolved<T>, E> {
                v.map(Resolved)
                    .ok_or_else(|| E::invalid_type(found, &T::EXPECTING))
            }
        }
        impl<T: Resolvable> Visitor<'_> for ResolvedVisitor<T> {
            type Value = Resolved<T>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str(T::EXPECTING)
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Resolved<T>, E> {
                self.or(T::from_u64(v), Unexpected::Unsigned(v))
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Resolved<T>, E> {
                self.or(T::from_i64(v), Unexpected::Signed(v))
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<Resolved<T>, E> {
                self.or(T::from_f64(v), Unexpected::Float(v))
            }
            fn visit_bool<E: de::Error>(self, v: bool) -> Result<Resolved<T>, E> {
                self.or(T::from_bool(v), Unexpected::Bool(v))
            }
        }
        d.deserialize_any(ResolvedVisitor(std::marker::PhantomData))
    }
}

/// `#[serde(deserialize_with = "resolved")]`: a spanned number or boolean YAML resolved.
pub(crate) fn resolved<'de, D, T>(d: D) -> Result<S<T>, D::Error>
where
    D: Deserializer<'de>,
    T: Resolvable,
{
    let s = S::<Resolved<T>>::deserialize(d)?;
    Ok(S {
        value: s.value.0,
        line: s.line,
        column: s.column,
        len: s.len,
    })
}

/// `#[serde(default, deserialize_with = "resolved_opt")]`: the same, for an optional field.
pub(crate) fn resolved_opt<'de, D, T>(d: D) -> Result<Option<S<T>>, D::Error>
where
    D: Deserializer<'de>,
    T: Resolvable,
{
    let s = Option::<S<Resolved<T>>>::deserialize(d)?;
    Ok(s.map(|s| S {
        value: s.value.0,
        line: s.line,
        column: s.column,
        len: s.len,
    }))
}

//! Messages as data: a Fluent id and typed arguments, turned into text only when shown, so that
//! every output format speaks the chosen language and tests can compare ids.

use super::{tr, Lang};
use crate::value::{Cents, Date};

/// A message to show: the id of a Fluent message (or `id.attribute`), its arguments, and
/// optionally a message that follows it (a "did you mean" before the rest of a help line).
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Message {
    id: &'static str,
    args: Vec<(&'static str, Arg)>,
    then: Option<Box<Message>>,
}

/// A message argument. Money and dates are formatted for the language when shown.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Arg {
    /// Shown as is: an id, a value from the content, a path.
    Text(String),
    /// A number; Fluent picks plural forms by it.
    Count(i64),
    /// An amount, formatted as on the site (fr `15 000,00 €`, nl `€ 15.000,00`).
    Money(Cents),
    /// A date, formatted as on the site (fr `1er juillet 2024`).
    Date(Date),
}

impl Message {
    /// A message without arguments yet.
    pub fn new(id: &'static str) -> Self {
        Message {
            id,
            args: Vec::new(),
            then: None,
        }
    }

    /// Adds a named argument.
    pub fn arg(mut self, name: &'static str, value: impl Into<Arg>) -> Self {
        self.args.push((name, value.into()));
        self
    }

    /// Shows `next` after this message, separated by a space.
    pub fn then(mut self, next: Message) -> Self {
        match &mut self.then {
            Some(t) => **t = t.as_ref().clone().then(next),
            None => self.then = Some(Box::new(next)),
        }
        self
    }

    /// The Fluent id (`budget-total`, or `budget-total.help` for an attribute).
    pub fn id(&self) -> &'static str {
        self.id
    }

    /// The arguments, in the order given.
    pub fn args(&self) -> &[(&'static str, Arg)] {
        &self.args
    }

    /// The message that follows, if any.
    pub fn next(&self) -> Option<&Message> {
        self.then.as_deref()
    }

    /// The text in `lang`.
    pub fn text(&self, lang: Lang) -> String {
        tr(lang, self)
    }
}

impl From<String> for Arg {
    fn from(v: String) -> Self {
        Arg::Text(v)
    }
}
impl From<&str> for Arg {
    fn from(v: &str) -> Self {
        Arg::Text(v.to_string())
    }
}
impl From<&String> for Arg {
    fn from(v: &String) -> Self {
        Arg::Text(v.clone())
    }
}
impl From<&crate::value::Id> for Arg {
    fn from(v: &crate::value::Id) -> Self {
        Arg::Text(v.to_string())
    }
}
impl From<Cents> for Arg {
    fn from(v: Cents) -> Self {
        Arg::Money(v)
    }
}
impl From<Date> for Arg {
    fn from(v: Date) -> Self {
        Arg::Date(v)
    }
}
macro_rules! counts {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(v: $t) -> Self {
                Arg::Count(i64::try_from(v).unwrap_or(i64::MAX))
            }
        }
    )*};
}
counts!(u8, u16, u32, u64, usize, i32, i64);

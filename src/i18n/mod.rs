//! Human text in the reader's language: messages as data ([`Message`]: a Fluent id and typed
//! arguments) → text in French, Dutch or English, from one `.ftl` file per language embedded in
//! the binary; the choice of language; the locale formats of money and dates.

mod bundle;
mod choose;
pub mod format;
mod message;

pub(crate) use bundle::{build as build_bundle, format as format_in, Bundle};
pub use bundle::{tr, FTL};
pub use choose::{choose, choose_with, Lang};
pub use message::{Arg, Message};

/// A [`Message`] from a Fluent id and named arguments: `msg!("budget-total", requested = req, sum = sum)`.
/// An id with a dot names an attribute (`budget-total.help`: the help line of `budget-total`).
#[macro_export]
macro_rules! msg {
    ($id:literal $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::i18n::Message::new($id)$(.arg(stringify!($name), $value))*
    };
}

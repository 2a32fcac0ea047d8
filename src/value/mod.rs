//! Values: the plain types every stage agrees on — calendar dates, money in cents, ids and the
//! Latin letters' base letters. At the bottom of the crate, importing none of its modules, so
//! that messages (`i18n`), diagnostics (`diag`), the boundary reader (`geo`) and the model can
//! all use them without importing each other.

mod date;
mod id;
mod letters;
mod money;

pub use date::Date;
pub use id::{is_valid_id, Id};
pub use letters::{fold_letters, latin_base};
pub use money::{Cents, MoneyError};

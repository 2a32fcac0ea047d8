//! Model: the validated site, built only by `validate`; `render` and `notify` accept nothing else.

mod date;
mod id;
mod money;
mod site;
mod status;

pub use date::Date;
pub use id::{is_valid_id, Id};
pub use money::{Cents, MoneyError};
pub use site::*;
pub use status::{Outcome, Requirement, Status, MIN_STEERING_GROUP};

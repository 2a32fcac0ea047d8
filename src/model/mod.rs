//! Model: the validated site, built only by `validate`; `render` and `notify` accept nothing else.

mod content_path;
mod editing;
mod lookup;
mod requirements;
mod site;
mod status;
mod translated;
mod web_url;

pub use crate::value::{fold_letters, is_valid_id, latin_base, Cents, Date, Id, MoneyError};
pub use content_path::{content_file_url, projects_folder, ContentPath, Placed, TRANSLATION_GLOB};
pub use editing::{Backend, Editing};
pub use lookup::{district_position, SiteIndex};
pub use requirements::{dates_ahead_of_status, gaps, Gap};
pub use site::*;
pub use status::{Outcome, Requirement, Status, MIN_STEERING_GROUP};
pub use translated::{list_lang, texts_in, Translated};
pub use web_url::{is_repo_path, is_this_computer, parse_https_url, UrlProblem, UrlUse};

/// Longest project summary, in characters: `validate` checks it, the JSON Schema states it.
pub const MAX_SUMMARY_CHARS: usize = 300;

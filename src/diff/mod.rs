//! Diff: the content at two revisions (validated sites + diagnostics) → [`Changes`], the facts a
//! change means for the programme → a pull-request comment (Markdown) or JSON.
//!
//! [`compare`] is pure and deterministic: same two sides, same facts; the renderers only format
//! them. The comment is a view of plain values (`comment_build.rs`) drawn by `comment.md.tera`.

mod changes;
mod comment_build;
mod comment_district;
mod comment_text;
mod comment_view;
mod compare;
mod data;
mod diagnostics;
mod district;
mod escape;
mod items;
mod json;
mod lacks;
mod markdown;
mod project;
mod sides;

pub use changes::*;
pub use compare::compare;
pub use json::render_json;
pub use markdown::{render_markdown, CommentError, MAX_CHARS};
pub use sides::Side;

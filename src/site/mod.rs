//! The shape of the site, below every stage: the kinds of content with their folders and URL
//! segments (`kind.rs`), the files of `data/` read and published (`files.rs`), the URL scheme
//! (`urls.rs`) and escaping for markup written in code (`escape.rs`). It imports no other module
//! of the crate, so that loading, rendering, e-mails, the pull-request comment, the editor and
//! `serve` agree on one shape without importing each other.

pub mod escape;
pub mod files;
mod kind;
pub mod urls;

pub use kind::Kind;

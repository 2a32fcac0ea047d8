//! `wijk diff`, in one test binary: the facts of a change (`facts`), the Markdown comment
//! (`markdown`), hostile content (`hostile`), the comment's language (`lang`) and translated
//! lists (`translated_lists`). One binary links once where five did.

#[path = "../diff_support/mod.rs"]
mod diff_support;

mod facts;
mod hostile;
mod lang;
mod markdown;
mod translated_lists;

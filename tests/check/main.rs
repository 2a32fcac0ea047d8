//! `wijk check`, in one test binary: one module per subject (`cargo test --test check cli::`
//! runs one); one binary links once where 6 did.

#[path = "../support/documents.rs"]
mod documents;
#[path = "../fixture_site/mod.rs"]
mod fixture_site;
#[path = "../support/photo.rs"]
mod photo;

mod cli;
mod i18n;
mod long_lines;
mod mistakes;
mod rules;
mod values;

//! the JSON Schemas, in one test binary: one module per subject (`cargo test --test schema agreement::`
//! runs one); one binary links once where 3 did.

#[path = "../fixture_site/mod.rs"]
mod fixture_site;

mod agreement;
mod docs;
mod validate;

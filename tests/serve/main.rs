//! `wijk serve`, in one test binary: one module per subject (`cargo test --test serve live::`
//! runs one); one binary links once where 2 did.

#[path = "../fixture_site/mod.rs"]
mod fixture_site;

mod live;
mod on_demand;

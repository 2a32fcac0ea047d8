//! `wijk cms`, the browser editor, in one test binary: its configuration (`config`), the
//! vendored editor (`vendor`), what `build` publishes of it (`build`), open authoring
//! (`open_authoring`), its date field run by node (`dates`), and end to end in Chromium on a
//! desktop (`browser`) and a phone (`phone`). One binary links once where seven did.

// The build and the notify support each carry the fixture site's module; both are needed here.
#![allow(clippy::duplicate_mod)]

#[path = "../browser_support/mod.rs"]
mod browser_support;
#[path = "../build_support/mod.rs"]
mod build_support;
#[path = "../notify_support/mod.rs"]
mod notify_support;
#[path = "../support/photo.rs"]
mod photo;

mod browser;
mod build;
mod config;
mod dates;
mod open_authoring;
mod phone;
mod vendor;

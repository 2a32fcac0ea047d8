//! `wijk build`, in one test binary: the example programme and small fixture sites built through
//! the library and the binary, and what their output must hold. One module per subject
//! (`cargo test --test build pages::` runs one); one binary links once where 27 did.

#[path = "../browser_support/mod.rs"]
mod browser_support;
#[path = "../build_support/mod.rs"]
mod build_support;
#[path = "../support/photo.rs"]
mod photo;

/// Chromium runs in one test at a time (the search's layout shift is measured in one).
pub use browser_support::one_browser_at_a_time;

mod boundaries;
mod browser;
mod calendar_links;
mod call;
mod cli;
mod crawlers;
mod datapackage;
mod districts;
mod editions;
mod faults;
mod hash;
mod html_valid;
mod ical;
mod map;
mod out_guard;
mod pages;
mod pictures;
mod plurals;
mod sanitise;
mod search_weight;
mod similar;
mod sitemap;
mod special;
mod srcset;
mod timeline;
mod totals;
mod translated_lists;

//! `wijk build`, in one test binary: the example programme and small fixture sites built through
//! the library and the binary, and what their output must hold. One module per subject
//! (`cargo test --test build pages::` runs one); one binary links once where 27 did.

#[path = "../browser_support/mod.rs"]
mod browser_support;
#[path = "../build_support/mod.rs"]
mod build_support;
#[path = "../support/photo.rs"]
mod photo;

use std::sync::{Mutex, MutexGuard};

/// Held while Chromium runs: one browser at a time, so that a browser's
/// measures (the search's layout shift) are not taken on a machine busy with another.
pub fn one_browser_at_a_time() -> MutexGuard<'static, ()> {
    static BROWSER: Mutex<()> = Mutex::new(());
    BROWSER
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

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

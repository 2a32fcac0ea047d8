//! What the browser tests need: Debian's Chromium, node and the packages of tests/browser.
//! A test skips with the reason when one is missing, unless WIJK_REQUIRE_BROWSER=1 (CI), where
//! it fails.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::Command;

/// The Chromium to drive (`CHROMIUM_PATH`, else Debian's).
pub fn chromium() -> PathBuf {
    std::env::var_os("CHROMIUM_PATH")
        .map_or_else(|| PathBuf::from("/usr/bin/chromium"), PathBuf::from)
}

/// Why a browser test cannot run here, if it cannot: Chromium, node, or one of `modules` in
/// `browser_dir/node_modules`.
pub fn missing_prerequisite(browser_dir: &Path, modules: &[&str]) -> Option<String> {
    if !chromium().is_file() {
        return Some(format!(
            "{} not found (apt-get install -y chromium)",
            chromium().display()
        ));
    }
    if Command::new("node").arg("--version").output().is_err() {
        return Some("node not found".into());
    }
    for module in modules {
        if !browser_dir.join("node_modules").join(module).is_dir() {
            return Some(format!(
                "{module} not installed (npm ci --prefix tests/browser)"
            ));
        }
    }
    None
}

/// `true` when the test must be skipped (said on stderr); panics when it may not be.
pub fn skip(browser_dir: &Path, modules: &[&str]) -> bool {
    skipped_because(missing_prerequisite(browser_dir, modules))
}

/// `true` when `why` says what is missing: then the test is skipped, and says so with the
/// reason in the test run's output (written past the harness's capture, so a skipped test does
/// not pass silently). Panics instead when WIJK_REQUIRE_BROWSER=1 (CI).
pub fn skipped_because(why: Option<String>) -> bool {
    use std::io::Write;
    let Some(why) = why else {
        return false;
    };
    let test = std::thread::current()
        .name()
        .unwrap_or("browser test")
        .to_string();
    let required = std::env::var("WIJK_REQUIRE_BROWSER").is_ok_and(|v| v == "1");
    assert!(
        !required,
        "{test} required (WIJK_REQUIRE_BROWSER=1) but {why}"
    );
    let _ = writeln!(std::io::stderr().lock(), "{test}: skipped: {why}");
    true
}

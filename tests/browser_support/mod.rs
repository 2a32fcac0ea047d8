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

/// A process killed when the test ends, however it ends.
pub struct Running(pub std::process::Child);

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// A port nothing listens on now.
pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .unwrap()
}

/// Waits (up to 30 s) until something listens on `port`.
pub fn wait_for_port(port: u16) {
    let start = std::time::Instant::now();
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(
            start.elapsed() < std::time::Duration::from_secs(30),
            "nothing listens on {port}"
        );
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
}

/// decap-server (from `browser_dir/node_modules`) in git mode on the repository at `root`,
/// listening; returns the process and its port.
pub fn decap_server(root: &Path, browser_dir: &Path) -> (Running, u16) {
    let port = free_port();
    let decap = Running(
        Command::new("node")
            .arg(browser_dir.join("node_modules/decap-server/dist/index.js"))
            .env("MODE", "git")
            .env("GIT_REPO_DIRECTORY", root)
            .env("BIND_HOST", "127.0.0.1")
            .env("PORT", port.to_string())
            .env("LOG_LEVEL", "error")
            .stdout(std::process::Stdio::null())
            .spawn()
            .unwrap(),
    );
    wait_for_port(port);
    (decap, port)
}

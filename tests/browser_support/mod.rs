//! What the browser and external-tool tests need: Debian's Chromium, node and the packages of
//! tests/browser, Java, pdftotext, Python's parsers. Those tests are `#[ignore = "needs …"]`, so
//! that `cargo test` on a fresh machine runs without them; `cargo test -- --include-ignored` (CI)
//! runs them, and there a missing tool is a failure that says what to install.
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

/// Fails the test, saying what to install, when Chromium, node or one of `modules` is missing.
pub fn require_browser(browser_dir: &Path, modules: &[&str]) {
    require(missing_prerequisite(browser_dir, modules));
}

/// Fails the test when `why` says what is missing: an ignored test that was asked for
/// (`--include-ignored`) never passes without having run. Fails too when the test was run
/// without being asked for, since then it lacks its `#[ignore = "needs …"]` and plain
/// `cargo test` would need the tool.
pub fn require(why: Option<String>) {
    let test = std::thread::current()
        .name()
        .unwrap_or("this test")
        .to_string();
    let asked = std::env::args().any(|a| a == "--include-ignored" || a == "--ignored");
    assert!(
        asked,
        "{test} needs an outside tool: mark it #[ignore = \"needs <tool>: cargo test -- --include-ignored\"]"
    );
    if let Some(why) = why {
        panic!("{test} cannot run: {why}; .ci/run installs everything the ignored tests need");
    }
}

/// Fails the test unless `program args` runs and succeeds; `install` says how to get it.
pub fn require_command(program: &str, args: &[&str], install: &str) {
    let ok = Command::new(program)
        .args(args)
        .output()
        .is_ok_and(|o| o.status.success());
    require((!ok).then(|| format!("`{program}` not found or failing ({install})")));
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
/// decap-server in git mode on `root`, its errors written to `log`.
pub fn decap_server(root: &Path, browser_dir: &Path, log: &Path) -> (Running, u16) {
    let port = free_port();
    let log = std::fs::File::create(log).unwrap();
    let decap = Running(
        Command::new("node")
            .arg(browser_dir.join("node_modules/decap-server/dist/index.js"))
            .env("MODE", "git")
            .env("GIT_REPO_DIRECTORY", root)
            .env("BIND_HOST", "127.0.0.1")
            .env("PORT", port.to_string())
            .env("LOG_LEVEL", "error")
            .stdout(std::process::Stdio::null())
            .stderr(log)
            .spawn()
            .unwrap(),
    );
    wait_for_port(port);
    (decap, port)
}

/// Held while Chromium runs: the tests of one binary that start a browser take turns, so that
/// on two cores a browser's waits and measures (the search's layout shift) are not spent on
/// another's work.
pub fn one_browser_at_a_time() -> std::sync::MutexGuard<'static, ()> {
    static BROWSER: std::sync::Mutex<()> = std::sync::Mutex::new(());
    BROWSER
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

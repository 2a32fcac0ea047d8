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

/// The two journeys in Chromium (desktop and phone) take turns: each starts a decap-server, a
/// `wijk serve` and a browser, and on two cores together they run past their waits.
pub use browser_support::one_browser_at_a_time;
use browser_support::{decap_server, free_port, Running};
use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};

/// decap-server in git mode on `repo`, then `wijk serve` with its editor saving there; returns
/// both processes and the site's address.
/// decap-server and `wijk serve --cms-port` on `repo`, their messages written beside it
/// (`decap.log`, `serve.log`: [`server_logs`] shows them when a journey fails).
pub fn serve_editor(
    repo: &notify_support::Repo,
    browser_dir: &std::path::Path,
) -> (Running, Running, String) {
    let (decap, proxy_port) = decap_server(&repo.root, browser_dir, &repo.scratch("decap.log"));
    let port = free_port();
    let mut site = Running(
        Command::new(env!("CARGO_BIN_EXE_wijk"))
            .args(["--root", repo.root.to_str().unwrap(), "--verbose", "serve"])
            .args(["--port", &port.to_string()])
            .args(["--cms-port", &proxy_port.to_string()])
            .env("NO_COLOR", "1")
            .env("WIJK_LANG", "en")
            .stdout(Stdio::piped())
            .stderr(std::fs::File::create(repo.scratch("serve.log")).unwrap())
            .spawn()
            .unwrap(),
    );
    let mut first = String::new();
    BufReader::new(site.0.stdout.take().unwrap())
        .read_line(&mut first)
        .unwrap();
    assert!(first.starts_with("serving http://127.0.0.1:"), "{first}");
    (decap, site, format!("http://127.0.0.1:{port}"))
}

/// What decap-server and `wijk serve` said while a journey on `repo` ran.
pub fn server_logs(repo: &notify_support::Repo) -> String {
    ["decap.log", "serve.log"]
        .iter()
        .map(|name| {
            let text = std::fs::read_to_string(repo.scratch(name)).unwrap_or_default();
            format!("--- {name}\n{text}")
        })
        .collect::<Vec<_>>()
        .join("\n")
}

mod browser;
mod build;
mod config;
mod dates;
mod open_authoring;
mod phone;
mod vendor;

//! The built example site in a real headless Chromium (tests/browser/run.mjs): page loads,
//! axe-core WCAG 2.1 A/AA, search, language switch. Skips with a reason when Chromium, node
//! or tests/browser/node_modules are missing, unless WIJK_REQUIRE_BROWSER=1.

mod build_support;

use build_support::*;
use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::Command;

fn chromium() -> PathBuf {
    std::env::var_os("CHROMIUM_PATH")
        .map_or_else(|| PathBuf::from("/usr/bin/chromium"), PathBuf::from)
}

/// Why the browser test cannot run here, if it cannot.
fn missing_prerequisite(browser_dir: &Path) -> Option<String> {
    if !chromium().is_file() {
        return Some(format!(
            "{} not found (apt-get install -y chromium)",
            chromium().display()
        ));
    }
    if Command::new("node").arg("--version").output().is_err() {
        return Some("node not found".into());
    }
    for module in ["playwright-core", "axe-core"] {
        if !browser_dir.join("node_modules").join(module).is_dir() {
            return Some(format!(
                "{module} not installed (npm ci --prefix tests/browser)"
            ));
        }
    }
    None
}

/// Serves `root` on 127.0.0.1 (a free port) from a background thread; returns the base URL.
fn serve(root: PathBuf) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap();
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            let root = root.clone();
            std::thread::spawn(move || respond(&root, stream));
        }
    });
    format!("http://{addr}")
}

fn respond(root: &Path, mut stream: TcpStream) {
    let mut reader = BufReader::new(stream.try_clone().unwrap());
    let mut request = String::new();
    if reader.read_line(&mut request).is_err() {
        return;
    }
    let mut line = String::new();
    while reader.read_line(&mut line).is_ok_and(|n| n > 2) {
        line.clear();
    }
    let target = request.split_whitespace().nth(1).unwrap_or("/");
    let path = target.split(['?', '#']).next().unwrap_or("/");
    let mut file = root.to_path_buf();
    for seg in path.split('/').filter(|s| !s.is_empty() && *s != "..") {
        file.push(seg);
    }
    if file.is_dir() {
        file.push("index.html");
    }
    let (status, body, file) = match std::fs::read(&file) {
        Ok(b) => ("200 OK", b, file),
        Err(_) => {
            let nf = root.join("404.html");
            ("404 Not Found", std::fs::read(&nf).unwrap_or_default(), nf)
        }
    };
    let kind = match file.extension().and_then(|e| e.to_str()).unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "js" => "text/javascript; charset=utf-8",
        "json" | "geojson" => "application/json",
        "xml" => "application/xml",
        "png" => "image/png",
        "svg" => "image/svg+xml",
        "jpg" | "jpeg" => "image/jpeg",
        _ => "application/octet-stream",
    };
    let head = format!(
        "HTTP/1.1 {status}\r\nContent-Type: {kind}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
        body.len()
    );
    let _ = stream
        .write_all(head.as_bytes())
        .and_then(|_| stream.write_all(&body));
}

#[test]
fn example_site_works_in_a_real_browser() {
    let browser_dir = crate_root().join("tests/browser");
    if let Some(why) = missing_prerequisite(&browser_dir) {
        let required = std::env::var("WIJK_REQUIRE_BROWSER").is_ok_and(|v| v == "1");
        assert!(
            !required,
            "browser test required (WIJK_REQUIRE_BROWSER=1) but {why}"
        );
        eprintln!("skipping the browser test: {why}");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("public");
    build_lib(&crate_root(), &out, Some("http://127.0.0.1"));
    let url = serve(out);
    let run = Command::new("node")
        .arg(browser_dir.join("run.mjs"))
        .arg(&url)
        .env("CHROMIUM_PATH", chromium())
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&run.stdout);
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert!(
        run.status.success(),
        "browser checks failed:\n{stdout}\n{stderr}"
    );
    assert!(
        stdout.contains("checked") && stdout.trim_end().ends_with("ok"),
        "{stdout}"
    );
}

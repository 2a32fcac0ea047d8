//! The built example site in a real headless Chromium (tests/browser/run.mjs): page loads,
//! axe-core WCAG 2.2 A/AA, a 320-px phone pass over every page type (no sideways scroll, targets
//! of 24 x 24 px, readable SVG text, the heading on the first screen), search, language switch,
//! no layout shift while search results load.
//! Needs Chromium, node and tests/browser/node_modules, hence ignored by plain `cargo test`;
//! `cargo test -- --include-ignored` (CI) runs it.

use crate::browser_support::{chromium, require_browser};
use crate::build_support::*;
use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::Command;

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

/// The browser folder, or `None` (with the reason printed) when the test cannot run here.
/// Runs a browser script with node against Debian's Chromium; its standard output, once it
/// succeeded.
fn run_script(script: &Path, args: &[&str]) -> String {
    let _turn = crate::one_browser_at_a_time();
    let run = Command::new("node")
        .arg(script)
        .args(args)
        .env("CHROMIUM_PATH", chromium())
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&run.stdout).into_owned();
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert!(
        run.status.success(),
        "{} failed:\n{stdout}\n{stderr}",
        script.display()
    );
    stdout
}

/// The browser tests' folder, once Chromium, node and its packages are known to be there.
fn browser_dir() -> PathBuf {
    let browser_dir = crate_root().join("tests/browser");
    require_browser(&browser_dir, &["playwright-core", "axe-core", "leaflet"]);
    browser_dir
}

/// The browser tests' folder, and the example site built for 127.0.0.1 and served (its folder
/// kept while the test runs).
fn served_example() -> (PathBuf, tempfile::TempDir, String) {
    let browser_dir = browser_dir();
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("public");
    build_lib(&crate_root(), &out, Some("http://127.0.0.1"));
    let url = serve(out);
    (browser_dir, dir, url)
}

#[test]
#[ignore = "needs chromium, node and tests/browser/node_modules: cargo test -- --include-ignored"]
fn example_site_works_in_a_real_browser() {
    let (browser_dir, _dir, url) = served_example();
    let stdout = run_script(&browser_dir.join("run.mjs"), &[&url]);
    assert!(
        stdout.contains("checked") && stdout.trim_end().ends_with("ok"),
        "{stdout}"
    );
}

/// A phrase search checks every candidate it shows, not only the first ones: 30 pages hold both
/// words, the five ranked last hold them as the phrase (free pages rank by URL).
#[test]
#[ignore = "needs chromium, node and tests/browser/node_modules: cargo test -- --include-ignored"]
fn a_quoted_phrase_is_checked_on_every_result_shown() {
    let browser_dir = browser_dir();
    let site = site_copy("check-base");
    let mut expected = Vec::new();
    for n in 0..30 {
        let body = if n >= 25 {
            expected.push(format!("/fr/pages/phrase-{n:02}/"));
            "Le zorglub wabbit du quartier."
        } else {
            "Le wabbit et le zorglub du quartier."
        };
        std::fs::write(
            site.path().join(format!("content/pages/phrase-{n:02}.md")),
            format!("---\ntitle: Page {n}\n---\n{body}\n"),
        )
        .unwrap();
    }
    let out = site.path().join("public");
    build_lib(site.path(), &out, Some("http://127.0.0.1"));
    let url = serve(out);
    let mut args = vec![url.as_str(), "zorglub wabbit"];
    args.extend(expected.iter().map(String::as_str));
    let stdout = run_script(&browser_dir.join("phrase.mjs"), &args);
    assert!(stdout.trim_end().ends_with("phrase ok"), "{stdout}");
}

/// The search page does not jump while the results of its query load (Lighthouse's CLS), at a
/// desktop and a phone size: the scrollbar's room is kept and the results' area is sized first.
#[test]
#[ignore = "needs chromium, node and tests/browser/node_modules: cargo test -- --include-ignored"]
fn the_search_page_does_not_jump_while_its_results_load() {
    let (browser_dir, _dir, url) = served_example();
    let paths = ["/fr/search/?q=compost", "/nl/search/?q=compost"];
    let mut args = vec![url.as_str()];
    args.extend(paths);
    let stdout = run_script(&browser_dir.join("layout-shift.mjs"), &args);
    assert!(stdout.trim_end().ends_with("layout shift ok"), "{stdout}");
}

/// A tile server on 127.0.0.1: a tiny PNG for every tile, `/count` says how many tiles it served.
fn tile_server() -> String {
    const PNG: &[u8] = &[
        0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44,
        0x52, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1f,
        0x15, 0xc4, 0x89, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x44, 0x41, 0x54, 0x78, 0x9c, 0x63, 0xf8,
        0xff, 0xff, 0x3f, 0x00, 0x05, 0xfe, 0x02, 0xfe, 0xa7, 0x35, 0x81, 0x84, 0x00, 0x00, 0x00,
        0x00, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82,
    ];
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap();
    let served = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
    std::thread::spawn(move || {
        for mut stream in listener.incoming().flatten() {
            let mut request = String::new();
            let mut reader = BufReader::new(stream.try_clone().unwrap());
            if reader.read_line(&mut request).is_err() {
                continue;
            }
            let mut line = String::new();
            while reader.read_line(&mut line).is_ok_and(|n| n > 2) {
                line.clear();
            }
            let target = request.split_whitespace().nth(1).unwrap_or("/");
            let (kind, body) = if target == "/count" {
                let n = served.load(std::sync::atomic::Ordering::SeqCst);
                ("text/plain", n.to_string().into_bytes())
            } else {
                served.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
                ("image/png", PNG.to_vec())
            };
            let head = format!(
                "HTTP/1.1 200 OK\r\nContent-Type: {kind}\r\nContent-Length: {}\r\nAccess-Control-Allow-Origin: *\r\nConnection: close\r\n\r\n",
                body.len()
            );
            let _ = stream
                .write_all(head.as_bytes())
                .and_then(|_| stream.write_all(&body));
        }
    });
    format!("http://{addr}")
}

#[test]
#[ignore = "needs chromium, node and tests/browser/node_modules: cargo test -- --include-ignored"]
fn the_map_works_in_a_real_browser_and_asks_the_tile_server_only_after_the_click() {
    let browser_dir = browser_dir();
    let vendored = std::fs::read(crate_root().join("themes/default/static/leaflet/leaflet.js"));
    let pinned = std::fs::read(browser_dir.join("node_modules/leaflet/dist/leaflet.js"));
    assert!(
        vendored.unwrap() == pinned.unwrap(),
        "themes/default/static/leaflet/leaflet.js differs from the pinned npm leaflet"
    );
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("site");
    for part in ["content", "data", "themes"] {
        copy_tree(&crate_root().join(part), &root.join(part));
    }
    let tiles = tile_server();
    let programme = std::fs::read_to_string(root.join("data/programme.yaml")).unwrap();
    let local = format!("tiles: \"{tiles}/{{z}}/{{x}}/{{y}}.png\"");
    let programme = programme.replace(
        "tiles: \"https://tile.openstreetmap.org/{z}/{x}/{y}.png\"",
        &local,
    );
    assert!(programme.contains(&local));
    std::fs::write(root.join("data/programme.yaml"), programme).unwrap();
    let out = dir.path().join("public");
    build_lib(&root, &out, Some("http://127.0.0.1"));
    let url = serve(out);
    let stdout = run_script(&browser_dir.join("map.mjs"), &[&url, &tiles]);
    assert_eq!(stdout.trim_end(), "map ok");
}

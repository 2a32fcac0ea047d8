//! Every HTML page of the built example site passes the Nu HTML Checker (vnu.jar from the npm
//! package `vnu-jar` in tests/browser, run with Java). Needs both, hence ignored by plain
//! `cargo test`; `cargo test -- --include-ignored` (CI) runs it.

use crate::browser_support;
use crate::build_support::*;
use std::process::Command;

#[test]
#[ignore = "needs java and vnu-jar: cargo test -- --include-ignored"]
fn every_page_of_the_example_site_passes_the_nu_html_checker() {
    let jar = crate_root().join("tests/browser/node_modules/vnu-jar/build/dist/vnu.jar");
    let java = Command::new("java").arg("-version").output();
    let missing = if java.is_err() {
        Some("java not found (apt-get install -y default-jre-headless)".to_string())
    } else if !jar.is_file() {
        Some("vnu-jar not installed (npm ci --prefix tests/browser)".to_string())
    } else {
        None
    };
    browser_support::require(missing);
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("public");
    build_lib(&crate_root(), &out, Some("http://127.0.0.1"));
    let pages = walk_html(&out);
    assert!(pages > 50, "only {pages} pages built");
    let run = Command::new("java")
        .arg("-jar")
        .arg(&jar)
        .args(["--errors-only", "--skip-non-html", "--format", "text"])
        .arg(&out)
        .output()
        .unwrap();
    let report = format!(
        "{}{}",
        String::from_utf8_lossy(&run.stdout),
        String::from_utf8_lossy(&run.stderr)
    );
    assert!(
        run.status.success() && !report.to_lowercase().contains("error:"),
        "the Nu HTML Checker found errors in the {pages} pages:\n{report}"
    );
}

fn walk_html(dir: &std::path::Path) -> usize {
    std::fs::read_dir(dir)
        .unwrap()
        .flatten()
        .map(|e| {
            let p = e.path();
            if p.is_dir() {
                walk_html(&p)
            } else {
                usize::from(p.extension().is_some_and(|x| x == "html"))
            }
        })
        .sum()
}

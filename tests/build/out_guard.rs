//! `build --out` never replaces the sources: an output that is, holds or lies inside the site root's
//! `content/`, `data/` or `themes/` (or is the root or a folder above it) is refused with exit 2
//! before anything moves.

use crate::build_support::{site_copy, snapshot_tree, wijk};
use std::path::Path;

fn build_in(cwd: &Path, root: &str, out: &str) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_wijk"))
        .current_dir(cwd)
        .args(["--root", root, "build", "--out", out])
        .env("NO_COLOR", "1")
        .env("WIJK_LANG", "en")
        .env_remove("WIJK_REVIEWER_EMAILS")
        .output()
        .unwrap()
}

#[test]
fn rejects_an_output_that_overlaps_the_sources() {
    let site = site_copy("build-small");
    let root = site.path().join("site");
    std::fs::create_dir(&root).unwrap();
    for d in ["content", "data", "themes"] {
        std::fs::rename(site.path().join(d), root.join(d)).unwrap();
    }
    let before = snapshot_tree(site.path());
    let cases = [
        ("site", "site"),
        ("site", "site/content"),
        ("site", "site/content/"),
        ("site", "site/content/."),
        ("site", "site/data"),
        ("site", "site/themes"),
        ("site", "site/themes/default"),
        ("site", "site/content/pages/new-folder"),
        ("site", "site/content/not/yet/there"),
        ("site", "site/./content"),
        ("site", "site/public/../content"),
        ("site", "."),
        ("site", "site/."),
        ("site/content/pages", "../../.."),
        ("site", "site/.."),
    ];
    for (root_arg, out) in cases {
        let o = build_in(site.path(), root_arg, out);
        let err = String::from_utf8_lossy(&o.stderr);
        assert_eq!(o.status.code(), Some(2), "--out {out}: {err}");
        assert_eq!(
            err.trim().lines().count(),
            1,
            "--out {out}: one line expected: {err}"
        );
        assert!(err.contains("--out"), "--out {out}: {err}");
        assert!(
            snapshot_tree(site.path()) == before,
            "--out {out} changed the files"
        );
    }
    let o = build_in(&root.join("content/pages"), "../..", "../..");
    assert_eq!(o.status.code(), Some(2));
    // A folder next to the sources is fine, written through `.` or `..` alike.
    let o = build_in(site.path(), "site", "site/public/.");
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    assert!(root.join("public/index.html").is_file());
    let o = build_in(&root.join("content"), "..", "../public2/sub/..");
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    assert!(root.join("public2/index.html").is_file());
    let names: Vec<String> = std::fs::read_dir(&root)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with('.') && !n.ends_with(".lock") && n != ".wijk-cache")
        .collect();
    assert!(names.is_empty(), "staging left behind: {names:?}");
}

#[cfg(unix)]
#[test]
fn rejects_an_output_that_reaches_the_sources_through_a_link() {
    let site = site_copy("build-small");
    let elsewhere = tempfile::tempdir().unwrap();
    let alias = elsewhere.path().join("alias");
    std::os::unix::fs::symlink(site.path().join("content"), &alias).unwrap();
    let before = snapshot_tree(&site.path().join("content"));
    let o = wijk(&[
        "--root",
        site.path().to_str().unwrap(),
        "build",
        "--out",
        alias.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert!(snapshot_tree(&site.path().join("content")) == before);
}

//! `wijk check` as a user runs it: output formats, exit codes, and hostile input that must neither
//! panic nor hang.

use crate::fixture_site::Site;
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

const PROJECT: &str = "content/districts/wiels/projects/potager.md";

/// Runs the binary with a deadline; fails the test on a hang or a panic.
fn wijk(args: &[&str]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_wijk"))
        .args(args)
        .env("NO_COLOR", "1")
        .env("WIJK_LANG", "en")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let start = Instant::now();
    while child.try_wait().unwrap().is_none() {
        if start.elapsed() > Duration::from_secs(60) {
            let _ = child.kill();
            panic!("wijk {args:?} did not finish within 60 s");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("panicked"), "wijk panicked: {stderr}");
    out
}

fn check(site: &Site, extra: &[&str]) -> Output {
    let root = site.root().to_str().unwrap().to_string();
    let mut args = vec!["--root", &root, "check"];
    args.extend_from_slice(extra);
    wijk(&args)
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

#[test]
fn accepts_a_valid_site_with_exit_0() {
    let o = check(&Site::base(), &[]);
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
    assert!(stdout(&o).contains("no problems found"));
}

#[test]
fn rejects_a_missing_root_with_exit_2_and_one_line() {
    let o = wijk(&["--root", "/nonexistent/wijk-site", "check"]);
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(err.trim().lines().count(), 1, "{err}");
    assert!(
        err.contains("/nonexistent/wijk-site") && err.contains("does not exist"),
        "{err}"
    );
}

#[test]
fn rejects_a_folder_that_is_not_a_site_root_with_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    let o = wijk(&["--root", dir.path().to_str().unwrap(), "check"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("data/programme.yaml"));
}

#[test]
fn rejects_unknown_options_with_exit_2() {
    let o = wijk(&["check", "--format", "xml"]);
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn prints_rustc_style_snippets_with_a_caret() {
    let s = Site::base();
    s.edit(PROJECT, "requested: 2330.5", "requested: 2330");
    let o = check(&s, &[]);
    assert_eq!(o.status.code(), Some(1));
    let out = stdout(&o);
    assert!(
        !out.contains('\x1b'),
        "no colour when piped or with NO_COLOR: {out:?}"
    );
    let expected = format!(
        "error[budget.total]: requested €2,330.00 differs from the sum of the lines, €2,330.50\n  --> {PROJECT}:12:14\n   |\n12 |   requested: 2330\n   |              ^^^^\n"
    );
    assert!(out.starts_with(&expected), "{out}");
    assert!(out.trim_end().ends_with("1 error and 0 warnings"), "{out}");
}

#[test]
fn prints_json_objects_with_relative_files() {
    let s = Site::base();
    s.edit(PROJECT, "themes: [food]", "themes: [cooking]");
    let o = check(&s, &["--format", "json"]);
    assert_eq!(o.status.code(), Some(1));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let items = v.as_array().unwrap();
    assert_eq!(items.len(), 1);
    let d = &items[0];
    assert_eq!(d["file"], PROJECT);
    assert_eq!(d["line"], 4);
    assert_eq!(d["column"], 10);
    assert_eq!(d["severity"], "error");
    assert_eq!(d["code"], "ref.theme");
    assert!(d["message"].as_str().unwrap().contains("cooking"));
    let keys: Vec<&String> = d.as_object().unwrap().keys().collect();
    assert_eq!(
        keys,
        ["code", "column", "file", "line", "message", "severity"]
    );
}

#[test]
fn prints_github_annotations() {
    let s = Site::base();
    s.edit(PROJECT, "spent: 1890.25", "spent: 2100");
    let o = check(&s, &["--format", "github"]);
    assert_eq!(o.status.code(), Some(1));
    let out = stdout(&o);
    let line = out.lines().next().unwrap();
    assert!(
        line.starts_with(&format!("::error file={PROJECT},line=14,col=10,title=budget.overspent::spent €2,100.00 is more than granted €2,000.00")),
        "{line}"
    );
}

#[test]
fn fails_on_warnings_only_with_deny_warnings() {
    let s = Site::base();
    s.edit(
        "content/pages/about.md",
        "soutient les habitants.",
        "soutient les habitants: anne@example.org.",
    );
    let o = check(&s, &[]);
    assert_eq!(o.status.code(), Some(0));
    assert!(stdout(&o).contains("warning[privacy.email]"));
    let o = check(&s, &["--deny-warnings"]);
    assert_eq!(o.status.code(), Some(1));
    let o = check(&s, &["--deny-warnings", "--format", "github"]);
    assert!(
        stdout(&o).starts_with("::warning file=content/pages/about.md,line=4,"),
        "{}",
        stdout(&o)
    );
}

/// Each hostile file must give exit 1 with a diagnostic naming it, quickly and without panic.
fn assert_rejected(site: &Site, file: &str, codes: &[&str]) {
    let o = check(site, &["--format", "json"]);
    assert_eq!(o.status.code(), Some(1), "{}", stdout(&o));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let hit = v
        .as_array()
        .unwrap()
        .iter()
        .any(|d| d["file"] == file && codes.contains(&d["code"].as_str().unwrap()));
    assert!(hit, "expected one of {codes:?} on {file}: {v:#}");
}

fn alias_bomb() -> String {
    let mut y = String::from("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
    let names = ["a", "b", "c", "d", "e", "f", "g", "h", "i"];
    for w in names.windows(2) {
        y.push_str(&format!(
            "{}: &{} [{}]\n",
            w[1],
            w[1],
            vec![format!("*{}", w[0]); 10].join(", ")
        ));
    }
    y
}

#[test]
fn rejects_an_alias_bomb_where_any_value_is_accepted() {
    let s = Site::base();
    s.write(
        "content/pages/about.nl.md",
        format!("---\n{}---\nText\n", alias_bomb()),
    );
    let o = check(&s, &["--format", "json"]);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let d = &v.as_array().unwrap()[0];
    assert_eq!(
        (d["file"].as_str(), d["code"].as_str()),
        (Some("content/pages/about.nl.md"), Some("yaml.syntax")),
        "{v:#}"
    );
    assert!(
        d["message"]
            .as_str()
            .unwrap()
            // The file is Dutch (`.nl.md`): its diagnostics speak Dutch.
            .contains("te groot of te diep genest"),
        "{v:#}"
    );
}

#[test]
fn rejects_an_alias_bomb_in_a_data_file_without_cascading() {
    let s = Site::base();
    s.write("data/themes.yaml", alias_bomb());
    let o = check(&s, &["--format", "json"]);
    assert_eq!(o.status.code(), Some(1));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let files: Vec<&str> = v
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["file"].as_str().unwrap())
        .collect();
    assert_eq!(
        files,
        vec!["data/themes.yaml"],
        "theme references are not reported while themes.yaml is broken"
    );
}

#[test]
fn rejects_100k_deep_nesting() {
    let s = Site::base();
    let deep = format!(
        "---\ntitle: {}{}\n---\n",
        "[".repeat(100_000),
        "]".repeat(100_000)
    );
    s.write("content/pages/deep.md", deep);
    assert_rejected(
        &s,
        "content/pages/deep.md",
        &["yaml.syntax", "schema.invalid-value"],
    );
    s.write(
        "content/pages/about.nl.md",
        format!(
            "---\nx: {}{}\n---\n",
            "[".repeat(100_000),
            "]".repeat(100_000)
        ),
    );
    assert_rejected(&s, "content/pages/about.nl.md", &["yaml.syntax"]);
    let block: String = (0..10_000)
        .map(|i| format!("{}- \n", " ".repeat(i % 200)))
        .collect();
    s.write(
        "content/pages/deep.md",
        format!("---\ntitle:\n{block}---\n"),
    );
    assert_rejected(
        &s,
        "content/pages/deep.md",
        &["yaml.syntax", "schema.invalid-value"],
    );
}

#[test]
fn rejects_non_utf8_data() {
    let s = Site::base();
    s.write(
        "data/communes.yaml",
        b"forest: {fr: For\xeat, nl: Vorst}\n".as_slice(),
    );
    assert_rejected(&s, "data/communes.yaml", &["file.encoding"]);
}

#[test]
fn rejects_empty_and_binary_files() {
    let s = Site::base();
    s.write("content/pages/empty.md", "");
    s.write(
        "content/pages/binary.md",
        (0u8..=255).cycle().take(4096).collect::<Vec<u8>>(),
    );
    assert_rejected(&s, "content/pages/empty.md", &["file.front-matter"]);
    assert_rejected(
        &s,
        "content/pages/binary.md",
        &["file.encoding", "file.front-matter"],
    );
}

#[test]
fn rejects_an_empty_front_matter() {
    let s = Site::base();
    s.write("content/pages/blank.md", "---\n---\nText\n");
    assert_rejected(
        &s,
        "content/pages/blank.md",
        &["schema.missing-field", "schema.invalid-value"],
    );
}

#[test]
fn rejects_a_data_file_over_the_limit() {
    let s = Site::base();
    let mut y = String::new();
    for i in 0..40_000 {
        y.push_str(&format!("t{i}: {{fr: Thème {i}, nl: Thema {i}}}\n"));
    }
    s.write("data/themes.yaml", y);
    assert_rejected(&s, "data/themes.yaml", &["file.too-large"]);
}

#[cfg(unix)]
#[test]
fn rejects_a_symlink_pointing_outside_the_root() {
    let s = Site::base();
    let outside = tempfile::tempdir().unwrap();
    std::fs::write(
        outside.path().join("secret.md"),
        "---\ntitle: Secret\n---\nsecret\n",
    )
    .unwrap();
    std::os::unix::fs::symlink(outside.path(), s.root().join("content/pages/outside")).unwrap();
    std::os::unix::fs::symlink(
        outside.path().join("secret.md"),
        s.root().join("data/reviewers.yaml.bak"),
    )
    .unwrap();
    let o = check(&s, &["--format", "json"]);
    assert_eq!(o.status.code(), Some(1));
    let out = stdout(&o);
    assert!(
        out.contains("content/pages/outside") && out.contains("file.symlink"),
        "{out}"
    );
    assert!(!out.contains("Secret"), "the link was followed: {out}");
}

//! `wijk build` publishes the browser editor under /admin/ only when the programme has
//! `editing:`; `wijk cms` writes the same files; a wrong `editing:` block is a diagnostic.

use crate::build_support;

use build_support::{build, copy_tree, crate_root, read, wijk};

/// A copy of the example programme (content, data, vendored editor), with `editing` appended
/// to its programme.yaml when given.
fn example(editing: Option<&str>) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for sub in ["content", "data", "vendor"] {
        copy_tree(&crate_root().join(sub), &dir.path().join(sub));
    }
    if let Some(block) = editing {
        let p = dir.path().join("data/programme.yaml");
        let mut text = std::fs::read_to_string(&p).unwrap();
        text.push_str(block);
        std::fs::write(p, text).unwrap();
    }
    dir
}

#[test]
fn accepts_a_site_without_editing_and_publishes_no_admin() {
    let site = example(None);
    let out = site.path().join("public");
    let run = build(site.path(), &out);
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    assert!(!out.join("admin").exists());
}

#[test]
fn accepts_editing_and_publishes_the_editor_under_admin() {
    let site = example(Some(
        "editing: {backend: github, repo: quartiers/contenu, branch: main}\n",
    ));
    let out = site.path().join("public");
    let run = build(site.path(), &out);
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let index = read(&out, "admin/index.html");
    assert!(index.contains("decap-cms/decap-cms.js"));
    let config = read(&out, "admin/config.fr.yml");
    let json = &config[config.find('{').unwrap()..];
    let config: serde_json::Value = serde_json::from_str(json).unwrap();
    assert_eq!(config["backend"]["name"], "wijk-github");
    assert_eq!(config["backend"]["repo"], "quartiers/contenu");
    assert_eq!(config["backend"]["branch"], "main");
    let vendored = std::fs::read(crate_root().join("vendor/decap-cms/decap-cms.js")).unwrap();
    assert_eq!(
        std::fs::read(out.join("admin/decap-cms/decap-cms.js")).unwrap(),
        vendored
    );
    assert!(out.join("admin/decap-cms/LICENSE").exists());
    assert!(!out.join("admin/decap-cms/README.md").exists());
    // `wijk cms` writes the same files.
    let admin = site.path().join("admin-copy");
    let run = wijk(&[
        "--root",
        site.path().to_str().unwrap(),
        "cms",
        "--out",
        admin.to_str().unwrap(),
    ]);
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    for f in [
        "index.html",
        "config.nl.yml",
        "wijk-cms.js",
        "decap-cms/decap-cms.js",
    ] {
        assert_eq!(
            std::fs::read(admin.join(f)).unwrap(),
            std::fs::read(out.join("admin").join(f)).unwrap(),
            "{f}"
        );
    }
}

#[test]
fn rejects_a_damaged_vendored_editor_with_exit_2() {
    let site = example(Some(
        "editing: {backend: gitlab, repo: quartiers/contenu}\n",
    ));
    let js = site.path().join("vendor/decap-cms/decap-cms.js");
    std::fs::write(&js, "/* changed */").unwrap();
    let out = site.path().join("public");
    let run = build(site.path(), &out);
    assert_eq!(run.status.code(), Some(2));
    let err = String::from_utf8_lossy(&run.stderr);
    assert!(err.contains("SHA256SUMS"), "{err}");
    assert!(!out.exists(), "nothing is published");
}

#[test]
fn rejects_an_unknown_editing_backend_on_its_line() {
    let site = example(Some(
        "editing:\n  backend: wordpress\n  repo: quartiers/contenu\n",
    ));
    let lines = std::fs::read_to_string(site.path().join("data/programme.yaml")).unwrap();
    let line = lines.lines().position(|l| l.contains("wordpress")).unwrap() + 1;
    let run = wijk(&[
        "--root",
        site.path().to_str().unwrap(),
        "check",
        "--format",
        "json",
    ]);
    assert_eq!(run.status.code(), Some(1));
    let diags: serde_json::Value = serde_json::from_slice(&run.stdout).unwrap();
    let d = &diags[0];
    assert_eq!(d["code"], "schema.invalid-value");
    assert_eq!(d["file"], "data/programme.yaml");
    assert_eq!(d["line"], line);
    assert_eq!(d["column"], 12);
}

#[test]
fn rejects_editing_without_a_repository() {
    let site = example(Some("editing: {backend: github}\n"));
    let run = wijk(&[
        "--root",
        site.path().to_str().unwrap(),
        "check",
        "--format",
        "json",
    ]);
    assert_eq!(run.status.code(), Some(1));
    let diags: serde_json::Value = serde_json::from_slice(&run.stdout).unwrap();
    assert_eq!(diags[0]["code"], "schema.missing-field");
    let run = wijk(&["--root", site.path().to_str().unwrap(), "cms"]);
    assert_eq!(run.status.code(), Some(1));
}

#[test]
fn rejects_cms_without_editing_or_proxy_with_exit_2() {
    let site = example(None);
    let run = wijk(&[
        "--root",
        site.path().to_str().unwrap(),
        "cms",
        "--out",
        site.path().join("a").to_str().unwrap(),
    ]);
    assert_eq!(run.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&run.stderr).contains("editing:"));
}

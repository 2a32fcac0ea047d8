//! `wijk new` then `wijk check`, with the real binary on a copy of the example programme.

mod fixture_site;

use fixture_site::Site;
use std::path::Path;
use std::process::{Command, Output};

fn wijk(root: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_wijk"))
        .arg("--root")
        .arg(root)
        .args(args)
        .env("NO_COLOR", "1")
        // Nothing chooses a language: the programme's first (fr) applies, whatever the machine.
        .env_remove("WIJK_LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .output()
        .unwrap()
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

/// Asserts `wijk check` passes, showing its report otherwise.
fn assert_checks(root: &Path) {
    let out = wijk(root, &["check"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stdout));
}

/// Runs `wijk new …`, asserts success and returns the created file's text.
fn new(root: &Path, args: &[&str], created: &str) -> String {
    let mut all = vec!["new"];
    all.extend_from_slice(args);
    let out = wijk(root, &all);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert_eq!(
        text(&out.stdout).trim(),
        root.join(created).display().to_string()
    );
    std::fs::read_to_string(root.join(created)).unwrap()
}

fn schema_line(depth: usize, kind: &str) -> String {
    format!(
        "---\n# yaml-language-server: $schema={}schemas/{kind}.json\n",
        "../".repeat(depth)
    )
}

#[test]
fn accepts_a_new_district_in_preparation_for_the_latest_edition() {
    let site = Site::example();
    let file = "content/districts/anneessens/district.md";
    let t = new(site.root(), &["district", "anneessens"], file);
    assert!(t.starts_with(&schema_line(3, "district")), "{t}");
    assert!(t.contains("name: \"Quartier Anneessens\""), "{t}");
    assert!(t.contains("commune: anderlecht "), "the first commune: {t}");
    // The newest edition has tracks: the scaffold names one and lists the others. It asks for an
    // intention note, and the call has a start fund.
    assert!(
        t.contains("edition: 2026\n    track: small ") && t.contains("small, district, large"),
        "{t}"
    );
    assert!(t.contains("\n    status: preparation"), "{t}");
    assert!(t.contains("\n    # intention: AAAA-MM-JJ "), "{t}");
    assert!(t.contains("\n    # start_fund: "), "{t}");
    assert!(
        t.contains("# Fiche d'un quartier."),
        "commented in French: {t}"
    );
    assert_checks(site.root());
}

#[test]
fn accepts_a_new_project_in_a_district_of_every_phase() {
    let site = Site::example();
    // The latest dossier of each example district, and what it asks of projects.
    let cases = [
        ("dieleghem", "preparation"),
        ("morichar", "submitted"),
        ("maritiem", "selected"),
        ("peterbos", "realisation"),
        ("bervoets", "realisation"),
        ("helmet", "preparation"),
    ];
    for (district, status) in cases {
        let file = format!("content/districts/{district}/projects/nouveau-projet.md");
        let t = new(
            site.root(),
            &["project", "nouveau-projet", "--district", district],
            &file,
        );
        assert!(t.starts_with(&schema_line(4, "project")), "{t}");
        assert!(t.contains(&format!("({status})")), "{district}: {t}");
        assert!(t.contains("title: \"Nouveau projet\""), "{t}");
        let budget = t.contains("\nbudget:");
        assert_eq!(budget, status != "preparation", "{district}: {t}");
        let granted = t.contains("\n  granted: 0");
        assert_eq!(granted, matches!(status, "selected" | "realisation"), "{t}");
    }
    assert_checks(site.root());
}

#[test]
fn accepts_a_new_expert() {
    let site = Site::example();
    let file = "content/experts/ines-el-amrani.md";
    let t = new(site.root(), &["expert", "ines-el-amrani"], file);
    assert!(t.starts_with(&schema_line(2, "expert")), "{t}");
    assert!(t.contains("name: \"Ines El Amrani\""), "{t}");
    assert!(t.contains("role: expert"), "{t}");
    assert_checks(site.root());
}

#[test]
fn writes_in_the_programmes_default_language() {
    let site = Site::example();
    site.edit(
        "data/programme.yaml",
        "languages: [fr, nl]",
        "languages: [nl, fr]",
    );
    // Dutch translations would now translate into the default language.
    for e in walkdir::WalkDir::new(site.root().join("content")) {
        let path = e.unwrap().into_path();
        if path.to_string_lossy().ends_with(".nl.md") {
            std::fs::remove_file(path).unwrap();
        }
    }
    let t = new(
        site.root(),
        &["district", "kanaal"],
        "content/districts/kanaal/district.md",
    );
    assert!(t.contains("name: \"Wijk Kanaal\""), "{t}");
    assert!(t.contains("# Fiche van een wijk."), "{t}");
    let t = new(
        site.root(),
        &["expert", "an-peeters"],
        "content/experts/an-peeters.md",
    );
    assert!(t.contains("languages: [nl]"), "{t}");
    assert_checks(site.root());
}

/// Asserts exit 1 with one line naming the problem, and that nothing was written.
fn assert_refused(site: &Site, args: &[&str], says: &str) {
    let before = snapshot(site.root());
    let mut all = vec!["--lang", "en", "new"];
    all.extend_from_slice(args);
    let out = wijk(site.root(), &all);
    assert_eq!(out.status.code(), Some(1), "{args:?}");
    let err = text(&out.stderr);
    assert_eq!(err.lines().count(), 1, "one line: {err}");
    assert!(err.contains(says), "{args:?}: {err}");
    assert!(out.stdout.is_empty());
    assert_eq!(snapshot(site.root()), before, "{args:?} changed the site");
}

fn snapshot(root: &Path) -> Vec<(String, Vec<u8>)> {
    walkdir::WalkDir::new(root)
        .sort_by_file_name()
        .into_iter()
        .map(|e| e.unwrap())
        .map(|e| {
            let bytes = std::fs::read(e.path()).unwrap_or_default();
            (e.path().display().to_string(), bytes)
        })
        .collect()
}

#[test]
fn rejects_an_existing_file() {
    let site = Site::example();
    assert_refused(
        &site,
        &["district", "bervoets"],
        "content/districts/bervoets/district.md already exists",
    );
    assert_refused(
        &site,
        &["project", "potager", "--district", "bervoets"],
        "content/districts/bervoets/projects/potager.md already exists",
    );
    assert_refused(
        &site,
        &["expert", "jan-peeters"],
        "content/experts/jan-peeters.md already exists",
    );
}

#[test]
fn rejects_an_invalid_id() {
    let site = Site::example();
    let long = "a".repeat(64);
    for id in ["Bervoets", "a_b", "potager.nl", "x/y", "", "café", &long] {
        assert_refused(&site, &["district", id], "is not a valid id");
        assert_refused(&site, &["expert", id], "is not a valid id");
        assert_refused(
            &site,
            &["project", id, "--district", "bervoets"],
            "is not a valid id",
        );
    }
    assert_refused(
        &site,
        &["project", "ok", "--district", "../bervoets"],
        "`../bervoets` is not a valid id",
    );
}

#[test]
fn rejects_an_unknown_district() {
    let site = Site::example();
    assert_refused(
        &site,
        &["project", "potager", "--district", "nowhere"],
        "unknown district `nowhere`",
    );
}

#[test]
fn rejects_a_root_that_is_not_a_site_with_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    let out = wijk(dir.path(), &["new", "expert", "jan"]);
    assert_eq!(out.status.code(), Some(2), "{}", text(&out.stderr));
}

#[test]
fn writes_a_project_in_its_districts_language() {
    let site = Site::example();
    // maritiem is a Dutch district (`lang: nl`) of a French-first programme.
    let file = "content/districts/maritiem/projects/buurttuin.md";
    let t = new(
        site.root(),
        &["project", "buurttuin", "--district", "maritiem"],
        file,
    );
    assert!(t.contains("\nlang: nl "), "the district's language: {t}");
    assert!(
        t.contains("# Een project van de wijk maritiem."),
        "Dutch comments: {t}"
    );
    assert!(!t.contains("Remplacez"), "no French comment: {t}");
    assert_checks(site.root());
    let corpus = wijk::load::load(site.root()).unwrap();
    let site_model = wijk::validate::validate(&corpus).site.unwrap();
    let maritiem = site_model
        .districts
        .iter()
        .find(|d| d.id.as_str() == "maritiem")
        .unwrap();
    let project = maritiem
        .projects
        .iter()
        .find(|p| p.id.as_str() == "buurttuin")
        .unwrap();
    assert_eq!(project.text.original.lang, "nl");
}

#[test]
fn comments_in_the_chosen_language() {
    let site = Site::example();
    let t = new(
        site.root(),
        &["--lang", "nl", "district", "kanaal"],
        "content/districts/kanaal/district.md",
    );
    assert!(t.contains("# Fiche van een wijk."), "{t}");
    assert!(t.contains("\nlang: nl "), "written in Dutch, said so: {t}");
    // English is not a language of the programme: English comments, text in French.
    let t = new(
        site.root(),
        &["--lang", "en", "expert", "an-peeters"],
        "content/experts/an-peeters.md",
    );
    assert!(t.contains("# An expert's or coach's profile."), "{t}");
    assert!(!t.contains("\nlang:"), "{t}");
    assert!(t.contains("languages: [fr]"), "{t}");
    assert_checks(site.root());
}

//! `wijk build` as a command: refuses content with errors, swaps the output only on success,
//! fails on private addresses, builds every URL of the contract for the example programme.

use crate::build_support::*;

#[test]
fn accepts_a_valid_site_and_prints_a_summary() {
    let site = site_copy("build-small");
    let out = site.path().join("public");
    let run = build(site.path(), &out);
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert_eq!(run.status.code(), Some(0), "{stderr}");
    assert!(
        stderr.contains("pages") && stderr.contains("files"),
        "{stderr}"
    );
    assert!(out.join("fr/index.html").is_file());
    let quiet = wijk(&[
        "--root",
        site.path().to_str().unwrap(),
        "--quiet",
        "build",
        "--out",
        out.to_str().unwrap(),
    ]);
    assert_eq!(quiet.status.code(), Some(0));
    assert!(
        quiet.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&quiet.stderr)
    );
}

#[test]
fn rejects_content_with_errors_and_keeps_the_previous_site() {
    let site = site_copy("build-small");
    let out = site.path().join("public");
    assert_eq!(build(site.path(), &out).status.code(), Some(0));
    let before = snapshot_tree(&out);
    let project = site
        .path()
        .join("content/districts/bervoets/projects/compost.md");
    let text = std::fs::read_to_string(&project).unwrap();
    std::fs::write(&project, text.replace("edition: 2024", "edition: 1999")).unwrap();
    let run = build(site.path(), &out);
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert_eq!(run.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("ref.edition"), "{stderr}");
    assert_previous_site_kept(site.path(), &out, &before);
}

#[test]
fn rejects_a_private_address_in_the_output_and_keeps_the_previous_site() {
    let site = site_copy("build-small");
    let out = site.path().join("public");
    assert_eq!(build(site.path(), &out).status.code(), Some(0));
    let before = snapshot_tree(&out);
    let page = site.path().join("content/pages/about.md");
    let mut text = std::fs::read_to_string(&page).unwrap();
    text.push_str("\nÉcrire à Marie.Dupont@example.org pour s'inscrire.\n");
    std::fs::write(&page, text).unwrap();
    let run = build(site.path(), &out);
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert_eq!(run.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("private e-mail address"), "{stderr}");
    assert!(stderr.contains("pages/about/index.html"), "{stderr}");
    assert_previous_site_kept(site.path(), &out, &before);
}

#[test]
fn rejects_a_reviewer_address_from_the_secrets_file() {
    let site = site_copy("build-small");
    let secrets = site.path().join("secrets.yaml");
    std::fs::write(&secrets, "sc-anne: secret.reviewer@example.net\n").unwrap();
    let page = site.path().join("content/pages/about.md");
    let mut text = std::fs::read_to_string(&page).unwrap();
    text.push_str("\nsecret.reviewer@example.net\n");
    std::fs::write(&page, text).unwrap();
    let out = site.path().join("public");
    let run = std::process::Command::new(env!("CARGO_BIN_EXE_wijk"))
        .env("WIJK_LANG", "en")
        .args([
            "--root",
            site.path().to_str().unwrap(),
            "build",
            "--out",
            out.to_str().unwrap(),
        ])
        .env("WIJK_REVIEWER_EMAILS", &secrets)
        .output()
        .unwrap();
    assert_eq!(
        run.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    assert!(!out.exists());
}

#[test]
fn replaces_the_previous_site_entirely() {
    let site = site_copy("build-small");
    let out = site.path().join("public");
    std::fs::create_dir_all(&out).unwrap();
    std::fs::write(out.join("stale.html"), "old").unwrap();
    assert_eq!(build(site.path(), &out).status.code(), Some(0));
    assert!(!out.join("stale.html").exists());
    assert!(out.join("sitemap.xml").is_file());
    assert!(
        leftovers(site.path()).is_empty(),
        "{:?}",
        leftovers(site.path())
    );
}

#[test]
fn builds_every_url_of_the_contract_for_the_example() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("public");
    let run = build(&crate_root(), &out);
    assert_eq!(
        run.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let corpus = wijk::load::load(&crate_root()).unwrap();
    let site = wijk::validate::validate(&corpus).site.unwrap();
    let mut expected = vec![
        "sitemap.xml".to_string(),
        "404.html".into(),
        "index.html".into(),
        "robots.txt".into(),
        "data/projects.json".into(),
        "data/projects.csv".into(),
        "data/districts.geojson".into(),
    ];
    for l in &site.programme.languages {
        for p in ["", "districts/", "experts/", "meetings/", "search/"] {
            expected.push(format!("{l}/{p}index.html"));
        }
        expected.push(format!("{l}/atom.xml"));
        for d in &site.districts {
            expected.push(format!("{l}/districts/{}/index.html", d.id));
            for p in &d.projects {
                expected.push(format!("{l}/districts/{}/{}/index.html", d.id, p.id));
            }
        }
        expected.extend(
            site.themes
                .iter()
                .map(|t| format!("{l}/themes/{}/index.html", t.id)),
        );
        expected.extend(
            site.persons
                .iter()
                .map(|p| format!("{l}/experts/{}/index.html", p.id)),
        );
        expected.extend(
            site.meetings
                .iter()
                .map(|m| format!("{l}/meetings/{}/index.html", m.id)),
        );
        expected.extend(
            site.pages
                .iter()
                .map(|p| format!("{l}/pages/{}/index.html", p.id)),
        );
    }
    for rel in &expected {
        assert!(out.join(rel).is_file(), "{rel} missing");
    }
    assert!(site.programme.languages.len() >= 2 && site.districts.len() >= 3);
}

#[test]
fn publishes_open_data_in_euros_with_lon_lat() {
    let site = site_copy("build-small");
    let out = site.path().join("public");
    assert_eq!(build(site.path(), &out).status.code(), Some(0));
    let geo: serde_json::Value =
        serde_json::from_str(&read(&out, "data/districts.geojson")).unwrap();
    let coords = &geo["features"][0]["geometry"]["coordinates"];
    assert_eq!(coords, &serde_json::json!([4.3228, 50.8105]));
    let projects: serde_json::Value =
        serde_json::from_str(&read(&out, "data/projects.json")).unwrap();
    let potager = projects
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["id"] == "potager")
        .unwrap();
    assert_eq!(potager["requested"], serde_json::json!(2330.5));
    assert_eq!(
        potager["budget_lines"][1]["amount"],
        serde_json::json!(180.5)
    );
    assert_eq!(potager["title"]["nl"], "Gemeenschappelijke moestuin");
    let csv = read(&out, "data/projects.csv");
    let mut lines = csv.lines();
    assert_eq!(lines.next(), Some(wijk::render::csv_header().as_str()));
    assert!(
        csv.contains(
            ",2330.50,2000.00,1890.25,https://wijken.example.org/fr/districts/bervoets/potager/"
        ),
        "{csv}"
    );
    let atom = read(&out, "nl/atom.xml");
    assert!(atom.contains("Premières récoltes."), "{atom}");
    assert!(atom.contains("<updated>2024-10-05T00:00:00Z</updated>"));
}

#[test]
fn builds_a_site_root_without_themes_folder_with_the_built_in_theme() {
    let site = site_copy("build-small");
    std::fs::remove_dir_all(site.path().join("themes")).unwrap();
    let out = site.path().join("public");
    let run = build(site.path(), &out);
    assert_eq!(
        run.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let css = std::fs::read(out.join("static/style.css")).unwrap();
    assert_eq!(
        css,
        std::fs::read(crate_root().join("themes/default/static/style.css")).unwrap()
    );
    assert!(out.join("nl/districts/index.html").is_file());
}

#[test]
fn fails_with_exit_2_on_a_broken_template_and_keeps_the_previous_site() {
    let site = site_copy("build-small");
    let out = site.path().join("public");
    assert_eq!(build(site.path(), &out).status.code(), Some(0));
    let before = snapshot_tree(&out);
    let template = site.path().join("themes/default/templates/project.html");
    std::fs::write(&template, "{% block content %}{{ page.text.title }").unwrap();
    let run = build(site.path(), &out);
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert_eq!(run.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains("project.html") || stderr.contains("template"),
        "{stderr}"
    );
    assert_previous_site_kept(site.path(), &out, &before);
}

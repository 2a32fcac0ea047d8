//! The real call on the pages: an edition's label in place of its year, the next step's date on the
//! home page, projects that ask for no money, and a call without a start fund.

use crate::build_support::*;
use std::path::Path;
use wijk::model::Date;

/// A writable copy of the example programme (content, data, default theme).
fn example_copy() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for part in ["content", "data", "themes/default"] {
        copy_tree(&crate_root().join(part), &dir.path().join(part));
    }
    dir
}

/// Builds `root` into `root/public` as of `today`.
fn build_on(root: &Path, today: Date) -> std::path::PathBuf {
    let corpus = wijk::load::load(root).unwrap();
    let validated = wijk::validate::validate(&corpus);
    assert_eq!(validated.error_count(), 0, "{:#?}", validated.diagnostics);
    let site = validated.site.unwrap();
    let theme = wijk::render::Theme::load(&root.join("themes/default")).unwrap();
    let out = root.join("public");
    let options = wijk::render::RenderOptions {
        cache_dir: Some(root.join("cache")),
        today: Some(today),
        ..Default::default()
    };
    wijk::publish::render_site(&site, &theme, &options, &out).unwrap();
    out
}

fn edit(root: &Path, file: &str, from: &str, to: &str) {
    let path = root.join(file);
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains(from), "{file} has no {from:?}");
    std::fs::write(&path, text.replacen(from, to, 1)).unwrap();
}

/// Every HTML file under `dir`, with its path.
fn html_files(dir: &Path, out: &mut Vec<(String, String)>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            html_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "html") {
            let text = std::fs::read_to_string(&path).unwrap();
            out.push((path.display().to_string(), text));
        }
    }
}

#[test]
fn the_example_shows_labels_intention_deadlines_and_projects_without_budget() {
    let site = example_copy();
    let out = build_on(site.path(), TODAY);
    // The intention note is due on 2026-04-03, ahead of the build's day: the home page says so.
    let fr = read(&out, "fr/index.html");
    assert!(
        fr.contains("note d&#39;intention jusqu&#39;au"),
        "{}",
        main_of(&fr)
    );
    assert!(
        fr.contains(r#"<time datetime="2026-04-03">"#),
        "{}",
        main_of(&fr)
    );
    let nl = read(&out, "nl/index.html");
    assert!(
        nl.contains("intentienota indienen tot en met"),
        "{}",
        main_of(&nl)
    );
    // The dossier carries its intention note's date.
    let district = read(&out, "nl/districts/dieleghem/index.html");
    assert!(
        district.contains("Intentienota ingediend op"),
        "{}",
        main_of(&district)
    );
    // A project without budget asks for no money, on its page and its card.
    for (lang, words) in [
        ("fr", "sans demande de subside"),
        ("nl", "zonder subsidieaanvraag"),
    ] {
        let page = read(
            &out,
            &format!("{lang}/districts/morichar/fete-des-voisins/index.html"),
        );
        assert!(page.contains(words), "{lang}: {}", main_of(&page));
        let district = main_of(&read(
            &out,
            &format!("{lang}/districts/morichar/index.html"),
        ));
        assert!(district.contains(words), "{lang}: {district}");
    }
    // The 2009 call ran over two years: its label names it, its id stays the year.
    let search = read(&out, "fr/search/index.html");
    assert!(
        search.contains(r#"<option value="2009">2009-2010</option>"#),
        "{}",
        main_of(&search)
    );
}

#[test]
fn a_call_without_start_fund_is_never_said_to_have_one_and_labels_replace_years() {
    let site = example_copy();
    let root = site.path();
    edit(root, "data/programme.yaml", "start_fund_max: 400", "");
    for d in std::fs::read_dir(root.join("content/districts")).unwrap() {
        let file = d.unwrap().path().join("district.md");
        let text = std::fs::read_to_string(&file).unwrap();
        let kept: Vec<&str> = text
            .lines()
            .filter(|l| !l.trim_start().starts_with("start_fund:"))
            .collect();
        std::fs::write(&file, kept.join("\n") + "\n").unwrap();
    }
    edit(
        root,
        "data/programme.yaml",
        "  - year: 2025\n",
        "  - year: 2025\n    label: {fr: \"2025-2026\", nl: \"2025-2026\"}\n",
    );
    // After the intention deadline: the home page names the dossier's.
    let out = build_on(root, Date::parse("2026-05-01").unwrap());
    let fr = read(&out, "fr/index.html");
    assert!(
        fr.contains("dépôt de la feuille de route jusqu&#39;au"),
        "{}",
        main_of(&fr)
    );
    assert!(
        fr.contains(r#"<time datetime="2026-06-30">"#),
        "{}",
        main_of(&fr)
    );
    let mut pages = Vec::new();
    html_files(&out.join("fr"), &mut pages);
    html_files(&out.join("nl"), &mut pages);
    assert!(pages.len() > 20, "{} pages", pages.len());
    // The free pages are the programme's own words (its about page tells of its start fund).
    for (path, html) in pages.iter().filter(|(p, _)| !p.contains("/pages/")) {
        let text = html.to_lowercase();
        for words in ["fonds de démarrage", "startfonds"] {
            assert!(!text.contains(words), "{path} mentions `{words}`");
        }
    }
    let district = main_of(&read(&out, "fr/districts/morichar/index.html"));
    assert!(district.contains("Édition 2025-2026"), "{district}");
    let project = main_of(&read(
        &out,
        "nl/districts/morichar/frigo-solidaire/index.html",
    ));
    assert!(project.contains("2025-2026"), "{project}");
    assert!(!project.contains("Editie 2025<"), "{project}");
}

#[test]
fn the_open_data_names_each_edition_as_pages_do_in_every_language() {
    let site = example_copy();
    let root = site.path();
    edit(
        root,
        "data/programme.yaml",
        "  - year: 2025\n",
        "  - year: 2025\n    label: {fr: \"2025-2026 (printemps)\", nl: \"2025-2026 (lente)\"}\n",
    );
    let out = build_on(root, TODAY);
    let projects: serde_json::Value =
        serde_json::from_str(&read(&out, "data/projects.json")).unwrap();
    let project = |id: &str| {
        projects
            .as_array()
            .unwrap()
            .iter()
            .find(|p| p["id"] == id)
            .unwrap_or_else(|| panic!("no project {id}"))
            .clone()
    };
    let fresque = project("fresque");
    assert_eq!(fresque["edition"], 2025);
    assert_eq!(
        fresque["edition_name"],
        serde_json::json!({"fr": "2025-2026 (printemps)", "nl": "2025-2026 (lente)"})
    );
    // An edition without label is named by its year, as a text in every language.
    let other = projects
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["edition"] != 2025)
        .unwrap();
    let year = other["edition"].to_string();
    assert_eq!(
        other["edition_name"],
        serde_json::json!({"fr": year, "nl": year})
    );
    let districts: serde_json::Value =
        serde_json::from_str(&read(&out, "data/districts.geojson")).unwrap();
    let bervoets = districts["features"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["id"] == "bervoets")
        .unwrap();
    assert_eq!(bervoets["properties"]["edition"], 2025);
    assert_eq!(
        bervoets["properties"]["edition_name"]["nl"],
        "2025-2026 (lente)"
    );
}

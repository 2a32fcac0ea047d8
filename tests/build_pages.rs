//! The rendered pages of a small fixture site: `<main>` of each page type (snapshots), money,
//! link rewriting, translations and their fallback, base URL, determinism.

mod build_support;

use build_support::*;

fn built() -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("public");
    build_lib(&fixture("build-small"), &out, None);
    (dir, out)
}

#[test]
fn snapshots_main_of_every_page_type() {
    let (_dir, out) = built();
    for (name, rel) in [
        ("home", "fr/index.html"),
        ("districts", "fr/districts/index.html"),
        ("district", "fr/districts/bervoets/index.html"),
        ("project", "fr/districts/bervoets/potager/index.html"),
        (
            "project_nl_translated",
            "nl/districts/bervoets/potager/index.html",
        ),
        (
            "project_nl_fallback",
            "nl/districts/bervoets/compost/index.html",
        ),
        ("theme", "fr/themes/food/index.html"),
        ("experts", "fr/experts/index.html"),
        ("expert", "fr/experts/jan-peeters/index.html"),
        ("meetings", "fr/meetings/index.html"),
        ("meeting", "nl/meetings/2024-03-14-compost/index.html"),
        ("page", "fr/pages/about/index.html"),
        ("search", "fr/search/index.html"),
        ("not_found", "404.html"),
        ("language_choice", "index.html"),
    ] {
        insta::assert_snapshot!(name, main_of(&read(&out, rel)));
    }
}

#[test]
fn formats_money_per_language() {
    let (_dir, out) = built();
    let fr = read(&out, "fr/districts/bervoets/potager/index.html");
    assert!(fr.contains("2\u{202f}330,50\u{a0}€"), "fr requested total");
    assert!(fr.contains("1\u{202f}890,25\u{a0}€"), "fr spent");
    let nl = read(&out, "nl/districts/bervoets/potager/index.html");
    assert!(nl.contains("€\u{a0}2.330,50"), "nl requested total");
    assert!(nl.contains("€\u{a0}180,50"), "nl line amount");
}

#[test]
fn rewrites_internal_links_to_the_language_rendered() {
    let (_dir, out) = built();
    let fr = read(&out, "fr/districts/bervoets/potager/index.html");
    assert!(fr.contains(r#"href="/fr/meetings/2024-03-14-compost/""#));
    assert!(fr.contains(r#"href="/fr/districts/bervoets/compost/#regles""#));
    let nl = read(&out, "nl/districts/bervoets/potager/index.html");
    assert!(nl.contains(r#"href="/nl/meetings/2024-03-14-compost/""#));
    assert!(!nl.contains("@/"), "no unrewritten link");
    let district = read(&out, "fr/districts/bervoets/index.html");
    assert!(district.contains(r#"src="/media/districts/bervoets/assets/bacs.png""#));
    assert!(out
        .join("media/districts/bervoets/assets/bacs.png")
        .is_file());
}

#[test]
fn falls_back_to_the_original_with_a_note_and_its_language() {
    let (_dir, out) = built();
    let fallback = main_of(&read(&out, "nl/districts/bervoets/compost/index.html"));
    assert!(fallback.contains(r#"class="fallback-note""#));
    assert!(
        fallback.contains("Frans"),
        "the note names the original's language"
    );
    assert!(fallback.contains(r#"<div class="prose" lang="fr">"#));
    assert!(fallback.contains(r#"<h1 lang="fr">Compost de quartier</h1>"#));
    let translated = main_of(&read(&out, "nl/districts/bervoets/potager/index.html"));
    assert!(!translated.contains("fallback-note"));
    assert!(translated.contains(r#"<h1 lang="nl">Gemeenschappelijke moestuin</h1>"#));
    let html = read(&out, "nl/districts/bervoets/compost/index.html");
    assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"nl\">"));
}

#[test]
fn links_each_page_to_itself_in_the_other_language() {
    let (_dir, out) = built();
    let fr = read(&out, "fr/districts/bervoets/potager/index.html");
    assert!(fr.contains(r#"<a href="/nl/districts/bervoets/potager/" hreflang="nl" lang="nl" rel="alternate">NL<span class="visually-hidden"> — Nederlands</span></a>"#));
}

#[test]
fn prefixes_every_link_with_the_base_url_path() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("public");
    build_lib(
        &fixture("build-small"),
        &out,
        Some("https://x.org/preview/"),
    );
    let html = read(&out, "fr/districts/index.html");
    assert!(html.contains(r#"href="/preview/fr/districts/bervoets/""#));
    assert!(html.contains(r#"href="/preview/static/style.css""#));
    assert!(
        !html.contains(r#"href="/fr/"#),
        "no link escapes the base path"
    );
    let sitemap = read(&out, "sitemap.xml");
    assert!(sitemap.contains("<loc>https://x.org/preview/nl/districts/bervoets/potager/</loc>"));
}

#[test]
fn builds_the_same_bytes_twice() {
    let dir = tempfile::tempdir().unwrap();
    let (a, b) = (dir.path().join("a"), dir.path().join("b"));
    let root = crate_root();
    build_lib(&root, &a, None);
    build_lib(&root, &b, None);
    let (ta, tb) = (snapshot_tree(&a), snapshot_tree(&b));
    assert_eq!(
        ta.iter().map(|f| &f.0).collect::<Vec<_>>(),
        tb.iter().map(|f| &f.0).collect::<Vec<_>>()
    );
    for (x, y) in ta.iter().zip(&tb) {
        assert!(x.1 == y.1, "{} differs between two builds", x.0);
    }
}

#[test]
fn never_publishes_private_addresses_but_shows_public_ones() {
    let (_dir, out) = built();
    for (rel, bytes) in snapshot_tree(&out) {
        let text = String::from_utf8_lossy(&bytes);
        assert!(!text.contains("marie.dupont@example.org"), "{rel}");
        assert!(!text.contains("anne.martin@example.org"), "{rel}");
    }
    let jan = read(&out, "fr/experts/jan-peeters/index.html");
    assert!(jan.contains(r#"href="mailto:jan.peeters@example.org""#));
}

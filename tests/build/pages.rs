//! The rendered pages of a small fixture site: `<main>` of each page type (snapshots), money,
//! link rewriting, translations and their fallback, base URL, determinism.

use crate::build_support::*;

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
        ("commune", "fr/communes/forest/index.html"),
        ("experts", "fr/experts/index.html"),
        ("expert", "fr/experts/jan-peeters/index.html"),
        ("meetings", "fr/meetings/index.html"),
        ("meeting", "nl/meetings/2024-03-14-compost/index.html"),
        ("page", "fr/pages/about/index.html"),
        ("search", "fr/search/index.html"),
        ("not_found", "404.html"),
        ("language_choice", "index.html"),
    ] {
        // Kept where they were when this was a test binary of its own.
        insta::with_settings!({snapshot_path => "../snapshots", prepend_module_to_snapshot => false}, {
            insta::assert_snapshot!(format!("build_pages__{name}"), main_of(&read(&out, rel)));
        });
    }
}

/// Without JavaScript, the search page and the districts list lead to the districts of each
/// commune in use, on a page of their own, which the commune of a district's page links to.
#[test]
fn communes_have_their_districts_list_linked_without_javascript() {
    let (_dir, out) = built();
    for lang in ["fr", "nl"] {
        let commune = read(&out, &format!("{lang}/communes/forest/index.html"));
        assert!(
            commune.contains(&format!("href=\"/{lang}/districts/bervoets/\"")),
            "{lang}: the commune page lists its district"
        );
        for page in ["search", "districts"] {
            let html = read(&out, &format!("{lang}/{page}/index.html"));
            let noscript = html.split("<noscript>").nth(1).unwrap_or("");
            let noscript = noscript.split("</noscript>").next().unwrap_or("");
            assert!(
                noscript.contains(&format!("href=\"/{lang}/communes/forest/\"")),
                "{lang}/{page}: no link to the commune's list without JavaScript"
            );
        }
        let district = read(&out, &format!("{lang}/districts/bervoets/index.html"));
        assert!(
            district.contains(&format!("href=\"/{lang}/communes/forest/\"")),
            "{lang}: the district's commune links to its list"
        );
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
    let src = district
        .split(r#"<img src=""#)
        .nth(1)
        .and_then(|s| s.split('"').next())
        .expect("an image in the district's text");
    assert!(
        src.starts_with("/media/districts/bervoets/assets/bacs-"),
        "{src}"
    );
    assert!(out.join(src.trim_start_matches('/')).is_file());
    assert!(!out
        .join("media/districts/bervoets/assets/bacs.png")
        .exists());
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

/// The small fixture with a `contact:` whose address is also a reviewer's, and a Dutch name for
/// the district in `district.nl.md`.
fn built_with_contact_and_translated_district() -> (tempfile::TempDir, std::path::PathBuf) {
    let site = site_copy("build-small");
    let programme = site.path().join("data/programme.yaml");
    let text = std::fs::read_to_string(&programme).unwrap();
    std::fs::write(
        &programme,
        format!(
            "{text}contact:\n  organisation: {{fr: Cellule Quartiers durables, nl: Cel Duurzame Wijken}}\n  email: anne.martin@example.org\n  phone: \"+32 2 000 00 00\"\n  address: {{fr: \"Rue de l'Exemple 1, 1000 Bruxelles\", nl: \"Voorbeeldstraat 1, 1000 Brussel\"}}\n"
        ),
    )
    .unwrap();
    std::fs::write(
        site.path()
            .join("content/districts/bervoets/district.nl.md"),
        "---\ntitle: Bervoetswijk\n---\nEen oude arbeiderswijk.\n",
    )
    .unwrap();
    let out = site.path().join("public");
    build_lib(site.path(), &out, None);
    (site, out)
}

#[test]
fn the_home_page_says_how_to_take_part_in_each_language() {
    let (_site, out) = built_with_contact_and_translated_district();
    let fr = main_of(&read(&out, "fr/index.html"));
    let nl = main_of(&read(&out, "nl/index.html"));
    for (html, lang, org, deadline, address) in [
        (
            &fr,
            "fr",
            "Cellule Quartiers durables",
            "jusqu&#39;au <time datetime=\"2024-06-30\">30 juin 2024</time>",
            "Rue de l&#39;Exemple 1, 1000 Bruxelles",
        ),
        (
            &nl,
            "nl",
            "Cel Duurzame Wijken",
            "tot en met <time datetime=\"2024-06-30\">30 juni 2024</time>",
            "Voorbeeldstraat 1, 1000 Brussel",
        ),
    ] {
        let take_part = html.find(r#"id="take-part""#).expect(lang);
        let news = html.find(r#"id="latest""#).expect(lang);
        let figures = html.find(r#"id="figures""#).expect(lang);
        assert!(
            take_part < news && news < figures,
            "{lang}: take part, then news, then figures"
        );
        assert!(html.contains(deadline), "{lang}: deadline in {html}");
        assert!(html.contains(org), "{lang}: organisation");
        assert!(html.contains(address), "{lang}: address");
        assert!(html.contains(r#"<a href="mailto:anne.martin@example.org">"#));
        assert!(html.contains(r#"<a href="tel:+3220000000">+32 2 000 00 00</a>"#));
        assert!(html.matches("<li>").count() >= 4);
    }
    assert!(fr.contains("400\u{a0}€"), "the start fund cap in a step");
    assert!(nl.contains("€\u{a0}15.000"), "the grant cap in a step");
}

#[test]
fn a_district_translation_title_is_its_name_in_that_language() {
    let (_site, out) = built_with_contact_and_translated_district();
    assert!(
        main_of(&read(&out, "nl/districts/bervoets/index.html")).contains("<h1>Bervoetswijk</h1>")
    );
    assert!(read(&out, "nl/districts/index.html").contains(">Bervoetswijk</a>"));
    assert!(read(&out, "nl/districts/bervoets/potager/index.html").contains(">Bervoetswijk</a>"));
    let fr = main_of(&read(&out, "fr/districts/bervoets/index.html"));
    assert!(fr.contains("<h1>Quartier Bervoets</h1>"), "{fr}");
    assert!(!read(&out, "fr/districts/index.html").contains("Bervoetswijk"));
}

#[test]
fn every_page_has_a_meta_description() {
    let (_site, out) = built_with_contact_and_translated_district();
    let mut pages = 0;
    for (rel, bytes) in snapshot_tree(&out) {
        if !rel.ends_with(".html") {
            continue;
        }
        let html = String::from_utf8(bytes).unwrap();
        let at = html
            .find(r#"<meta name="description" content=""#)
            .unwrap_or_else(|| panic!("{rel} has no meta description"));
        let rest = &html[at + 34..];
        let content = &rest[..rest.find('"').unwrap()];
        assert!(!content.trim().is_empty(), "{rel}: description `{content}`");
        pages += 1;
    }
    assert!(pages > 20);
    let project = read(&out, "fr/districts/bervoets/potager/index.html");
    assert!(project.contains(
        r#"<meta name="description" content="Douze bacs de culture cultivés par les ménages du quartier.">"#
    ));
    let expert = read(&out, "nl/experts/jan-peeters/index.html");
    // No summary: the start of the biography.
    assert!(!expert.contains(
        r#"<meta name="description" content="Participatieve Duurzame Wijken — bewonersgroepen"#
    ));
}

/// What pa11y (HTML_CodeSniffer) asks of tables and forms: every cell of a budget table has
/// its row and column headers by `scope` alone (no header spans columns, so no `headers`
/// attributes are needed, H43), and every form can be submitted without JavaScript (H32.2).
#[test]
fn budget_tables_and_filter_forms_need_no_script_to_be_understood() {
    let (_dir, out) = built();
    let mut tables = 0;
    let mut forms = 0;
    for (rel, bytes) in snapshot_tree(&out) {
        let html = String::from_utf8_lossy(&bytes);
        for table in html.split("<table").skip(1) {
            let table = &table[..table.find("</table>").unwrap()];
            assert!(
                !table.contains("colspan") && !table.contains("rowspan"),
                "{rel}"
            );
            let rows: Vec<&str> = table
                .split("<tr")
                .skip(1)
                .map(|r| &r[..r.find("</tr>").unwrap()])
                .collect();
            let columns = rows[0].matches("<th").count() + rows[0].matches("<td").count();
            for row in &rows[1..] {
                let cells = row.matches("<th").count() + row.matches("<td").count();
                assert_eq!(
                    cells, columns,
                    "{rel}: a row of {cells} cells under {columns}"
                );
            }
            tables += 1;
        }
        for form in html.split("<form").skip(1) {
            let form = &form[..form.find("</form>").unwrap()];
            assert!(
                form.contains(r#"<button type="submit">"#),
                "{rel}: no submit button"
            );
            forms += 1;
        }
    }
    assert!(tables > 3 && forms > 3, "{tables} tables, {forms} forms");
    let fr = read(&out, "fr/districts/index.html");
    assert!(fr.contains(r#"<button type="submit">Appliquer les filtres</button>"#));
}

//! A district's timeline in the example programme: every dated event of the district, newest
//! first, each with a `<time datetime>` and a link where the event has a page.

use crate::build_support::*;
use std::path::Path;

/// One item of a timeline: its `datetime`, its text without markup, and the links it holds.
#[derive(Debug)]
struct Item {
    iso: String,
    text: String,
    links: Vec<String>,
}

/// The heading and items of the timeline on the page `rel`.
fn timeline(out: &Path, rel: &str) -> (String, Vec<Item>) {
    let html = read(out, rel);
    let start = html
        .find("<section aria-labelledby=\"timeline\">")
        .unwrap_or_else(|| panic!("{rel}: no timeline"));
    let section = &html[start..start + html[start..].find("</section>").unwrap()];
    let heading = section.split("<h2 id=\"timeline\">").nth(1).unwrap();
    let heading = heading[..heading.find("</h2>").unwrap()].to_string();
    let list = section
        .split("<ol class=\"timeline\" reversed>")
        .nth(1)
        .unwrap();
    let items = list
        .split("<li>")
        .skip(1)
        .map(|li| {
            let iso = li.split("datetime=\"").nth(1).unwrap()[..10].to_string();
            let links = li
                .split("<a href=\"")
                .skip(1)
                .map(|a| a[..a.find('"').unwrap()].to_string())
                .collect();
            let mut text = String::new();
            let mut in_tag = false;
            for c in li.chars() {
                match c {
                    '<' => in_tag = true,
                    '>' => in_tag = false,
                    c if !in_tag => text.push(c),
                    _ => {}
                }
            }
            Item { iso, text, links }
        })
        .collect();
    (heading, items)
}

#[test]
fn accepts_a_districts_events_newest_first_with_their_pages() {
    let (_dir, out) = built_example();
    let (heading, items) = timeline(&out, "fr/districts/bervoets/index.html");
    assert_eq!(heading, "Chronologie");
    let dates: Vec<&str> = items.iter().map(|i| i.iso.as_str()).collect();
    let mut sorted = dates.clone();
    sorted.sort_by(|a, b| b.cmp(a));
    assert_eq!(dates, sorted, "not newest first");
    // Bervoets: 2 dossiers (submitted, selected; one evaluated), 2 meetings, and the roadmap
    // steps done and news of its four projects.
    assert_eq!(items.len(), 32, "{items:#?}");
    let find = |iso: &str, words: &str| {
        items
            .iter()
            .find(|i| i.iso == iso && i.text.contains(words))
            .unwrap_or_else(|| panic!("no « {words} » on {iso}: {items:#?}"))
    };
    let newest = &items[0];
    assert_eq!(newest.iso, "2026-10-02");
    assert!(newest
        .text
        .contains("Étape de la feuille de route réalisée"));
    assert!(newest.text.contains("Peinture de la fresque"));
    assert_eq!(newest.links, ["/fr/districts/bervoets/fresque/"]);
    let oldest = items.last().unwrap();
    assert_eq!(oldest.iso, "2024-03-14");
    assert!(oldest.text.contains("Rencontre"));
    assert_eq!(oldest.links, ["/fr/meetings/2024-03-14-compost/"]);
    let submitted = find("2024-05-28", "Feuille de route déposée (édition 2024)");
    assert!(submitted.links.is_empty());
    find(
        "2024-07-02",
        "Sélectionné par le comité de pilotage (édition 2024)",
    );
    find(
        "2025-06-20",
        "Évaluation du comité de pilotage (édition 2024)",
    );
    let news = find("2024-11-09", "40 bio-seaux distribués");
    assert_eq!(news.links, ["/fr/districts/bervoets/compost/"]);

    let (heading, items) = timeline(&out, "nl/districts/saint-denis/index.html");
    assert_eq!(heading, "Tijdlijn");
    assert_eq!(items.len(), 1, "{items:#?}");
    assert_eq!(items[0].iso, "2023-12-31");
    assert!(items[0].text.contains("De groep stopt haar werking"));
    assert_eq!(items[0].links, ["/nl/districts/bervoets/"]);
}

//! What search engines and feed readers read in the built example: a description of each
//! page drawn from its own text, absolute `hreflang` alternates with `x-default`, and Atom
//! feeds that keep the rules of RFC 4287 readers rely on.

use crate::build_support::*;
use std::collections::BTreeMap;

/// What a page that is not to be indexed (an old address) says.
const NOINDEX: &str = r#"<meta name="robots" content="noindex">"#;

/// The `content` of the first `<meta {attr}="{name}" content="…">` of a page.
fn meta(html: &str, attr: &str, name: &str) -> Option<String> {
    let key = format!(r#"<meta {attr}="{name}" content=""#);
    let rest = &html[html.find(&key)? + key.len()..];
    Some(rest[..rest.find('"')?].to_string())
}

/// Site paths of the pages directly under `<lang>/<section>/` at `depth` folders below it.
fn pages_of(out: &std::path::Path, prefix: &str, depth: usize) -> Vec<String> {
    snapshot_tree(out)
        .into_iter()
        .map(|(rel, _)| rel)
        .filter(|rel| {
            rel.strip_prefix(prefix).is_some_and(|rest| {
                rest.ends_with("/index.html")
                    && rest.matches('/').count() == depth
                    && !rest.starts_with("page/")
            })
        })
        .collect()
}

#[test]
fn every_district_and_project_has_a_description_of_its_own() {
    let (_dir, out) = built_example();
    for lang in ["fr", "nl"] {
        for (kind, depth) in [("districts", 1), ("districts", 2)] {
            let mut seen: BTreeMap<String, String> = BTreeMap::new();
            let pages = pages_of(&out, &format!("{lang}/{kind}/"), depth);
            assert!(pages.len() >= 5, "{lang}/{kind}: {pages:?}");
            for rel in pages {
                let html = read(&out, &rel);
                if html.contains(NOINDEX) {
                    continue; // an old address, sending on to the district
                }
                let description = meta(&html, "name", "description").unwrap();
                assert_eq!(
                    meta(&html, "property", "og:description").as_deref(),
                    Some(description.as_str()),
                    "{rel}: Open Graph says the same"
                );
                // A card for X (Twitter), which reads the rest from Open Graph: the title and
                // description are not written twice on every page.
                assert!(meta(&html, "name", "twitter:card").is_some(), "{rel}");
                for twice in ["twitter:title", "twitter:description", "twitter:image"] {
                    assert_eq!(meta(&html, "name", twice), None, "{rel}: {twice}");
                }
                let plain = description
                    .replace("&#39;", "'")
                    .replace("&quot;", "\"")
                    .replace("&lt;", "<")
                    .replace("&gt;", ">")
                    .replace("&amp;", "&");
                assert!(
                    plain.chars().count() <= 155,
                    "{rel}: `{description}` is too long"
                );
                assert!(!description.contains('<'), "{rel}: `{description}`");
                if let Some(other) = seen.insert(description.clone(), rel.clone()) {
                    panic!("{rel} and {other} share `{description}`");
                }
            }
        }
    }
    let peterbos = read(&out, "fr/districts/peterbos/index.html");
    let description = meta(&peterbos, "name", "description").unwrap();
    assert!(
        description.starts_with("Le Peterbos est une cité"),
        "{description}"
    );
    assert!(description.ends_with('…'), "cut at a word: {description}");
    let expert = read(&out, "nl/experts/jan-peeters/index.html");
    let bio = meta(&expert, "name", "description").unwrap();
    assert!(bio.starts_with("Jan Peeters is bioloog"), "{bio}");
}

#[test]
fn every_page_names_its_languages_by_absolute_urls_and_a_default() {
    let (_dir, out) = built_example();
    let origin = "https://wijken.example.org/";
    let mut pages = 0;
    for (rel, bytes) in snapshot_tree(&out) {
        let html = String::from_utf8_lossy(&bytes);
        if !rel.ends_with(".html") || html.contains(NOINDEX) {
            continue;
        }
        let links: Vec<&str> = html
            .split("<link rel=\"alternate\" hreflang=\"")
            .skip(1)
            .collect();
        let hrefs: BTreeMap<&str, &str> = links
            .iter()
            .filter_map(|l| {
                let (lang, rest) = l.split_once("\" href=\"")?;
                Some((lang, &rest[..rest.find('"')?]))
            })
            .collect();
        assert_eq!(
            hrefs.keys().copied().collect::<Vec<_>>(),
            ["fr", "nl", "x-default"],
            "{rel}"
        );
        assert!(
            hrefs.values().all(|h| h.starts_with(origin)),
            "{rel}: {hrefs:?}"
        );
        assert_eq!(hrefs["x-default"], origin, "{rel}");
        pages += 1;
    }
    assert!(pages > 100, "{pages}");
}

const ATOM: &str = "http://www.w3.org/2005/Atom";

/// The first child element of `n` named `name` in the Atom namespace.
fn child<'a, 'i>(n: roxmltree::Node<'a, 'i>, name: &str) -> Option<roxmltree::Node<'a, 'i>> {
    n.children()
        .find(|c| c.tag_name().name() == name && c.tag_name().namespace() == Some(ATOM))
}

#[test]
fn atom_feeds_keep_the_rules_readers_rely_on() {
    let (_dir, out) = built_example();
    let xml_ns = "http://www.w3.org/XML/1998/namespace";
    for lang in ["fr", "nl"] {
        let text = read(&out, &format!("{lang}/atom.xml"));
        let doc = roxmltree::Document::parse(&text).unwrap();
        let feed = doc.root_element();
        assert_eq!(feed.tag_name().namespace(), Some(ATOM));
        assert_eq!(feed.attribute((xml_ns, "lang")), Some(lang));
        // RFC 4287 4.1.1: a feed without an author needs one on every entry.
        let author = child(feed, "author").expect("a feed-level author");
        let name = child(author, "name").and_then(|n| n.text()).unwrap_or("");
        assert!(!name.trim().is_empty(), "{lang}: author without a name");
        let entries: Vec<_> = feed
            .children()
            .filter(|c| c.tag_name().name() == "entry")
            .collect();
        assert!(entries.len() > 10, "{lang}: {}", entries.len());
        let mut other_lang = 0;
        for e in &entries {
            let title = child(*e, "title").and_then(|t| t.text()).unwrap_or("");
            let summary = child(*e, "summary").and_then(|s| s.text()).unwrap_or("");
            assert!(
                !summary.trim().is_empty(),
                "{lang}: `{title}` has no summary"
            );
            // The language in effect on the summary (inherited from the entry or the feed).
            let said = child(*e, "summary")
                .and_then(|s| s.ancestors().find_map(|a| a.attribute((xml_ns, "lang"))))
                .unwrap_or("");
            if said != lang {
                other_lang += 1;
                assert_eq!(
                    e.attribute((xml_ns, "lang")),
                    Some(said),
                    "{lang}: `{title}`"
                );
            }
            assert!(
                ["fr", "nl"].contains(&said),
                "{lang}: `{title}` in `{said}`"
            );
        }
        let meetings = entries.iter().filter(|e| {
            child(**e, "link")
                .and_then(|l| l.attribute("href"))
                .is_some_and(|h| h.contains("/meetings/"))
        });
        assert!(meetings.count() >= 2, "{lang}: meetings are entries too");
        if lang == "nl" {
            assert!(other_lang > 0, "French entries of the Dutch feed say so");
        }
    }
    // A French update in the Dutch feed is French, not Dutch.
    let nl = read(&out, "nl/atom.xml");
    let at = nl.find("Onzième session").unwrap();
    let entry = &nl[nl[..at].rfind("<entry").unwrap()..at];
    assert!(entry.starts_with(r#"<entry xml:lang="fr">"#), "{entry}");
}

/// A commune's page exists only when it lists districts; the sitemap and the language switch
/// name no page that does not exist.
#[test]
fn publishes_no_empty_commune_page_and_links_none() {
    let (_dir, out) = built_example();
    let communes: Vec<String> = pages_of(&out, "fr/communes/", 1);
    assert!(communes.len() >= 3, "{communes:?}");
    for rel in &communes {
        let main = main_of(&read(&out, rel));
        assert!(
            main.contains("href=\"/fr/districts/"),
            "{rel} lists no district"
        );
    }
    // Ixelles and Etterbeek have no district in the example.
    for id in ["ixelles", "etterbeek"] {
        assert!(!out.join(format!("fr/communes/{id}")).exists(), "{id}");
    }
    let sitemap = read(&out, "sitemap.xml");
    let origin = "https://wijken.example.org/";
    for loc in sitemap.split("<loc>").skip(1) {
        let url = &loc[..loc.find("</loc>").unwrap()];
        let rel = url.strip_prefix(origin).unwrap();
        assert!(
            out.join(rel).join("index.html").is_file(),
            "{url} in the sitemap"
        );
    }
    let mut switches = 0;
    for (rel, bytes) in snapshot_tree(&out) {
        let html = String::from_utf8_lossy(&bytes);
        let Some(nav) = html.split("<nav class=\"lang-switch\"").nth(1) else {
            continue;
        };
        let nav = &nav[..nav.find("</nav>").unwrap()];
        for link in nav.split("<a href=\"/").skip(1) {
            let target = &link[..link.find('"').unwrap()];
            assert!(
                out.join(target).join("index.html").is_file(),
                "{rel} → /{target}"
            );
            switches += 1;
        }
    }
    assert!(switches > 100, "{switches}");
}

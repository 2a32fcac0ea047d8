//! Districts in several communes, closed districts and their old addresses, as the built site
//! shows them: commune pages, filters and counts, the open data, the closed district's page and
//! its successor's, and the pages at the old addresses.

use crate::build_support::*;
use serde_json::Value;
use std::path::Path;

/// build-small with Bervoets in Forest and Uccle, and `old`, a group that ended in 2016 and goes
/// on as Bervoets, once at the address `oxy-15`.
fn built() -> (tempfile::TempDir, std::path::PathBuf) {
    let site = site_copy("build-small");
    let root = site.path();
    let communes = root.join("data/communes.yaml");
    let text = std::fs::read_to_string(&communes).unwrap();
    std::fs::write(
        &communes,
        format!("{text}uccle: {{fr: Uccle, nl: Ukkel}}\n"),
    )
    .unwrap();
    let district = root.join("content/districts/bervoets/district.md");
    let text = std::fs::read_to_string(&district).unwrap();
    let text = text.replacen("commune: forest", "communes: [forest, uccle]", 1);
    std::fs::write(&district, text).unwrap();
    let old = root.join("content/districts/old/district.md");
    std::fs::create_dir_all(old.parent().unwrap()).unwrap();
    std::fs::write(
        &old,
        "---\nname: Quartier Oxygène\ncommune: forest\n\
         closed: {date: 2016-12-31, successor: bervoets}\naliases: [oxy-15]\n---\n",
    )
    .unwrap();
    let out = root.join("public");
    build_lib(root, &out, Some("https://wijken.example.org"));
    (site, out)
}

fn json(out: &Path, rel: &str) -> Value {
    serde_json::from_str(&read(out, rel)).unwrap()
}

#[test]
fn a_district_in_two_communes_is_on_both_communes_pages_and_filters() {
    let (_site, out) = built();
    for commune in ["forest", "uccle"] {
        for lang in ["fr", "nl"] {
            let page = main_of(&read(
                &out,
                &format!("{lang}/communes/{commune}/index.html"),
            ));
            assert!(
                page.contains(&format!("href=\"/{lang}/districts/bervoets/\"")),
                "{lang}/{commune}: {page}"
            );
        }
    }
    // Each commune's figure counts it: Forest has Bervoets and the closed Oxygène, Uccle Bervoets.
    let forest = main_of(&read(&out, "fr/communes/forest/index.html"));
    assert!(forest.contains("(2)</h2>"), "{forest}");
    let uccle = main_of(&read(&out, "fr/communes/uccle/index.html"));
    assert!(uccle.contains("(1)</h2>"), "{uccle}");
    let list = read(&out, "fr/districts/index.html");
    assert!(
        list.contains(r#"<option value="uccle">Uccle</option>"#),
        "{list}"
    );
    assert!(list.contains(r#"<option value="forest">Forest</option>"#));
    assert!(list.contains(r#"data-commune="forest uccle""#));
    assert!(list.contains("Forest, Uccle"));
    let facets = read(&out, "fr/search/meta.json");
    assert!(facets.contains("uccle"), "{facets}");
}

#[test]
fn the_open_data_carries_every_commune_of_a_district() {
    let (_site, out) = built();
    let projects = json(&out, "data/projects.json");
    let projects = projects.as_array().unwrap();
    assert!(!projects.is_empty());
    for p in projects {
        assert_eq!(p["commune"], "forest");
        assert_eq!(p["communes"], serde_json::json!(["forest", "uccle"]));
    }
    let csv = read(&out, "data/projects.csv");
    let mut lines = csv.lines();
    assert!(lines.next().unwrap().ends_with(",track,communes"));
    for line in lines {
        assert!(line.ends_with(",forest;uccle"), "{line}");
    }
    let geo = json(&out, "data/districts.geojson");
    let feature = |id: &str| {
        geo["features"]
            .as_array()
            .unwrap()
            .iter()
            .find(|f| f["id"] == id)
            .unwrap()
            .clone()
    };
    let bervoets = feature("bervoets");
    assert_eq!(
        bervoets["properties"]["communes"],
        serde_json::json!(["forest", "uccle"])
    );
    assert_eq!(bervoets["properties"]["closed"], Value::Null);
    let old = feature("old");
    assert_eq!(old["properties"]["closed"], "2016-12-31");
    assert_eq!(old["properties"]["successor"], "bervoets");
}

#[test]
fn a_closed_district_names_and_links_its_successor() {
    let (_site, out) = built();
    let fr = main_of(&read(&out, "fr/districts/old/index.html"));
    assert!(
        fr.contains(
            "Ce groupe a cessé ses activités le <time datetime=\"2016-12-31\">31 décembre 2016</time>"
        ),
        "{fr}"
    );
    assert!(fr
        .contains("il se poursuit dans <a href=\"/fr/districts/bervoets/\">Quartier Bervoets</a>"));
    // A district with no dossier, project or news shows no empty section under a heading.
    for id in ["journey", "projects", "budget", "dossier"] {
        assert!(!fr.contains(&format!("id=\"{id}\"")), "{id}: {fr}");
    }
    let successor_fr = main_of(&read(&out, "fr/districts/bervoets/index.html"));
    for id in ["journey", "projects", "budget", "dossier"] {
        assert!(successor_fr.contains(&format!("id=\"{id}\"")), "{id}");
    }
    let nl = main_of(&read(&out, "nl/districts/old/index.html"));
    assert!(
        nl.contains("ze gaat verder in <a href=\"/nl/districts/bervoets/\">"),
        "{nl}"
    );
    let successor = main_of(&read(&out, "fr/districts/bervoets/index.html"));
    assert!(
        successor.contains("Suite de <a href=\"/fr/districts/old/\">Quartier Oxygène</a>"),
        "{successor}"
    );
    // Still listed, marked as ended.
    let list = read(&out, "fr/districts/index.html");
    assert!(list.contains("/fr/districts/old/"));
    assert!(list.contains("status-closed\">Terminé</span>"), "{list}");
}

#[test]
fn an_old_address_leads_to_the_district_in_every_language() {
    let (_site, out) = built();
    for lang in ["fr", "nl"] {
        let page = read(&out, &format!("{lang}/districts/oxy-15/index.html"));
        let canonical = format!(
            r#"<link rel="canonical" href="https://wijken.example.org/{lang}/districts/old/">"#
        );
        assert!(page.contains(&canonical), "{page}");
        let refresh =
            format!(r#"<meta http-equiv="refresh" content="0; url=/{lang}/districts/old/">"#);
        assert!(page.contains(&refresh), "{page}");
        assert!(page.contains(r#"<meta name="robots" content="noindex">"#));
        assert!(page.contains(&format!(r#"<a href="/{lang}/districts/old/">"#)));
    }
    let sitemap = read(&out, "sitemap.xml");
    assert!(sitemap.contains("/fr/districts/old/"));
    assert!(!sitemap.contains("oxy-15"), "{sitemap}");
}

/// build-small built with Bervoets's commune written as `district`'s `from` replaced by `to`.
fn built_with_commune(from: &str, to: &str) -> Vec<(String, Vec<u8>)> {
    let site = site_copy("build-small");
    let district = site.path().join("content/districts/bervoets/district.md");
    let text = std::fs::read_to_string(&district).unwrap();
    assert!(text.contains(from), "{text}");
    std::fs::write(&district, text.replacen(from, to, 1)).unwrap();
    let out = site.path().join("public");
    build_lib(site.path(), &out, Some("https://wijken.example.org"));
    snapshot_tree(&out)
}

#[test]
fn one_commune_as_a_list_of_one_builds_the_same_site_byte_for_byte() {
    let one = built_with_commune("commune: forest", "commune: forest");
    let list = built_with_commune("commune: forest", "communes: [forest]");
    let names = |t: &[(String, Vec<u8>)]| t.iter().map(|f| f.0.clone()).collect::<Vec<_>>();
    assert_eq!(names(&one), names(&list));
    assert!(one.len() > 20, "{} files", one.len());
    for ((path, a), (_, b)) in one.iter().zip(&list) {
        assert!(
            a == b,
            "{path} differs between `commune: forest` and `communes: [forest]`"
        );
    }
}

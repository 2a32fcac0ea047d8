//! Similar projects in the example programme: a project page lists projects of other districts
//! sharing its themes and words, the closest first, and `data/projects.json` gives the same list.

use crate::build_support::*;
use std::path::Path;

/// A project as `(district, id)`.
type Key = (String, String);

/// The `(district, id)` of every project `similar` names in `projects.json`, by project.
fn similar_in_json(out: &Path) -> Vec<(Key, Vec<Key>)> {
    let json: serde_json::Value = serde_json::from_str(&read(out, "data/projects.json")).unwrap();
    let pair = |v: &serde_json::Value| {
        (
            v["district"].as_str().unwrap().to_string(),
            v["id"].as_str().unwrap().to_string(),
        )
    };
    json.as_array()
        .unwrap()
        .iter()
        .map(|p| {
            let list = p["similar"].as_array().expect("a `similar` array");
            (pair(p), list.iter().map(pair).collect())
        })
        .collect()
}

/// The links of a page's « similar projects » section, as `(district, id)`, with its heading.
fn similar_on_page(out: &Path, rel: &str) -> (String, Vec<Key>) {
    let html = read(out, rel);
    let start = html
        .find("<section aria-labelledby=\"similar\">")
        .unwrap_or_else(|| panic!("{rel}: no similar projects"));
    let section = &html[start..start + html[start..].find("</section>").unwrap()];
    let heading = section.split("<h2 id=\"similar\">").nth(1).unwrap();
    let heading = heading[..heading.find("</h2>").unwrap()].to_string();
    let links = section
        .split("<a href=\"/")
        .skip(1)
        .map(|a| {
            let path: Vec<&str> = a[..a.find('"').unwrap()].split('/').collect();
            (path[2].to_string(), path[3].to_string())
        })
        .collect();
    (heading, links)
}

#[test]
fn accepts_similar_projects_of_other_districts_the_closest_first() {
    let (_dir, out) = built_example();
    let all = similar_in_json(&out);
    let compost = ("bervoets".to_string(), "compost".to_string());
    let listed = &all.iter().find(|(p, _)| *p == compost).unwrap().1;
    // The other districts' projects whose texts speak of compost: the orchard of Peterbos and the
    // solidarity fridge of Morichar (both point to the meeting on compost).
    let mut first: Vec<&Key> = listed.iter().take(2).collect();
    first.sort();
    assert_eq!(
        first,
        [
            &("morichar".to_string(), "frigo-solidaire".to_string()),
            &("peterbos".to_string(), "verger".to_string())
        ],
        "{listed:?}"
    );
    for ((district, id), list) in &all {
        assert!(list.len() <= 5, "{district}/{id}: {list:?}");
        assert!(!list.is_empty(), "{district}/{id} has no similar project");
        assert!(
            list.iter().all(|(d, _)| d != district),
            "{district}/{id} lists a project of its own district: {list:?}"
        );
        let mut unique = list.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(unique.len(), list.len(), "{district}/{id}: {list:?}");
    }
    for (lang, heading) in [
        ("fr", "Projets semblables"),
        ("nl", "Vergelijkbare projecten"),
    ] {
        let page = format!("{lang}/districts/bervoets/compost/index.html");
        let (h, on_page) = similar_on_page(&out, &page);
        assert_eq!(h, heading);
        assert_eq!(&on_page, listed, "{page} and projects.json disagree");
    }
}

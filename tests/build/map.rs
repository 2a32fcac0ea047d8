//! The map of the districts on the built example site: one marker link per district with the
//! href of its list entry, the text alternative, the district page's highlight, the fragment
//! (snapshot), the open data, and the size of the home page at 1,000 districts.

use crate::build_support::*;
use std::path::Path;

/// The part of `html` from `start` to the next `end` after it.
fn between<'a>(html: &'a str, start: &str, end: &str) -> &'a str {
    let i = html.find(start).unwrap_or_else(|| panic!("no {start}"));
    let j = html[i..]
        .find(end)
        .unwrap_or_else(|| panic!("no {end} after {start}"))
        + i;
    &html[i..j + end.len()]
}

/// Every `href="…"` in `html`, in order.
fn hrefs(html: &str) -> Vec<String> {
    html.split("href=\"")
        .skip(1)
        .filter_map(|s| s.split('"').next())
        .filter(|h| !h.starts_with('#'))
        .map(str::to_string)
        .collect()
}

fn sorted(mut v: Vec<String>) -> Vec<String> {
    v.sort();
    v
}

#[test]
fn every_district_has_a_marker_with_the_href_of_its_list_entry() {
    let (_dir, out) = built_example();
    // Every district with a location; the closed Saint-Denis has none: it is listed, not drawn.
    let located: Vec<String> = std::fs::read_dir(crate_root().join("content/districts"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| read(p, "district.md").contains("\nlocation:"))
        .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    let districts = located.len();
    assert!(districts >= 7, "{located:?}");
    for lang in ["fr", "nl"] {
        let page = read(&out, &format!("{lang}/districts/index.html"));
        let markers = hrefs(between(&page, "<ul class=\"map-markers\"", "</ul>"));
        let cards: Vec<String> = page
            .split("<li class=\"card\"")
            .skip(1)
            .map(|c| hrefs(c)[0].clone())
            .collect();
        assert_eq!(markers.len(), districts, "{lang}: {markers:?}");
        let cards: Vec<String> = cards
            .into_iter()
            .filter(|c| located.iter().any(|d| c.ends_with(&format!("/{d}/"))))
            .collect();
        assert_eq!(sorted(markers.clone()), sorted(cards), "{lang}");
        let list = hrefs(between(&page, "<ul class=\"map-groups\">", "\n</ul>"));
        // The text alternative lists a district under each of its communes: Cité Messidor under
        // Uccle and under Forest.
        let messidor = format!("/{lang}/districts/messidor/");
        assert_eq!(list.iter().filter(|h| **h == messidor).count(), 2, "{lang}");
        let mut once = sorted(list);
        once.dedup();
        assert_eq!(once, sorted(markers), "{lang}: the text alternative");
        let home = read(&out, &format!("{lang}/index.html"));
        let home_markers = hrefs(between(&home, "<ul class=\"map-markers\"", "</ul>"));
        assert_eq!(home_markers.len(), districts, "{lang} home");
    }
    let nl = read(&out, "nl/districts/index.html");
    assert!(
        nl.contains("aria-label=\"Quartier Bervoets, Vorst\""),
        "accessible name in Dutch"
    );
    let drawing = read(&out, "nl/map.svg");
    assert!(
        drawing.contains(">Sint-Jans-</tspan>"),
        "commune names in Dutch"
    );
    let fr = read(&out, "fr/index.html");
    assert!(fr.contains("aria-label=\"Quartier Bervoets, Forest\""));
    assert!(fr.contains("Limites communales\u{a0}: Statbel (2011)"));
    assert!(fr.contains(">Afficher la carte interactive</button>"));
    assert!(fr.contains("tile.openstreetmap.org"));
    assert!(read(&out, "nl/index.html").contains(">Interactieve kaart tonen</button>"));
}

#[test]
fn a_district_page_highlights_its_own_marker_and_fades_the_others() {
    let (_dir, out) = built_example();
    let page = read(&out, "fr/districts/bervoets/index.html");
    let markers = between(&page, "<ul class=\"map-markers\"", "</ul>");
    let current: Vec<&str> = markers.split("map-marker-current").skip(1).collect();
    assert_eq!(current.len(), 1);
    assert!(current[0].contains("href=\"/fr/districts/bervoets/\" aria-label=\"Quartier Bervoets, Forest\" aria-current=\"page\""));
    let others = hrefs(markers).len() - 1;
    assert_eq!(markers.matches("map-marker-faded").count(), others);
    assert!(page.contains("<details class=\"map-list\">"));
}

#[test]
fn snapshots_the_map_fragment() {
    let (_dir, out) = built_example();
    let home = read(&out, "fr/index.html");
    let fragment = between(&home, "<section class=\"map-section\"", "</section>");
    // The outlines' path data is long and checked by the unit tests: its length stands for it here.
    insta::with_settings!({snapshot_path => "../snapshots", prepend_module_to_snapshot => false}, {
        insta::assert_snapshot!("build_map__map_fragment", short_paths(fragment));
    });
}

/// `text` with every path's data longer than 80 characters replaced by its length.
fn short_paths(text: &str) -> String {
    let mut shown = String::new();
    for (i, part) in text.split(" d=\"").enumerate() {
        if i == 0 {
            shown.push_str(part);
            continue;
        }
        let end = part.find('"').unwrap();
        let d = &part[..end];
        if d.len() > 80 {
            shown.push_str(&format!(" d=\"…{} characters…{}", d.len(), &part[end..]));
        } else {
            shown.push_str(&format!(" d=\"{part}"));
        }
    }
    shown
}

#[test]
fn the_drawing_is_one_file_per_language_shown_under_the_markers() {
    let (_dir, out) = built_example();
    for (lang, name) in [("fr", "Forest"), ("nl", "Vorst")] {
        let svg = read(&out, &format!("{lang}/map.svg"));
        assert!(
            svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""),
            "{svg}"
        );
        assert!(
            svg.contains("<g class=\"map-communes\"><path d=\"M"),
            "{lang}"
        );
        assert!(svg.contains(&format!(">{name}</tspan>")), "{lang}: {name}");
        assert!(
            svg.contains("<style>"),
            "its own style: the page's does not reach an <img>"
        );
        let pages = [
            format!("{lang}/index.html"),
            format!("{lang}/districts/index.html"),
            format!("{lang}/districts/bervoets/index.html"),
        ];
        for page in &pages {
            let html = read(&out, page);
            let frame = between(
                &html,
                "<div class=\"map-frame\"",
                "<ul class=\"map-markers\"",
            );
            let img =
                format!("<img class=\"map-svg\" src=\"/{lang}/map.svg\" alt=\"\" width=\"640\"");
            assert!(frame.contains(&img), "{page}: {frame}");
            assert!(
                !html.contains("map-communes"),
                "{page} draws no outline itself"
            );
            // The marker shapes the markers and the legend use are defined in the page.
            assert!(frame.contains("<symbol id=\"map-s-group\""), "{page}");
        }
    }
    insta::with_settings!({snapshot_path => "../snapshots", prepend_module_to_snapshot => false}, {
        insta::assert_snapshot!("build_map__map_drawing", short_paths(&read(&out, "fr/map.svg")));
    });
}

#[test]
fn publishes_the_boundaries_and_the_communes_of_districts() {
    let (_dir, out) = built_example();
    let communes: serde_json::Value =
        serde_json::from_str(&read(&out, "data/communes.geojson")).unwrap();
    let features = communes["features"].as_array().unwrap();
    assert_eq!(features.len(), 19);
    let forest = features.iter().find(|f| f["id"] == "forest").unwrap();
    assert_eq!(forest["properties"]["name"]["nl"], "Vorst");
    assert_eq!(forest["geometry"]["type"], "MultiPolygon");
    let districts: serde_json::Value =
        serde_json::from_str(&read(&out, "data/districts.geojson")).unwrap();
    let bervoets = districts["features"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["id"] == "bervoets")
        .unwrap();
    assert_eq!(bervoets["properties"]["commune_name"]["fr"], "Forest");
    assert_eq!(bervoets["properties"]["status"], "realisation");
}

/// A site of `n` districts placed inside the Brussels communes (a fixed pseudo-random sequence).
fn many_districts(root: &Path, n: usize) {
    copy_tree(&crate_root().join("data"), &root.join("data"));
    let (b, _) = wijk::geo::parse(&std::fs::read(root.join("data/communes.geojson")).unwrap());
    let b = b.unwrap();
    let mut seed: u64 = 42;
    let mut next = || {
        seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (seed >> 11) as f64 / (1u64 << 53) as f64
    };
    let mut made = 0;
    while made < n {
        let (lon, lat) = (4.24 + next() * 0.24, 50.76 + next() * 0.16);
        let Some(commune) = b.commune_at([lon, lat]) else {
            continue;
        };
        let id = format!("d{made:04}");
        let text = format!(
            "---\nname: Quartier {made}\ncommune: {}\nlocation: {{lat: {lat:.5}, lon: {lon:.5}}}\nthemes: []\n---\n",
            commune.id
        );
        let dir = root.join("content/districts").join(&id);
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("district.md"), text).unwrap();
        made += 1;
    }
}

#[test]
fn a_thousand_districts_keep_the_home_page_under_150_kb_with_one_marker_per_commune() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("site");
    many_districts(&root, 1000);
    let out = dir.path().join("public");
    build_lib(&root, &out, None);
    let home = read(&out, "fr/index.html");
    assert!(home.len() < 150_000, "home page: {} bytes", home.len());
    let markers = hrefs(between(&home, "<ul class=\"map-markers\"", "</ul>"));
    assert!(markers.len() <= 19 && markers.len() > 10, "{markers:?}");
    assert!(markers
        .iter()
        .all(|h| h.starts_with("/fr/districts/?commune=")));
    let counts: usize = home
        .split("<span class=\"map-count\" aria-hidden=\"true\">")
        .skip(1)
        .map(|s| s.split('<').next().unwrap().parse::<usize>().unwrap())
        .sum();
    assert_eq!(counts, 1000);
    // A commune's marker carries no empty filter attributes, and its centre to about a metre.
    let list = between(&home, "<ul class=\"map-markers\"", "</ul>");
    assert!(!list.contains("=\"\""), "{list}");
    for coordinate in list
        .split(" data-lat=\"")
        .skip(1)
        .flat_map(|s| s.split('"').next())
    {
        let decimals = coordinate.split('.').nth(1).map_or(0, str::len);
        assert!(decimals <= 5, "{coordinate}");
    }
    let district = read(&out, "fr/districts/d0007/index.html");
    let own = between(&district, "map-marker-current", "</a>");
    assert!(own.contains("href=\"/fr/districts/d0007/\""), "{own}");
}

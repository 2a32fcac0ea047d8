//! Boundaries made by someone else: the example's communes as a publisher with a point every
//! metre would export them — named by `name_fr` in its own spelling, MultiPolygons, a hole —
//! pass `check`, weigh on the pages what the shipped file weighs, and a broken export on one line
//! gives a report of a few kilobytes.

use crate::build_support::*;
use serde_json::{json, Value};
use std::path::Path;

/// Metres per degree of latitude, and of longitude at Brussels (50.84°N).
const M_PER_DEG_LAT: f64 = 111_320.0;
const M_PER_DEG_LON: f64 = 70_330.0;

/// A copy of the example programme (content and data).
fn example() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for d in ["content", "data"] {
        copy_tree(&crate_root().join(d), &dir.path().join(d));
    }
    dir
}

/// 1e-7 degrees: a centimetre, as precise exports write them.
fn fine(x: f64) -> f64 {
    (x * 1e7).round() / 1e7
}

/// `ring` with a point about every metre along each edge.
fn densify(ring: &[Value]) -> Vec<Value> {
    let pts: Vec<[f64; 2]> = ring
        .iter()
        .map(|p| [p[0].as_f64().unwrap(), p[1].as_f64().unwrap()])
        .collect();
    let mut out = Vec::new();
    for w in pts.windows(2) {
        let (dx, dy) = (w[1][0] - w[0][0], w[1][1] - w[0][1]);
        let metres = (dx * M_PER_DEG_LON).hypot(dy * M_PER_DEG_LAT);
        let steps = metres.ceil().max(1.0) as usize;
        for k in 0..steps {
            let t = k as f64 / steps as f64;
            out.push(json!([fine(w[0][0] + t * dx), fine(w[0][1] + t * dy)]));
        }
    }
    out.push(out[0].clone());
    out
}

/// A square hole of 300 m around `[lon, lat]`, drawn the other way round from the outer ring.
fn hole(at: [f64; 2]) -> Vec<Value> {
    let (hx, hy) = (150.0 / M_PER_DEG_LON, 150.0 / M_PER_DEG_LAT);
    let [x, y] = at;
    let corners = [
        [x - hx, y - hy],
        [x - hx, y + hy],
        [x + hx, y + hy],
        [x + hx, y - hy],
        [x - hx, y - hy],
    ];
    let ring: Vec<Value> = corners.iter().map(|c| json!(c)).collect();
    densify(&ring)
}

/// The shipped boundaries re-exported: every feature a MultiPolygon with a point every metre,
/// named by `name_fr` (upper case, spaces for dashes or an accent the commune's label lacks)
/// with `name_nl` and a statistical code beside it, and a hole in Uccle, where no district is.
fn third_party_export(root: &Path, name: impl Fn(&str) -> String) -> String {
    let shipped = std::fs::read(root.join("data/communes.geojson")).unwrap();
    let (parsed, _) = wijk::geo::parse(&shipped);
    let uccle = parsed.unwrap().get("uccle").unwrap().clone();
    let mut geojson: Value = serde_json::from_slice(&shipped).unwrap();
    for (i, f) in geojson["features"]
        .as_array_mut()
        .unwrap()
        .iter_mut()
        .enumerate()
    {
        let (id, fr, nl) = {
            let p = &f["properties"];
            let s = |k: &str| p[k].as_str().unwrap().to_string();
            (s("id"), s("fr"), s("nl"))
        };
        let g = &f["geometry"];
        let polygons: Vec<Value> = match g["type"].as_str().unwrap() {
            "Polygon" => vec![g["coordinates"].clone()],
            _ => g["coordinates"].as_array().unwrap().clone(),
        };
        let mut polygons: Vec<Vec<Vec<Value>>> = polygons
            .iter()
            .map(|p| {
                p.as_array()
                    .unwrap()
                    .iter()
                    .map(|r| densify(r.as_array().unwrap()))
                    .collect()
            })
            .collect();
        if id == "uccle" {
            let ring = &uccle.polygons[0].rings[0];
            let n = ring.len() as f64;
            let c = [
                ring.iter().map(|p| p[0]).sum::<f64>() / n,
                ring.iter().map(|p| p[1]).sum::<f64>() / n,
            ];
            assert!(uccle.contains(c), "the hole is inside Uccle");
            polygons[0].push(hole(c));
        }
        f["properties"] = json!({"nis": 21001 + i, "name_fr": name(&fr), "name_nl": nl});
        f["geometry"] = json!({"type": "MultiPolygon", "coordinates": polygons});
    }
    serde_json::to_string(&geojson).unwrap()
}

/// How the export spells a French label: some upper case, some with spaces, Evere with an accent.
fn publisher_spelling(fr: &str) -> String {
    match fr {
        "Evere" => "Évere".into(),
        s if s.len() % 2 == 0 => s.to_uppercase(),
        s => s.replace('-', " "),
    }
}

fn use_match(root: &Path) {
    let path = root.join("data/programme.yaml");
    let text = std::fs::read_to_string(&path).unwrap();
    let shipped = "boundaries: {match: fr}";
    assert!(
        text.contains(shipped),
        "the example names its communes by `fr`"
    );
    std::fs::write(
        path,
        text.replacen(shipped, "boundaries: {match: name_fr}", 1),
    )
    .unwrap();
}

/// Bytes of the drawing and of the pages that show it, and the number of rings drawn.
fn weights(out: &Path) -> (Vec<(String, usize)>, usize) {
    let pages = [
        "fr/map.svg",
        "fr/districts/index.html",
        "fr/communes/forest/index.html",
        "fr/districts/bervoets/index.html",
        "nl/index.html",
    ];
    let sizes = pages
        .iter()
        .map(|p| (p.to_string(), read(out, p).len()))
        .collect();
    let page = read(out, "fr/map.svg");
    let i = page.find("<g class=\"map-communes\">").unwrap();
    let j = page[i..].find("</g>").unwrap() + i;
    (sizes, page[i..j].matches('M').count())
}

#[test]
fn accepts_a_metre_precise_export_named_by_name_fr_and_keeps_the_pages_light() {
    let shipped = example();
    let dir = tempfile::tempdir().unwrap();
    build_lib(shipped.path(), &dir.path().join("a"), None);
    let (before, rings_before) = weights(&dir.path().join("a"));

    let site = example();
    let export = third_party_export(site.path(), publisher_spelling);
    assert!(export.len() > 5_000_000, "{} bytes", export.len());
    std::fs::write(site.path().join("data/communes.geojson"), &export).unwrap();
    use_match(site.path());
    let corpus = wijk::load::load(site.path()).unwrap();
    let diags = wijk::validate::validate(&corpus).diagnostics;
    assert!(diags.is_empty(), "{diags:#?}");
    build_lib(site.path(), &dir.path().join("b"), None);
    let (after, rings_after) = weights(&dir.path().join("b"));
    for ((page, a), (_, b)) in before.iter().zip(&after) {
        let ratio = *b as f64 / *a as f64;
        assert!((0.9..=1.1).contains(&ratio), "{page}: {a} → {b} bytes");
    }
    assert_eq!(
        rings_after,
        rings_before + 1,
        "every ring drawn, and Uccle's hole"
    );
}

#[test]
fn reports_an_export_that_matches_nothing_in_a_few_kilobytes() {
    let site = example();
    let export = third_party_export(site.path(), |fr| format!("Commune de {fr} (2011)"));
    assert!(!export.contains('\n'));
    std::fs::write(site.path().join("data/communes.geojson"), &export).unwrap();
    use_match(site.path());
    for format in ["human", "json", "github"] {
        let root = site.path().to_str().unwrap();
        let out = wijk(&["--root", root, "check", "--format", format]);
        assert_eq!(out.status.code(), Some(1), "{format}");
        let text = String::from_utf8_lossy(&out.stdout).into_owned()
            + &String::from_utf8_lossy(&out.stderr);
        let count = text.matches("Commune de ").count();
        assert!(
            count >= 19,
            "{format}: every feature named, got {count}\n{text}"
        );
        assert!(
            text.len() < 10 * 1024,
            "{format}: {} bytes\n{text}",
            text.len()
        );
    }
}

//! The picture a browser loads for each `<img srcset sizes>` of the example site: for a phone
//! (320 and 390 px wide) and a desktop (1280 px), at a density of 1 and 2, the file chosen is at
//! most 1.5 × as wide as the picture is shown, or the narrowest there is. The width shown is the
//! one `sizes` gives, evaluated as the HTML standard says; of the candidates, the browser is taken
//! to pick the narrowest whose density reaches the screen's (what Firefox does; Chromium may pick
//! a narrower one, never a wider one).

use crate::build_support::*;

/// The viewports: CSS width in pixels and device pixel ratio.
const VIEWPORTS: [(f64, f64); 6] = [
    (320.0, 1.0),
    (320.0, 2.0),
    (390.0, 1.0),
    (390.0, 2.0),
    (1280.0, 1.0),
    (1280.0, 2.0),
];

/// Pixels of one `rem`, and of one `em` in a media condition (the browser's default font size).
const REM: f64 = 16.0;

/// The value of attribute `name` in the tag `tag` (between double quotes), unescaped.
fn attribute(tag: &str, name: &str) -> Option<String> {
    let start = tag.find(&format!(" {name}=\""))? + name.len() + 3;
    let len = tag[start..].find('"')?;
    Some(tag[start..start + len].replace("&amp;", "&"))
}

/// A CSS length of `sizes` in pixels, at a viewport `vw` pixels wide: `Npx`, `Nrem`, `Nem`,
/// `Nvw` or `calc(A ± B)` of those.
fn length(s: &str, vw: f64) -> f64 {
    let s = s.trim();
    if let Some(inner) = s.strip_prefix("calc(").and_then(|r| r.strip_suffix(')')) {
        let (a, op, b) = if let Some((a, b)) = inner.split_once(" - ") {
            (a, -1.0, b)
        } else if let Some((a, b)) = inner.split_once(" + ") {
            (a, 1.0, b)
        } else {
            panic!("calc() of one term: {s}")
        };
        return length(a, vw) + op * length(b, vw);
    }
    for (unit, px) in [("px", 1.0), ("rem", REM), ("em", REM), ("vw", vw / 100.0)] {
        if let Some(n) = s.strip_suffix(unit) {
            if let Ok(n) = n.parse::<f64>() {
                return n * px;
            }
        }
    }
    panic!("a length this test does not know: {s:?}")
}

/// Whether the media condition `(max-width: L)` or `(min-width: L)` holds at `vw`.
fn matches(condition: &str, vw: f64) -> bool {
    let inner = condition
        .trim()
        .strip_prefix('(')
        .and_then(|c| c.strip_suffix(')'))
        .unwrap_or_else(|| panic!("a media condition this test does not know: {condition}"));
    let (feature, value) = inner.split_once(':').unwrap();
    match feature.trim() {
        "max-width" => vw <= length(value, vw),
        "min-width" => vw >= length(value, vw),
        other => panic!("a media feature this test does not know: {other}"),
    }
}

/// The source size of `sizes` at a viewport `vw` wide: the length of the first entry whose media
/// condition holds, or of the last entry (which has none).
fn source_size(sizes: &str, vw: f64) -> f64 {
    for entry in sizes.split(", ") {
        let entry = entry.trim();
        match entry.rfind(") ") {
            Some(end) if entry.starts_with('(') => {
                if matches(&entry[..=end], vw) {
                    return length(&entry[end + 2..], vw);
                }
            }
            _ => return length(entry, vw),
        }
    }
    100.0 * vw / 100.0
}

/// The widths of a `srcset` of `w` descriptors.
fn candidates(srcset: &str) -> Vec<u32> {
    let mut widths: Vec<u32> = srcset
        .split(", ")
        .map(|c| {
            let w = c.rsplit(' ').next().and_then(|d| d.strip_suffix('w'));
            w.and_then(|w| w.parse().ok())
                .unwrap_or_else(|| panic!("not a width descriptor: {c}"))
        })
        .collect();
    widths.sort_unstable();
    widths
}

/// The candidate chosen for a source size `size` at density `dpr`: the narrowest whose density
/// (`w / size`) reaches `dpr`, else the widest.
fn chosen(widths: &[u32], size: f64, dpr: f64) -> u32 {
    let last = *widths.last().unwrap();
    widths
        .iter()
        .copied()
        .find(|&w| f64::from(w) / size >= dpr)
        .unwrap_or(last)
}

/// Every `<img …>` tag with a `srcset` in the HTML files of `out`: (file, tag).
fn img_tags(out: &std::path::Path) -> Vec<(String, String)> {
    let mut tags = Vec::new();
    for (path, bytes) in snapshot_tree(out) {
        if !path.ends_with(".html") {
            continue;
        }
        let html = String::from_utf8(bytes).unwrap();
        for (start, _) in html.match_indices("<img ") {
            let end = start + html[start..].find('>').unwrap();
            let tag = &html[start..=end];
            if tag.contains(" srcset=\"") {
                tags.push((path.clone(), tag.to_string()));
            }
        }
    }
    tags
}

#[test]
fn every_srcset_gives_a_file_near_the_width_shown() {
    let (_dir, out) = built_example();
    let tags = img_tags(&out);
    for class in [
        "class=\"cover\"",
        "class=\"card-cover\"",
        "loading=\"lazy\"",
    ] {
        assert!(
            tags.iter().any(|(_, t)| t.contains(class)),
            "no <img srcset> with {class} in the example"
        );
    }
    let mut checked = 0;
    let mut too_wide = Vec::new();
    for (path, tag) in &tags {
        let sizes = attribute(tag, "sizes").unwrap_or_else(|| panic!("{path}: no sizes: {tag}"));
        let widths = candidates(&attribute(tag, "srcset").unwrap());
        for (vw, dpr) in VIEWPORTS {
            let size = source_size(&sizes, vw);
            let pick = chosen(&widths, size, dpr);
            checked += 1;
            if f64::from(pick) > 1.5 * size * dpr && pick != widths[0] {
                too_wide.push(format!(
                    "{path}: {vw} px × {dpr}: shown {size} px, loads {pick} of {widths:?}"
                ));
            }
        }
    }
    assert!(checked >= 6 * 20, "only {checked} choices checked");
    assert!(too_wide.is_empty(), "{}", too_wide.join("\n"));
}

#[test]
fn the_evaluation_follows_the_standard() {
    let sizes =
        "(max-width: 40rem) calc(100vw - 2rem), (max-width: 58rem) calc(50vw - 1.5rem), 20rem";
    assert_eq!(source_size(sizes, 320.0), 288.0);
    assert_eq!(source_size(sizes, 640.0), 608.0);
    assert_eq!(source_size(sizes, 800.0), 376.0);
    assert_eq!(source_size(sizes, 1280.0), 320.0);
    assert_eq!(
        source_size("(max-width: 732px) calc(100vw - 2rem), 700px", 1280.0),
        700.0
    );
    let widths = candidates("/a-480.jpg 480w, /a-320.jpg 320w, /a-960.jpg 960w");
    assert_eq!(widths, [320, 480, 960]);
    assert_eq!(chosen(&widths, 288.0, 1.0), 320);
    assert_eq!(chosen(&widths, 288.0, 2.0), 960);
    assert_eq!(chosen(&widths, 992.0, 1.0), 960);
    assert_eq!(
        attribute(r#"<img src="a" sizes="1px">"#, "sizes").unwrap(),
        "1px"
    );
}

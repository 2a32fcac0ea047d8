//! Hostile values in output: a third-party file on one huge line is quoted as a window of the line
//! around each value, not whole, in every format; a `--base-url` that is not an address is refused.

use crate::fixture_site::{manifest_dir, Site};
use serde_json::Value;
use std::process::Command;

/// The length of the Brussels communes' boundaries as another publisher exports them: one line.
const LINE_CHARS: usize = 777_028;

/// The example's communes on one line of exactly [`LINE_CHARS`] characters, with the publisher's
/// codes (NIS codes, not commune ids or names: one `geo.invalid` per feature) and a long
/// description.
fn third_party_boundaries() -> String {
    let text = std::fs::read_to_string(manifest_dir().join("data/communes.geojson")).unwrap();
    let mut geojson: Value = serde_json::from_str(&text).unwrap();
    let features = geojson["features"].as_array_mut().unwrap();
    for (i, f) in features.iter_mut().enumerate() {
        // The example names its communes by `fr` (`map.boundaries.match`): both hold codes.
        f["properties"]["id"] = Value::from(format!("{}", 21001 + i));
        f["properties"]["fr"] = Value::from(format!("{}", 21001 + i));
    }
    features[0]["properties"]["description"] = Value::from("");
    let short = serde_json::to_string(&geojson).unwrap().chars().count();
    let pad = "Limites administratives des communes. ".repeat(LINE_CHARS / 38 + 1);
    let pad: String = pad.chars().take(LINE_CHARS - short).collect();
    geojson["features"][0]["properties"]["description"] = Value::from(pad);
    let line = serde_json::to_string(&geojson).unwrap();
    assert_eq!(line.chars().count(), LINE_CHARS);
    assert!(!line.contains('\n'));
    line
}

fn check(site: &Site, format: &str) -> (String, i32) {
    let out = Command::new(env!("CARGO_BIN_EXE_wijk"))
        .arg("--root")
        .arg(site.root())
        .args(["check", "--format", format])
        .env("NO_COLOR", "1")
        .env("WIJK_LANG", "en")
        .output()
        .unwrap();
    let text =
        String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr);
    (text, out.status.code().unwrap_or(-1))
}

#[test]
fn quotes_at_most_a_window_of_a_777028_character_line() {
    let site = Site::example();
    site.write("data/communes.geojson", third_party_boundaries());
    let count = site
        .check()
        .iter()
        .filter(|d| d.file_display() == "data/communes.geojson" && d.span.line == 1)
        .count();
    assert!(count >= 19, "one diagnostic per feature, got {count}");
    for format in ["human", "json", "github"] {
        let (text, code) = check(&site, format);
        assert_eq!(code, 1, "{format}");
        assert!(
            text.len() < 1024 * count,
            "{format}: {} bytes for {count} diagnostics",
            text.len()
        );
        assert!(text.contains("data/communes.geojson"), "{format}");
    }
    let (human, _) = check(&site, "human");
    // The quoted window is cut on both sides and the caret sits under the id's value.
    let quoted: Vec<&str> = human.lines().filter(|l| l.starts_with("1 | ")).collect();
    assert_eq!(quoted.len(), count, "{human}");
    for q in &quoted {
        let shown = &q["1 | ".len()..];
        assert!(shown.starts_with("...") || shown.ends_with("..."), "{q}");
        assert!(shown.chars().count() <= 140, "{q}");
    }
    let lines: Vec<&str> = human.lines().collect();
    let at = lines.iter().position(|l| l.starts_with("1 | ")).unwrap();
    let caret = lines[at + 1].find('^').unwrap();
    let under: String = lines[at].chars().skip(caret).take(7).collect();
    assert_eq!(under, "\"21001\"", "{}\n{}", lines[at], lines[at + 1]);
}

/// `wijk build --base-url` prefixes every link of the site: a `javascript:` URL is refused with
/// exit 2 and one line, before anything is read.
#[test]
fn rejects_a_build_base_url_that_is_not_an_address_or_a_path() {
    let site = Site::base();
    let out = site.root().join("public");
    for bad in ["javascript:alert(document.cookie)", "//evil.example.org/"] {
        let o = Command::new(env!("CARGO_BIN_EXE_wijk"))
            .arg("--root")
            .arg(site.root())
            .args(["build", "--base-url", bad, "--out"])
            .arg(&out)
            .env("WIJK_LANG", "en")
            .output()
            .unwrap();
        assert_eq!(o.status.code(), Some(2), "{bad}");
        let err = String::from_utf8_lossy(&o.stderr);
        assert_eq!(err.trim().lines().count(), 1, "{err}");
        assert!(err.contains("--base-url must be an http:// or https:// address"));
        assert!(err.contains(bad), "{err}");
        assert!(!out.exists());
    }
}

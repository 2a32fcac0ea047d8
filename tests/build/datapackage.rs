//! The open data's field guide, `data/datapackage.json`: every column of the CSV, every key of
//! the JSON records and every property of the GeoJSON features has a field with a description in
//! English, French and Dutch; and Frictionless itself (`frictionless validate`, installed by
//! `.ci/run`) finds the package valid, the rows of the CSV and JSON against their schema included.

use crate::browser_support;
use crate::build_support::*;
use serde_json::Value;
use std::collections::BTreeSet;
use std::path::Path;
use std::process::Command;

fn package(out: &Path) -> Value {
    serde_json::from_str(&read(out, "data/datapackage.json")).unwrap()
}

fn resource<'a>(package: &'a Value, path: &str) -> &'a Value {
    package["resources"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["path"] == path)
        .unwrap_or_else(|| panic!("no resource for {path}: {package}"))
}

/// The field names of a resource (its `schema`, or `featureSchema` for GeoJSON), in order, each
/// checked for a description in the three languages.
fn fields(resource: &Value) -> Vec<String> {
    let schema = resource
        .get("schema")
        .or_else(|| resource.get("featureSchema"))
        .unwrap();
    let fields = schema["fields"].as_array().unwrap();
    for f in fields {
        for key in ["description", "description_fr", "description_nl"] {
            let text = f[key].as_str().unwrap_or_default();
            assert!(!text.trim().is_empty(), "{key} missing on {f}");
        }
    }
    fields
        .iter()
        .map(|f| f["name"].as_str().unwrap().to_string())
        .collect()
}

fn set(names: impl IntoIterator<Item = String>) -> BTreeSet<String> {
    names.into_iter().collect()
}

#[test]
fn describes_every_column_key_and_property_of_the_open_data() {
    let (_dir, out) = built_example();
    let package = package(&out);
    let csv = read(&out, "data/projects.csv");
    let header: Vec<String> = csv
        .lines()
        .next()
        .unwrap()
        .split(',')
        .map(String::from)
        .collect();
    assert_eq!(fields(resource(&package, "projects.csv")), header);

    let projects: Value = serde_json::from_str(&read(&out, "data/projects.json")).unwrap();
    let keys = projects
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|p| p.as_object().unwrap().keys().cloned());
    assert_eq!(set(fields(resource(&package, "projects.json"))), set(keys));

    for file in ["districts.geojson", "communes.geojson"] {
        let geo: Value = serde_json::from_str(&read(&out, &format!("data/{file}"))).unwrap();
        let keys = geo["features"]
            .as_array()
            .unwrap()
            .iter()
            .flat_map(|f| f["properties"].as_object().unwrap().keys().cloned());
        assert_eq!(set(fields(resource(&package, file))), set(keys), "{file}");
    }
}

#[test]
fn the_package_names_units_codes_licence_and_source() {
    let (_dir, out) = built_example();
    let package = package(&out);
    let csv = resource(&package, "projects.csv")["schema"]["fields"].clone();
    let field = |name: &str| {
        csv.as_array()
            .unwrap()
            .iter()
            .find(|f| f["name"] == name)
            .unwrap()
            .clone()
    };
    assert_eq!(field("granted_eur")["unit"], "EUR");
    assert_eq!(field("url")["format"], "uri");
    let status = field("status");
    let codes = status["constraints"]["enum"].as_array().unwrap();
    assert!(codes.iter().any(|c| c == "not-selected"), "{status}");
    assert_eq!(status["codes"]["realisation"]["fr"], "En réalisation");
    assert_eq!(
        field("track")["codes"]["small"]["nl"],
        "Klein burgerproject"
    );
    assert_eq!(package["licenses"][0]["name"], "CC-BY-4.0");
    assert!(package["sources"][0]["title"]
        .as_str()
        .unwrap()
        .contains("Statbel"));
}

/// Fails the test unless Frictionless is installed (`.ci/run` installs it).
fn require_frictionless() {
    browser_support::require_command(
        "python3",
        &["-c", "import frictionless, ijson"],
        "pip install 'frictionless[json]'",
    );
}

/// `frictionless validate --json datapackage.json` in `dir`: (valid, the report).
fn validate(dir: &Path) -> (bool, String) {
    let output = Command::new("frictionless")
        .args(["validate", "--json", "datapackage.json"])
        .current_dir(dir)
        .output()
        .expect("frictionless (pip install 'frictionless[json]')");
    let report = String::from_utf8_lossy(&output.stdout).to_string();
    let parsed: Value = serde_json::from_str(&report)
        .unwrap_or_else(|e| panic!("{e}: {report} {}", String::from_utf8_lossy(&output.stderr)));
    (parsed["valid"] == true && output.status.success(), report)
}

#[test]
#[ignore = "needs python3 frictionless: cargo test -- --include-ignored"]
fn frictionless_finds_the_package_valid_rows_included() {
    require_frictionless();
    let (_dir, out) = built_example();
    let data = out.join("data");
    let (valid, report) = validate(&data);
    assert!(valid, "{report}");
    assert!(report.contains("projects.csv") && report.contains("projects.json"));
    // The rows are read against the schema: a status outside the codes is refused.
    let csv = std::fs::read_to_string(data.join("projects.csv")).unwrap();
    let bad = csv.replacen(",evaluated,", ",finished,", 1);
    assert_ne!(bad, csv);
    std::fs::write(data.join("projects.csv"), bad).unwrap();
    let (valid, report) = validate(&data);
    assert!(!valid, "{report}");
    assert!(report.contains("constraint-error"), "{report}");
}

#[test]
fn the_open_data_page_describes_each_file_in_the_page_language() {
    let (_dir, out) = built_example();
    let pages = [
        (
            "fr",
            "Données ouvertes",
            "Identifiant du projet",
            "Limites communales",
        ),
        ("nl", "Open data", "Id van het project", "Gemeentegrenzen"),
    ];
    for (lang, title, description, credit) in pages {
        let home = read(&out, &format!("{lang}/index.html"));
        assert!(
            home.contains(&format!("href=\"/{lang}/pages/open-data/\"")),
            "{lang} footer"
        );
        let main = main_of(&read(&out, &format!("{lang}/pages/open-data/index.html")));
        assert!(main.contains(&format!("<h1>{title}</h1>")), "{main}");
        for file in [
            "projects.csv",
            "projects.json",
            "districts.geojson",
            "communes.geojson",
        ] {
            let link = format!("<a href=\"/data/{file}\">{file}</a>");
            assert!(main.contains(&link), "{lang}: no {link}");
            assert!(main.contains(&format!(
                "<caption id=\"file-{}-caption\">",
                file.replace('.', "-")
            )));
        }
        assert!(out.join("data/datapackage.json").is_file());
        assert!(main.contains("href=\"/data/datapackage.json\""));
        assert!(
            main.contains(description) && main.contains(credit),
            "{main}"
        );
        assert!(main.contains("href=\"https://creativecommons.org/licenses/by/4.0/\""));
        let size = std::fs::metadata(out.join("data/projects.json"))
            .unwrap()
            .len();
        let tenths = (size + 50) / 100;
        let shown = format!("{},{}", tenths / 10, tenths % 10);
        assert!(
            main.contains(&shown),
            "{lang}: size {shown} of projects.json not in the page"
        );
    }
}

//! `wijk schema`: the schemas it writes accept every front matter and data file of the example
//! programme and reject what `check` rejects as a matter of shape.

use crate::fixture_site::{manifest_dir, Site};
use serde_json::Value;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

/// Runs the real binary: `wijk schema --out <dir>`, then reads every schema it wrote.
fn write_schemas(dir: &Path) -> BTreeMap<String, Value> {
    let out = Command::new(env!("CARGO_BIN_EXE_wijk"))
        .args(["schema", "--out"])
        .arg(dir)
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let mut schemas = BTreeMap::new();
    for e in std::fs::read_dir(dir).unwrap() {
        let path = e.unwrap().path();
        let name = path.file_stem().unwrap().to_string_lossy().to_string();
        let text = std::fs::read_to_string(&path).unwrap();
        schemas.insert(name, serde_json::from_str(&text).unwrap());
    }
    schemas
}

/// The schema name of a file of a site root, from its path.
fn kind_of(rel: &Path) -> Option<&'static str> {
    let s = rel.to_string_lossy().replace('\\', "/");
    let name = rel.file_name()?.to_str()?;
    if let Some(stem) = name.strip_suffix(".md") {
        if stem.contains('.') {
            return Some("translation");
        }
    }
    Some(match s.as_str() {
        "data/programme.yaml" => "programme",
        "data/themes.yaml" => "themes",
        "data/communes.yaml" => "communes",
        "data/reviewers.yaml" => "reviewers",
        _ if s.ends_with("/district.md") => "district",
        _ if s.contains("/projects/") => "project",
        _ if s.starts_with("content/experts/") => "expert",
        _ if s.starts_with("content/meetings/") => "meeting",
        _ if s.starts_with("content/pages/") => "page",
        _ => return None,
    })
}

/// The YAML of a data file or of a Markdown file's front matter, as JSON.
fn yaml_of(path: &Path) -> Value {
    let text = std::fs::read_to_string(path).unwrap();
    let yaml = if path.extension().is_some_and(|e| e == "md") {
        wijk::load::split_front_matter(&text)
            .unwrap()
            .yaml
            .to_string()
    } else {
        text
    };
    serde_saphyr::from_str::<Value>(&yaml).unwrap()
}

fn files_under(root: &Path, dir: &str) -> Vec<PathBuf> {
    walkdir::WalkDir::new(root.join(dir))
        .into_iter()
        .map(|e| e.unwrap())
        .filter(|e| e.file_type().is_file())
        .map(|e| e.path().strip_prefix(root).unwrap().to_path_buf())
        .filter(|p| p.extension().is_some_and(|x| x == "md" || x == "yaml"))
        .collect()
}

fn errors(schema: &Value, instance: &Value) -> Vec<String> {
    let validator = jsonschema::draft202012::new(schema).expect("a valid draft 2020-12 schema");
    validator
        .iter_errors(instance)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect()
}

#[test]
fn accepts_every_file_of_the_example_programme() {
    let out = tempfile::tempdir().unwrap();
    let schemas = write_schemas(out.path());
    assert_eq!(schemas.len(), 10, "{:?}", schemas.keys());
    let root = manifest_dir();
    let mut seen = BTreeMap::<&str, usize>::new();
    for rel in files_under(&root, "content")
        .into_iter()
        .chain(files_under(&root, "data"))
    {
        let kind = kind_of(&rel).unwrap_or_else(|| panic!("no schema for {}", rel.display()));
        let schema = &schemas[kind];
        assert_eq!(
            schema["$schema"], "https://json-schema.org/draft/2020-12/schema",
            "{kind}"
        );
        let errs = errors(schema, &yaml_of(&root.join(&rel)));
        assert!(errs.is_empty(), "{}: {errs:#?}", rel.display());
        *seen.entry(kind).or_default() += 1;
    }
    // Every schema was exercised by at least one real file.
    assert_eq!(seen.len(), 10, "{seen:?}");
}

#[test]
fn rejects_an_unknown_field_as_check_does() {
    let out = tempfile::tempdir().unwrap();
    let schemas = write_schemas(out.path());
    let site = Site::example();
    let file = "content/districts/bervoets/projects/potager.md";
    site.edit(file, "edition: 2024\n", "edition: 2024\nbudjet: {}\n");
    let errs = errors(&schemas["project"], &yaml_of(&site.root().join(file)));
    assert!(
        errs.iter().any(|e| e.contains("budjet")),
        "the schema should name the unknown field: {errs:#?}"
    );
    let diags = site.check();
    assert!(diags
        .iter()
        .any(|d| d.rule.code() == "schema.unknown-field" && d.file_display() == file));
}

#[test]
fn rejects_text_where_an_amount_is_expected() {
    let out = tempfile::tempdir().unwrap();
    let schemas = write_schemas(out.path());
    let site = Site::example();
    let file = "content/districts/bervoets/projects/potager.md";
    site.edit(file, "amount: 3240}", "amount: \"beaucoup\"}");
    let errs = errors(&schemas["project"], &yaml_of(&site.root().join(file)));
    assert!(
        errs.iter()
            .any(|e| e.contains("beaucoup") && e.contains("amount")),
        "{errs:#?}"
    );
}

#[test]
fn rejects_unknown_status_dates_and_translated_fields() {
    let out = tempfile::tempdir().unwrap();
    let schemas = write_schemas(out.path());
    let district: Value = serde_json::json!({
        "name": "X", "commune": "forest",
        "dossiers": [{"edition": 2025, "status": "done", "submitted": "28/05/2025"}]
    });
    let errs = errors(&schemas["district"], &district);
    assert_eq!(errs.len(), 2, "{errs:#?}");
    let translation = serde_json::json!({"title": "T", "budget": {}});
    assert_eq!(errors(&schemas["translation"], &translation).len(), 1);
    let reviewers = serde_json::json!([{"id": "Anne", "name": "A", "lang": "fr"}]);
    assert_eq!(errors(&schemas["reviewers"], &reviewers).len(), 1);
    let themes = serde_json::json!({"Water": {"fr": "Eau"}});
    assert_eq!(errors(&schemas["themes"], &themes).len(), 1);
}

#[test]
fn accepts_what_wijk_new_writes() {
    let out = tempfile::tempdir().unwrap();
    let schemas = write_schemas(out.path());
    let site = Site::example();
    let runs: [(&[&str], &str, &str); 4] = [
        (
            &["district", "neuf"],
            "content/districts/neuf/district.md",
            "district",
        ),
        (&["expert", "neuve"], "content/experts/neuve.md", "expert"),
        (
            &["project", "neuf", "--district", "maritiem"],
            "content/districts/maritiem/projects/neuf.md",
            "project",
        ),
        (
            &["project", "neuf", "--district", "dieleghem"],
            "content/districts/dieleghem/projects/neuf.md",
            "project",
        ),
    ];
    for (args, file, kind) in runs {
        let status = Command::new(env!("CARGO_BIN_EXE_wijk"))
            .arg("--root")
            .arg(site.root())
            .arg("new")
            .args(args)
            .status()
            .unwrap();
        assert!(status.success(), "{args:?}");
        let errs = errors(&schemas[kind], &yaml_of(&site.root().join(file)));
        assert!(errs.is_empty(), "{file}: {errs:#?}");
    }
}

#[test]
fn committed_schemas_are_up_to_date() {
    let out = tempfile::tempdir().unwrap();
    let fresh = write_schemas(out.path());
    let committed_dir = manifest_dir().join("schemas");
    for (name, schema) in fresh {
        let path = committed_dir.join(format!("{name}.json"));
        let committed: Value = serde_json::from_str(
            &std::fs::read_to_string(&path)
                .unwrap_or_else(|_| panic!("{} is missing: run `wijk schema`", path.display())),
        )
        .unwrap();
        assert_eq!(
            committed, schema,
            "schemas/{name}.json is stale: run `wijk schema`"
        );
    }
}

//! The JSON Schemas of `wijk schema` and `check` say the same of every field: each field of one
//! file of every kind of the example programme is mutated (wrong type, empty text, out of range,
//! YAML 1.1 booleans, quoted numbers, impossible dates, bad addresses, …) and the schema of that
//! file (validated with `jsonschema`, formats included) must refuse it exactly when `check`
//! reports an error.

use crate::fixture_site::Site;
use serde_json::Value;
use wijk::diag::Severity;
use wijk::schema::SchemaKind;

/// One file of every kind, with the richest front matter of the example. (Translations are read
/// as a free map and checked field by field; they are not in this table yet.)
const FILES: [(&str, SchemaKind); 9] = [
    ("data/programme.yaml", SchemaKind::Programme),
    ("data/themes.yaml", SchemaKind::Themes),
    ("data/communes.yaml", SchemaKind::Communes),
    ("data/reviewers.yaml", SchemaKind::Reviewers),
    (
        "content/districts/bervoets/district.md",
        SchemaKind::District,
    ),
    (
        "content/districts/bervoets/projects/potager.md",
        SchemaKind::Project,
    ),
    ("content/experts/marie-dupont.md", SchemaKind::Expert),
    (
        "content/meetings/2024-03-14-compost.md",
        SchemaKind::Meeting,
    ),
    ("content/pages/about.md", SchemaKind::Page),
];

/// Mutations on which the two cannot agree, and why.
const BEYOND_A_SCHEMA: [(&str, &str, &str); 1] = [(
    "data/programme.yaml",
    "languages",
    // A new language code is valid, but every label must then be given in it too.
    "yes",
)];

/// Written in place of the mutated value, then replaced by the mutation's YAML text.
const HOLE: &str = "@@mutation@@";

/// A file as YAML text (its JSON form, which YAML reads alike) and its Markdown body.
struct Parsed {
    data: Value,
    body: Option<String>,
}

/// YAML 1.2, as editors read it: only `true` and `false` are booleans.
fn yaml_to_json(yaml: &str) -> Option<Value> {
    let mut o = serde_saphyr::Options::default();
    o.strict_booleans = true;
    serde_saphyr::from_str_with_options::<Value>(yaml, o).ok()
}

fn parse(text: &str, markdown: bool) -> Parsed {
    if markdown {
        let split = wijk::load::split_front_matter(text).unwrap();
        Parsed {
            data: yaml_to_json(split.yaml).unwrap(),
            body: Some(split.body.to_string()),
        }
    } else {
        Parsed {
            data: yaml_to_json(text).unwrap(),
            body: None,
        }
    }
}

/// The file's text with the value at `path` replaced by `yaml` (a YAML scalar or flow value).
fn render(p: &Parsed, path: &[PathPart], yaml: &str) -> String {
    let mut data = p.data.clone();
    *pointer(&mut data, path) = Value::from(HOLE);
    let json = serde_json::to_string_pretty(&data)
        .unwrap()
        .replace(&format!("\"{HOLE}\""), yaml);
    match &p.body {
        Some(body) => format!("---\n{json}\n---\n{body}"),
        None => format!("{json}\n"),
    }
}

#[derive(Clone, Debug)]
enum PathPart {
    Key(String),
    Index(usize),
}

fn pointer<'a>(v: &'a mut Value, path: &[PathPart]) -> &'a mut Value {
    path.iter().fold(v, |v, part| match part {
        PathPart::Key(k) => &mut v[k.as_str()],
        PathPart::Index(i) => &mut v[*i],
    })
}

/// Every scalar of `v` with its path; of a list, only the first item (the others are alike).
fn leaves(v: &Value, path: &mut Vec<PathPart>, out: &mut Vec<(Vec<PathPart>, Value)>) {
    match v {
        Value::Object(m) => {
            for (k, x) in m {
                path.push(PathPart::Key(k.clone()));
                leaves(x, path, out);
                path.pop();
            }
        }
        Value::Array(a) => {
            if let Some(x) = a.first() {
                path.push(PathPart::Index(0));
                leaves(x, path, out);
                path.pop();
            }
        }
        scalar => out.push((path.clone(), scalar.clone())),
    }
}

/// The mutations of a value, as YAML text, by what it is.
fn mutations(value: &Value, key: &str) -> Vec<String> {
    let mut m: Vec<String> = vec!["[x]".into(), "{a: b}".into()];
    match value {
        Value::Bool(b) => m.extend(
            ["yes", "no", "on", "\"false\"", "\"true\"", "1"]
                .map(String::from)
                .into_iter()
                .chain([format!("\"{b}\"")]),
        ),
        Value::Number(n) => {
            m.push(format!("\"{n}\""));
            m.extend(
                [
                    "true", "yes", "-1", "1.5", "100000", "-100000", "180.555", "0",
                ]
                .map(String::from),
            );
        }
        Value::String(s) => {
            m.extend(["\"\"", "\" \"", "true", "yes"].map(String::from));
            if s.len() == 10 && s.as_bytes()[4] == b'-' {
                m.extend(
                    [
                        "2024-10-32",
                        "2024-02-30",
                        "2023-02-29",
                        "2024-13-01",
                        "24-10-01",
                        "\"2024-1-5\"",
                    ]
                    .map(String::from),
                );
            }
            if s.starts_with("http") {
                m.extend(
                    [
                        "\"javascript:alert(document.cookie)\"",
                        "\"http://example.org/x\"",
                        "\"https://user:pw@example.org\"",
                        "\"example.org\"",
                    ]
                    .map(String::from),
                );
            }
            if key == "phone" {
                m.extend(["\"call me maybe\"", "\"+32 2 ABC\""].map(String::from));
            }
            if key == "repo" {
                m.extend(["\"../../user\"", "\"org/..\"", "\"-org/x\""].map(String::from));
            }
        }
        Value::Null | Value::Array(_) | Value::Object(_) => {}
    }
    m
}

/// The rules of a file's shape, which a JSON Schema can say too; references, totals and phases
/// need the other files and are `check`'s alone.
const SHAPE_RULES: [&str; 8] = [
    "phase.status",
    "yaml.syntax",
    "schema.unknown-field",
    "schema.missing-field",
    "schema.invalid-value",
    "id.invalid",
    "budget.amount",
    "config.url",
];

/// What `check` says of `file`: whether it has an error of its shape. A reference or language
/// that is not even an id (`""`) is one too: the schemas know the pattern of ids, not which exist.
fn check_refuses(site: &Site, file: &str, yaml: &str) -> bool {
    let not_an_id = !wijk::model::is_valid_id(yaml.trim_matches('"'));
    site.check().iter().any(|d| {
        let code = d.rule.code();
        let reference = code.starts_with("ref.")
            || ["i18n.language", "asset.missing", "budget.category"].contains(&code);
        d.severity == Severity::Error
            && d.file_display() == file
            && (SHAPE_RULES.contains(&code) || (reference && not_an_id))
    })
}

fn schema_refuses(schema: &jsonschema::Validator, text: &str, markdown: bool) -> bool {
    let yaml = if markdown {
        match wijk::load::split_front_matter(text) {
            Ok(s) => s.yaml.to_string(),
            Err(_) => return true,
        }
    } else {
        text.to_string()
    };
    match yaml_to_json(&yaml) {
        Some(v) => !schema.is_valid(&v),
        None => true,
    }
}

/// The example, with the optional settings that have addresses filled in.
fn site() -> Site {
    let site = Site::example();
    site.edit(
        "data/programme.yaml",
        "editions:\n",
        "editing: {backend: github, repo: quartiers/contenu, base_url: \"https://auth.example.org\", auth_endpoint: auth, api_root: \"https://api.example.org\"}\neditions:\n",
    );
    site
}

#[test]
fn schemas_and_check_agree_on_every_mutated_field() {
    let site = site();
    let clean = site.check();
    assert!(
        clean.iter().all(|d| d.severity != Severity::Error),
        "{clean:#?}"
    );
    let mut tried = 0;
    let mut disagreements = Vec::new();
    for (file, kind) in FILES {
        let validator = jsonschema::options()
            .should_validate_formats(true)
            .build(&kind.schema())
            .unwrap();
        let original = std::fs::read_to_string(site.root().join(file)).unwrap();
        let markdown = file.ends_with(".md");
        let parsed = parse(&original, markdown);
        assert!(!schema_refuses(&validator, &original, markdown), "{file}");
        let mut found = Vec::new();
        leaves(&parsed.data, &mut Vec::new(), &mut found);
        for (path, value) in found {
            let key = match path.last() {
                Some(PathPart::Key(k)) => k.clone(),
                _ => String::new(),
            };
            let top = match path.first() {
                Some(PathPart::Key(k)) => k.as_str(),
                _ => "",
            };
            for yaml in mutations(&value, &key) {
                if BEYOND_A_SCHEMA.contains(&(file, top, yaml.as_str())) {
                    continue;
                }
                let text = render(&parsed, &path, &yaml);
                site.write(file, &text);
                let (check, schema) = (
                    check_refuses(&site, file, &yaml),
                    schema_refuses(&validator, &text, markdown),
                );
                tried += 1;
                if check != schema {
                    disagreements.push(format!("{file} {path:?} = {yaml}: check refuses: {check}, schema refuses: {schema}"));
                }
            }
        }
        site.write(file, &original);
    }
    assert!(tried > 500, "{tried} mutations");
    assert!(
        disagreements.is_empty(),
        "{} of {tried} mutations disagree:\n{}",
        disagreements.len(),
        disagreements.join("\n")
    );
}

//! `wijk cms`: the browser editor's configuration, generated from the content model, compared
//! field by field with the JSON Schemas of `wijk schema` and option by option with the data
//! files and the content of the example programme.

use serde_json::{json, Value};
use std::collections::BTreeSet;
use std::path::PathBuf;
use wijk::cms::{self, Target};
use wijk::schema::SchemaKind;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn site() -> wijk::model::Site {
    let corpus = wijk::load::load(&root()).unwrap();
    let validated = wijk::validate::validate(&corpus);
    assert_eq!(validated.error_count(), 0, "{:#?}", validated.diagnostics);
    validated.site.unwrap()
}

fn config(lang: &str) -> Value {
    let target = Target::Local {
        proxy_url: "http://127.0.0.1:8081/api/v1".into(),
        branch: "main".into(),
    };
    cms::config(&site(), &target, lang).unwrap()
}

fn collection<'a>(config: &'a Value, name: &str) -> &'a Value {
    config["collections"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["name"] == name)
        .unwrap_or_else(|| panic!("no collection {name}"))
}

fn field<'a>(fields: &'a Value, name: &str) -> &'a Value {
    fields
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["name"] == name)
        .unwrap_or_else(|| panic!("no field {name} in {fields:#}"))
}

fn values(options: &Value) -> BTreeSet<String> {
    options
        .as_array()
        .unwrap()
        .iter()
        .map(|o| match &o["value"] {
            Value::String(s) => s.clone(),
            other => other.to_string(),
        })
        .collect()
}

/// Keys of a YAML mapping file of the example (themes.yaml, communes.yaml).
fn yaml_keys(rel: &str) -> BTreeSet<String> {
    let text = std::fs::read_to_string(root().join(rel)).unwrap();
    let map: std::collections::BTreeMap<String, serde_json::Value> =
        serde_saphyr::from_str(&text).unwrap();
    map.into_keys().collect()
}

fn programme() -> Value {
    let text = std::fs::read_to_string(root().join("data/programme.yaml")).unwrap();
    serde_saphyr::from_str(&text).unwrap()
}

/// Ids of the persons of content/experts/ with `role: <role>`, read from the files.
fn persons(role: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for e in std::fs::read_dir(root().join("content/experts")).unwrap() {
        let path = e.unwrap().path();
        let name = path.file_name().unwrap().to_str().unwrap().to_string();
        let text = std::fs::read_to_string(&path).unwrap();
        if text.lines().any(|l| l.trim() == format!("role: {role}")) {
            out.insert(name.trim_end_matches(".md").to_string());
        }
    }
    out
}

fn resolve<'a>(root: &'a Value, node: &'a Value) -> &'a Value {
    cms::fields::resolve(root, node)
}

/// The widget a schema node must get, and what else the field must say.
fn check_field(kind: &str, path: &str, root: &Value, node: &Value, required: bool, f: &Value) {
    let node = resolve(root, node);
    let at = format!("{kind}:{path}");
    assert_eq!(f["required"], json!(required), "{at}: required");
    let ty = cms::fields::json_type(node).unwrap_or("?");
    let meaning = node.get("x-wijk").and_then(Value::as_str);
    let widget = f["widget"].as_str().unwrap();
    if path == "lang" {
        assert_eq!(widget, "hidden", "{at}");
        return;
    }
    match (ty, meaning) {
        ("object", _) => {
            assert_eq!(widget, "object", "{at}");
            check_object(kind, path, root, node, &f["fields"], required);
        }
        ("array", _) => {
            let items = resolve(root, &node["items"]);
            if cms::fields::json_type(items) == Some("object") {
                assert_eq!(widget, "list", "{at}");
                check_object(kind, path, root, items, &f["fields"], true);
            } else if items.get("x-wijk").is_none() {
                // Free ids (a district's old ids): a list of texts.
                assert_eq!(widget, "list", "{at}");
                assert!(f.get("fields").is_none(), "{at}");
            } else {
                assert_eq!(widget, "select", "{at}");
                assert_eq!(f["multiple"], json!(true), "{at}");
                let m = items["x-wijk"].as_str().unwrap();
                assert_eq!(values(&f["options"]), expected_options(m), "{at}: options");
            }
        }
        // A roadmap step's `done` is a tick that fills in today's date (wijk-cms.js).
        ("string", Some("date")) if path.ends_with("done") => {
            assert_eq!(widget, "wijk-done", "{at}");
            assert_eq!(f["required"], json!(false), "{at}");
        }
        // Typed and shown JJ/MM/AAAA whatever the browser's language (wijk-cms.js).
        ("string", Some("date")) => {
            assert_eq!(widget, "wijk-date", "{at}");
        }
        ("string", Some(m)) => {
            assert_eq!(widget, "select", "{at}");
            assert_eq!(values(&f["options"]), expected_options(m), "{at}: options");
        }
        ("string", None) if node.get("enum").is_some() => {
            assert_eq!(widget, "select", "{at}");
            let want: BTreeSet<String> = node["enum"]
                .as_array()
                .unwrap()
                .iter()
                .map(|v| v.as_str().unwrap().to_string())
                .collect();
            assert_eq!(values(&f["options"]), want, "{at}: options");
        }
        ("string", None) if node.get("maxLength").is_some() => {
            assert_eq!(widget, "text", "{at}");
            let max = node["maxLength"].as_u64().unwrap();
            assert_eq!(f["pattern"][0], format!("^[\\s\\S]{{0,{max}}}$"), "{at}");
        }
        ("string", None) if path.ends_with("cover.src") => {
            assert_eq!(widget, "wijk-image", "{at}: a picture is uploaded")
        }
        ("string", None) => assert_eq!(widget, "string", "{at}"),
        ("number", Some(m @ ("money" | "amount"))) => {
            assert_eq!(widget, "number", "{at}");
            assert_eq!(f["value_type"], "float", "{at}");
            assert_eq!(f["step"], json!(0.01), "{at}");
            let min = f["min"].as_f64().unwrap();
            if m == "amount" {
                assert!(min > 0.0, "{at}: an amount is more than 0");
            } else {
                assert_eq!(min, 0.0, "{at}");
            }
            let two = regex_like_two_decimals(&f["pattern"][0]);
            assert!(two, "{at}: two decimals");
        }
        ("integer", Some("edition")) => {
            assert_eq!(widget, "select", "{at}");
            assert_eq!(values(&f["options"]), expected_options("edition"), "{at}");
        }
        ("number", None) => assert_eq!(
            (widget, &f["value_type"]),
            ("number", &json!("float")),
            "{at}"
        ),
        ("integer", None) => assert_eq!(
            (widget, &f["value_type"]),
            ("number", &json!("int")),
            "{at}"
        ),
        ("boolean", None) => assert_eq!(widget, "boolean", "{at}"),
        other => panic!("{at}: no expectation for {other:?}"),
    }
}

fn regex_like_two_decimals(p: &Value) -> bool {
    p.as_str() == Some("^\\d+(\\.\\d{1,2})?$")
}

/// Every property of an object schema has exactly one field, with the right widget.
/// `present`: the object is always there (required, or a list item); otherwise its required
/// fields are optional in the form (Decap would refuse to save an empty optional object).
fn check_object(
    kind: &str,
    prefix: &str,
    root: &Value,
    node: &Value,
    fields: &Value,
    present: bool,
) {
    let node = resolve(root, node);
    let props = node["properties"].as_object().unwrap();
    let required: Vec<&str> = node
        .get("required")
        .and_then(Value::as_array)
        .map(|a| a.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default();
    let names: BTreeSet<&str> = fields
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["name"].as_str().unwrap())
        .filter(|n| !(prefix.is_empty() && *n == "body"))
        .collect();
    let want: BTreeSet<&str> = props.keys().map(String::as_str).collect();
    assert_eq!(
        names, want,
        "{kind}:{prefix}: the fields are the schema's properties"
    );
    for (name, prop) in props {
        let path = if prefix.is_empty() {
            name.clone()
        } else {
            format!("{prefix}.{name}")
        };
        check_field(
            kind,
            &path,
            root,
            prop,
            required.contains(&name.as_str()) && present,
            field(fields, name),
        );
    }
}

fn expected_options(meaning: &str) -> BTreeSet<String> {
    let p = programme();
    match meaning {
        "theme" => yaml_keys("data/themes.yaml"),
        "commune" => yaml_keys("data/communes.yaml"),
        "category" => p["expense_categories"]
            .as_object()
            .unwrap()
            .keys()
            .cloned()
            .collect(),
        "edition" => p["editions"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["year"].to_string())
            .collect(),
        "lang" => p["languages"]
            .as_array()
            .unwrap()
            .iter()
            .map(|l| l.as_str().unwrap().to_string())
            .collect(),
        "coach" => persons("coach"),
        "expert" => persons("expert"),
        "district" => std::fs::read_dir(root().join("content/districts"))
            .unwrap()
            .map(|e| e.unwrap().file_name().to_str().unwrap().to_string())
            .collect(),
        other => panic!("unknown meaning {other}"),
    }
}

fn collections_of(config: &Value, kind: SchemaKind) -> Vec<&Value> {
    config["collections"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| {
            let name = c["name"].as_str().unwrap();
            match kind {
                SchemaKind::Project => name.starts_with("projects-"),
                _ => name == format!("{}s", kind.name()),
            }
        })
        .collect()
}

#[test]
fn accepts_every_front_matter_field_with_its_widget() {
    let config = config("fr");
    for kind in [
        SchemaKind::District,
        SchemaKind::Project,
        SchemaKind::Expert,
        SchemaKind::Meeting,
        SchemaKind::Page,
    ] {
        let schema = kind.schema();
        let found = collections_of(&config, kind);
        assert!(!found.is_empty(), "no collection for {}", kind.name());
        for c in found {
            check_object(kind.name(), "", &schema, &schema, &c["fields"], true);
            let body = field(&c["fields"], "body");
            assert_eq!(body["widget"], "markdown");
        }
    }
}

#[test]
fn accepts_only_translatable_fields_in_translations() {
    let config = config("fr");
    for c in config["collections"].as_array().unwrap() {
        for f in c["fields"].as_array().unwrap() {
            let name = f["name"].as_str().unwrap();
            let lists = ["roadmap", "budget", "updates"];
            let translatable = ["title", "summary", "body"].contains(&name)
                || (c["name"] != "districts" && lists.contains(&name))
                || (c["name"] == "districts" && name == "dossiers");
            assert_eq!(f["i18n"], json!(translatable), "{}: {name}", c["name"]);
        }
        assert_eq!(c["i18n"]["structure"], "multiple_files");
    }
}

#[test]
fn accepts_one_project_collection_per_district_in_its_folder() {
    let config = config("fr");
    let districts = expected_options("district");
    let projects = collections_of(&config, SchemaKind::Project);
    assert_eq!(projects.len(), districts.len());
    for d in &districts {
        let c = collection(&config, &format!("projects-{d}"));
        assert_eq!(c["folder"], format!("content/districts/{d}/projects"));
        assert_eq!(
            c["media_folder"], "../assets",
            "images go to the district's assets/"
        );
        assert_eq!(c["i18n"]["default_locale"], c["i18n"]["locales"][0]);
    }
    let districts = collection(&config, "districts");
    assert_eq!(districts["folder"], "content/districts");
    assert_eq!(districts["path"], "{{slug}}/district");
    assert_eq!(districts["media_folder"], "assets");
    for (name, folder) in [
        ("experts", "content/experts"),
        ("meetings", "content/meetings"),
        ("pages", "content/pages"),
    ] {
        assert_eq!(collection(&config, name)["folder"], folder);
    }
    assert_eq!(
        collection(&config, "meetings")["slug"],
        "{{fields.date}}-{{slug}}",
        "a meeting's id starts with its date"
    );
}

#[test]
fn accepts_editorial_workflow_and_ascii_slugs() {
    let config = config("fr");
    assert_eq!(config["publish_mode"], "editorial_workflow");
    assert_eq!(config["slug"]["encoding"], "ascii");
    assert_eq!(config["slug"]["clean_accents"], json!(true));
    assert_eq!(config["backend"]["name"], "wijk-proxy");
    assert_eq!(config["i18n"]["default_locale"], "fr");
}

#[test]
fn accepts_the_status_select_of_six_with_labels_per_language() {
    for (lang, label) in [("fr", "En réalisation"), ("nl", "In uitvoering")] {
        let config = config(lang);
        let dossiers = field(&collection(&config, "districts")["fields"], "dossiers");
        let status = field(&dossiers["fields"], "status");
        assert_eq!(status["options"].as_array().unwrap().len(), 6);
        assert!(status["options"]
            .as_array()
            .unwrap()
            .iter()
            .any(|o| o["value"] == "realisation" && o["label"] == label));
        assert_eq!(config["locale"], lang);
    }
}

#[test]
fn accepts_labels_in_french_and_dutch() {
    let fr = config("fr");
    let nl = config("nl");
    let title = |c: &Value| field(&collection(c, "pages")["fields"], "title")["label"].clone();
    assert_eq!(title(&fr), "Titre");
    assert_eq!(title(&nl), "Titel");
    let budget = |c: &Value| {
        let project = collection(c, "projects-bervoets");
        field(&field(&project["fields"], "budget")["fields"], "lines")["label"].clone()
    };
    assert_eq!(budget(&fr), "Lignes de budget");
    assert_eq!(budget(&nl), "Begrotingslijnen");
}

/// Every field name of every schema has a label in each language of the editor, and the
/// message files have the same ids.
#[test]
fn accepts_a_label_for_every_field_in_every_language() {
    fn names(root: &Value, node: &Value, out: &mut BTreeSet<String>) {
        let node = resolve(root, node);
        if let Some(props) = node.get("properties").and_then(Value::as_object) {
            for (name, prop) in props {
                out.insert(name.clone());
                names(root, prop, out);
            }
        }
        if let Some(items) = node.get("items") {
            names(root, items, out);
        }
    }
    let mut all = BTreeSet::new();
    for kind in [
        SchemaKind::District,
        SchemaKind::Project,
        SchemaKind::Expert,
        SchemaKind::Meeting,
        SchemaKind::Page,
    ] {
        let schema = kind.schema();
        names(&schema, &schema, &mut all);
    }
    let messages = cms::labels::all();
    for (lang, m) in &messages {
        for name in &all {
            assert!(
                m.contains_key(&format!("cms-field-{name}")),
                "{lang}: no label for `{name}`"
            );
        }
    }
    let ids = |l: &str| messages[l].keys().cloned().collect::<BTreeSet<_>>();
    assert_eq!(ids("fr"), ids("en"), "fr and en have the same messages");
    assert_eq!(ids("nl"), ids("en"), "nl and en have the same messages");
}

/// A field added to a type reaches the form without a change to the generator: a schema with
/// one more property (here edited as JSON) gets its field with the widget of its meaning.
#[test]
fn accepts_a_new_field_of_the_model_without_changing_the_generator() {
    let site = site();
    let mut schema = SchemaKind::Project.schema();
    schema["properties"]["neighbours"] = json!({
        "type": "array",
        "items": { "type": "string", "x-wijk": "district" }
    });
    schema["properties"]["visited"] = json!({ "type": "string", "x-wijk": "date" });
    let labels = cms::Labels::new("fr");
    let choices = cms::choices(&site, "fr");
    let form = cms::fields::Form {
        root: &schema,
        labels: &labels,
        choices: &choices,
        translatable: &cms::translatable_fields(),
        lang_default: None,
    };
    let fields = Value::Array(cms::fields::object_fields(&form, &schema, true));
    let neighbours = field(&fields, "neighbours");
    assert_eq!(neighbours["widget"], "select");
    assert_eq!(values(&neighbours["options"]), expected_options("district"));
    assert_eq!(field(&fields, "visited")["widget"], "wijk-date");
}

#[test]
fn accepts_the_summary_limit_of_check() {
    let config = config("fr");
    let summary = field(
        &collection(&config, "projects-bervoets")["fields"],
        "summary",
    );
    assert_eq!(summary["widget"], "text");
    assert_eq!(
        summary["pattern"][0],
        format!("^[\\s\\S]{{0,{}}}$", wijk::model::MAX_SUMMARY_CHARS)
    );
}

#[test]
fn accepts_a_dutch_district_whose_projects_are_written_in_dutch() {
    let site = site();
    let Some(d) = site
        .districts
        .iter()
        .find(|d| d.text.original.lang != site.programme.default_lang())
    else {
        panic!("the example has a district writing in another language than the first");
    };
    let config = config("fr");
    let c = collection(&config, &format!("projects-{}", d.id.as_str()));
    assert_eq!(c["i18n"]["default_locale"], d.text.original.lang.as_str());
    assert_eq!(
        field(&c["fields"], "lang")["default"],
        d.text.original.lang.as_str()
    );
}

#[test]
fn accepts_the_admin_files_for_each_interface_language() {
    let site = site();
    let target = Target::Local {
        proxy_url: "http://127.0.0.1:9/api/v1".into(),
        branch: "main".into(),
    };
    let files = cms::admin_files(&site, &target).unwrap();
    let names: Vec<&str> = files.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(
        names,
        [
            "index.html",
            "wijk-cms.js",
            "config.fr.yml",
            "config.nl.yml",
            "config.en.yml"
        ]
    );
    let index = String::from_utf8(files[0].1.clone()).unwrap();
    assert!(
        index.contains(r#"<html lang="fr" data-languages="fr nl en">"#),
        "{index}"
    );
    assert!(index.contains(r#"<script src="decap-cms/decap-cms.js"></script>"#));
    // Same input, same bytes.
    assert_eq!(files, cms::admin_files(&site, &target).unwrap());
}

#[test]
fn refuses_to_write_an_address_that_is_not_https_even_if_asked_to() {
    let site = site();
    let hosted = |base_url: &str, api_root: Option<&str>| wijk::model::Editing {
        backend: wijk::model::Backend::Github,
        repo: Some("quartiers/contenu".into()),
        branch: "main".into(),
        base_url: Some(base_url.into()),
        auth_endpoint: None,
        app_id: None,
        api_root: api_root.map(str::to_string),
        open_authoring: true,
        review_days: None,
    };
    let good = hosted("https://auth.example.org", Some("https://api.example.org"));
    let written = cms::config(&site, &Target::Hosted(&good), "fr").unwrap();
    assert_eq!(written["backend"]["base_url"], "https://auth.example.org");
    for (base_url, api_root, key) in [
        ("javascript:alert(document.cookie)", None, "base_url"),
        ("http://auth.example.org", None, "base_url"),
        (
            "https://auth.example.org",
            Some("https://token:x@api.example.org"),
            "api_root",
        ),
    ] {
        let bad = hosted(base_url, api_root);
        let err = cms::config(&site, &Target::Hosted(&bad), "fr").unwrap_err();
        assert_eq!(err.key, key, "{err}");
        assert!(cms::admin_files(&site, &Target::Hosted(&bad)).is_err());
    }
    let proxy = Target::Local {
        proxy_url: "javascript:alert(1)".into(),
        branch: "main".into(),
    };
    assert_eq!(
        cms::config(&site, &proxy, "fr").unwrap_err().key,
        "proxy_url"
    );
}

/// Inside a translated list the editor writes only the texts (and copies the dates and editions
/// that match an item to the original's): what `check` accepts in a translation.
#[test]
fn translates_only_the_texts_of_lists() {
    let config = config("fr");
    let project = collection(&config, "projects-bervoets");
    let i18n = |path: &[&str]| {
        let mut f = field(&project["fields"], path[0]);
        for name in &path[1..] {
            f = field(&f["fields"], name);
        }
        f["i18n"].clone()
    };
    assert_eq!(i18n(&["roadmap", "step"]), json!(true));
    assert_eq!(i18n(&["roadmap", "due"]), json!(false));
    assert_eq!(i18n(&["budget", "lines", "label"]), json!(true));
    assert_eq!(i18n(&["budget", "lines", "amount"]), json!(false));
    assert_eq!(i18n(&["budget", "granted"]), json!(false));
    assert_eq!(i18n(&["updates", "text"]), json!(true));
    assert_eq!(i18n(&["updates", "date"]), json!("duplicate"));
    let districts = collection(&config, "districts");
    let dossiers = field(&districts["fields"], "dossiers");
    assert_eq!(
        field(&dossiers["fields"], "edition")["i18n"],
        json!("duplicate")
    );
    assert_eq!(field(&dossiers["fields"], "status")["i18n"], json!(false));
    let evaluation = field(&dossiers["fields"], "evaluation");
    assert_eq!(field(&evaluation["fields"], "summary")["i18n"], json!(true));
    assert_eq!(field(&evaluation["fields"], "date")["i18n"], json!(false));
}

#[test]
fn says_after_a_save_how_long_a_review_usually_takes() {
    let site = site();
    let editing = |days: Option<u32>| wijk::model::Editing {
        backend: wijk::model::Backend::Github,
        repo: Some("quartiers/contenu".into()),
        branch: "main".into(),
        base_url: None,
        auth_endpoint: None,
        app_id: None,
        api_root: None,
        open_authoring: true,
        review_days: days,
    };
    let (one, five) = (editing(Some(1)), editing(Some(5)));
    assert!(cms::saved::text(Some(&one), "fr").ends_with("(en général sous 1 jour)."));
    assert!(cms::saved::text(Some(&five), "nl").ends_with("(meestal binnen 5 dagen)."));
    assert!(cms::saved::text(Some(&five), "en").ends_with("(usually within 5 days)."));
    assert!(cms::saved::text(None, "fr").ends_with("elle sera en ligne après sa validation."));
    // The entry page carries the note in every interface language, hidden until a save.
    let target = Target::Hosted(&five);
    let files = cms::admin_files(&site, &target).unwrap();
    let index = String::from_utf8(files[0].1.clone()).unwrap();
    assert!(index.contains(r#"<div id="wijk-saved-notice" role="status" hidden>"#));
    for (lang, link) in [
        ("fr", "Voir mes propositions"),
        ("nl", "Mijn voorstellen bekijken"),
    ] {
        assert!(
            index.contains(&format!(r##"<p lang="{lang}" hidden>"##))
                && index.contains(&format!(r##"<a href="#/workflow">{link}</a>"##)),
            "{index}"
        );
    }
}

/// The names of the fields of a district's dossier in the editor of `site`.
fn dossier_fields(site: &wijk::model::Site) -> BTreeSet<String> {
    let target = Target::Local {
        proxy_url: "http://127.0.0.1:8081/api/v1".into(),
        branch: "main".into(),
    };
    let config = cms::config(site, &target, "fr").unwrap();
    let districts = collection(&config, "districts");
    let dossiers = field(&districts["fields"], "dossiers");
    dossiers["fields"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["name"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn offers_no_start_fund_where_the_call_has_none() {
    let mut site = site();
    assert!(dossier_fields(&site).contains("start_fund"));
    site.programme.start_fund_max = None;
    for e in &mut site.programme.editions {
        e.start_fund_max = None;
    }
    let fields = dossier_fields(&site);
    assert!(!fields.contains("start_fund"), "{fields:?}");
    assert!(fields.contains("submitted"), "{fields:?}");
    // One edition with its own start fund is enough for the field to come back.
    site.programme.editions[0].start_fund_max = Some(wijk::model::Cents(40_000));
    assert!(dossier_fields(&site).contains("start_fund"));
}

/// Lists name one of their items (Decap's « Ajouter étape » and « 1 étape »), and the fields the
/// programme's team fills in say so before their own hint, in each language.
#[test]
fn accepts_singular_item_names_and_marks_the_team_s_fields() {
    for (lang, step, line, team) in [
        (
            "fr",
            "étape",
            "ligne de budget",
            "Réservé à l’équipe du programme",
        ),
        (
            "nl",
            "stap",
            "begrotingslijn",
            "Voorbehouden aan het team van het programma",
        ),
    ] {
        let config = config(lang);
        let project = collection(&config, "projects-bervoets");
        let roadmap = field(&project["fields"], "roadmap");
        assert_eq!(roadmap["label_singular"], step, "{lang}");
        let lines = field(&field(&project["fields"], "budget")["fields"], "lines");
        assert_eq!(lines["label_singular"], line, "{lang}");
        let dossiers = field(&collection(&config, "districts")["fields"], "dossiers");
        let budget = field(&project["fields"], "budget");
        for (name, f) in [
            ("status", field(&dossiers["fields"], "status")),
            ("decision", field(&dossiers["fields"], "decision")),
            ("evaluation", field(&dossiers["fields"], "evaluation")),
            ("granted", field(&budget["fields"], "granted")),
        ] {
            let hint = f["hint"].as_str().unwrap_or_default();
            assert!(hint.starts_with(team), "{lang} {name}: {hint}");
        }
        let title = field(&project["fields"], "title");
        assert!(
            !title["hint"].as_str().unwrap_or_default().contains(team),
            "{title}"
        );
    }
}

/// Decap's own phrases that its French and Dutch lack are in index.html, as JSON a script can
/// read, for each of the two languages: the ones residents met in English among them.
#[test]
fn accepts_decap_phrases_in_french_and_dutch_in_the_index() {
    let target = Target::Local {
        proxy_url: "http://127.0.0.1:9/api/v1".into(),
        branch: "main".into(),
    };
    let files = cms::admin_files(&site(), &target).unwrap();
    let index = String::from_utf8(files[0].1.clone()).unwrap();
    let start = r#"<script type="application/json" id="wijk-phrases">"#;
    let json = index
        .split(start)
        .nth(1)
        .and_then(|rest| rest.split("</script>").next())
        .unwrap_or_else(|| panic!("no phrases in {index}"));
    let phrases: Value = serde_json::from_str(json).unwrap();
    for lang in ["fr", "nl"] {
        let copy = &phrases[lang]["editor.editorControlPane.i18n.copyFromLocale"];
        assert!(copy.is_string(), "{lang}: {copy}");
        assert_ne!(copy, "Fill in from another locale");
    }
    assert_eq!(
        phrases["fr"]["editor.editorToolbar.deleteUnpublishedChanges"],
        "Supprimer les modifications non publiées"
    );
    assert_eq!(
        phrases["nl"]["editor.editorWidgets.datetime.now"],
        "Vandaag"
    );
}

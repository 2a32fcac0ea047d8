//! The open data's field guide: the data files of `data.rs` → `data/datapackage.json`, a
//! Frictionless Data Package (resources with their format and Table Schema), and the
//! description the open-data page shows. Both come from the tables of `data_fields.rs`.
//!
//! Custom properties: a field's `description` is English, `description_fr` and `description_nl`
//! the other languages; a field with a closed list of codes has `constraints.enum` and `codes`
//! (each code's meaning per language); a GeoJSON file, which Frictionless does not read as a
//! table, describes its features' `properties` in `featureSchema`.

use super::context::Ctx;
use super::data_fields::PROJECTS_JSON;
use super::data_fields::{Codes, Field, CSV, DESCRIPTION_LANGS};
use super::data_fields_geo::{COMMUNES_GEOJSON, DISTRICTS_GEOJSON};
use super::json::to_json;
use super::{Output, RenderError};
use crate::site::files;
use serde_json::{json, Map, Value};

/// What a published data file is.
pub struct FileKind {
    pub path: &'static str,
    pub format: &'static str,
    /// The format as people write it (`GeoJSON`).
    pub label: &'static str,
    pub mediatype: &'static str,
    /// Read as a table (CSV, JSON array of records) or as features (GeoJSON).
    pub tabular: bool,
    pub fields: &'static [Field],
}

/// Every data file wijk may publish, in the order the page lists them.
pub const FILES: [FileKind; 4] = [
    FileKind {
        path: files::PROJECTS_CSV,
        format: "csv",
        label: "CSV",
        mediatype: "text/csv",
        tabular: true,
        fields: &CSV,
    },
    FileKind {
        path: files::PROJECTS_JSON,
        format: "json",
        label: "JSON",
        mediatype: "application/json",
        tabular: true,
        fields: &PROJECTS_JSON,
    },
    FileKind {
        path: files::DISTRICTS_GEOJSON,
        format: "geojson",
        label: "GeoJSON",
        mediatype: "application/geo+json",
        tabular: false,
        fields: &DISTRICTS_GEOJSON,
    },
    FileKind {
        path: files::BOUNDARIES,
        format: "geojson",
        label: "GeoJSON",
        mediatype: "application/geo+json",
        tabular: false,
        fields: &COMMUNES_GEOJSON,
    },
];

/// The kind of the published file at `path`.
pub fn file_kind(path: &str) -> Option<&'static FileKind> {
    FILES.iter().find(|k| k.path == path)
}

/// The codes of `codes` with their meaning in each language: (code, [(lang, meaning)]).
pub fn code_meanings(cx: &Ctx, codes: Codes) -> Vec<(String, Vec<(String, String)>)> {
    let mut langs: Vec<&str> = DESCRIPTION_LANGS.to_vec();
    langs.extend(cx.languages().iter().map(String::as_str));
    langs.sort_unstable();
    langs.dedup();
    match codes {
        Codes::None => Vec::new(),
        Codes::Status => crate::model::Status::ALL
            .iter()
            .map(|s| {
                let key = format!("status_{}", s.as_str());
                let meanings = langs
                    .iter()
                    .map(|l| (l.to_string(), ui_string(cx, l, &key)))
                    .collect();
                (s.as_str().to_string(), meanings)
            })
            .collect(),
        Codes::Track => {
            let mut tracks: Vec<(String, Vec<(String, String)>)> = Vec::new();
            for t in cx.site.programme.editions.iter().flat_map(|e| &e.tracks) {
                if tracks.iter().any(|(id, _)| id == t.id.as_str()) {
                    continue;
                }
                let meanings = langs
                    .iter()
                    .map(|l| (l.to_string(), t.name.get(l).to_string()))
                    .collect();
                tracks.push((t.id.as_str().to_string(), meanings));
            }
            tracks
        }
    }
}

/// A UI string of the theme in `lang`, also for a language the programme does not publish.
fn ui_string(cx: &Ctx, lang: &str, key: &str) -> String {
    cx.theme
        .strings(lang)
        .get(key)
        .cloned()
        .unwrap_or_else(|| key.to_string())
}

/// A field as Table Schema: name, type, format, unit, descriptions, codes.
fn field_schema(cx: &Ctx, f: &Field) -> Value {
    let mut m = Map::new();
    m.insert("name".into(), json!(f.name));
    m.insert("type".into(), json!(f.kind));
    if let Some(format) = f.format {
        m.insert("format".into(), json!(format));
    }
    if f.euros {
        m.insert("unit".into(), json!("EUR"));
    }
    m.insert("description".into(), json!(f.description("en")));
    for l in ["fr", "nl"] {
        m.insert(format!("description_{l}"), json!(f.description(l)));
    }
    let codes = code_meanings(cx, f.codes);
    if f.codes != Codes::None {
        let values: Vec<&str> = codes.iter().map(|(c, _)| c.as_str()).collect();
        m.insert("constraints".into(), json!({ "enum": values }));
        let meanings: Map<String, Value> = codes
            .iter()
            .map(|(c, ms)| {
                (
                    c.clone(),
                    json!(ms
                        .iter()
                        .cloned()
                        .collect::<std::collections::BTreeMap<_, _>>()),
                )
            })
            .collect();
        m.insert("codes".into(), Value::Object(meanings));
    }
    Value::Object(m)
}

/// One resource: a published file, described by its kind. No `bytes` or `hash`: Frictionless
/// reads a JSON table as a stream and cannot count them, so it would call the package invalid.
fn resource(cx: &Ctx, kind: &FileKind) -> Value {
    let name = files::name(kind.path).replace('.', "-");
    let fields: Vec<Value> = kind.fields.iter().map(|f| field_schema(cx, f)).collect();
    let mut m = Map::new();
    m.insert("name".into(), json!(name));
    m.insert("path".into(), json!(files::name(kind.path)));
    m.insert("format".into(), json!(kind.format));
    m.insert("mediatype".into(), json!(kind.mediatype));
    m.insert("encoding".into(), json!("utf-8"));
    if kind.tabular {
        m.insert("profile".into(), json!("tabular-data-resource"));
        m.insert("schema".into(), json!({ "fields": fields }));
    } else {
        m.insert("featureSchema".into(), json!({ "fields": fields }));
    }
    Value::Object(m)
}

/// `data/datapackage.json` describing `files` (the other outputs of `render_data`).
pub fn render_package(cx: &Ctx, files: &[Output]) -> Result<Output, RenderError> {
    let programme = &cx.site.programme;
    let lang = cx.languages().first().map_or("fr", String::as_str);
    let resources: Vec<Value> = files
        .iter()
        .filter_map(|o| file_kind(&o.path).map(|k| resource(cx, k)))
        .collect();
    let mut m = Map::new();
    m.insert("profile".into(), json!("data-package"));
    m.insert("name".into(), json!("open-data"));
    m.insert("title".into(), json!(programme.name.get(lang)));
    if !programme.base_url.is_empty() {
        m.insert("homepage".into(), json!(format!("{}/", programme.base_url)));
    }
    if let Some(l) = &programme.licence {
        let mut lic = Map::new();
        lic.insert("name".into(), json!(l.name));
        if let Some(p) = &l.path {
            lic.insert("path".into(), json!(p));
        }
        if let Some(t) = &l.title {
            lic.insert("title".into(), json!(t));
        }
        m.insert("licenses".into(), json!([Value::Object(lic)]));
    }
    let credit = &programme.map.source;
    if cx.site.boundaries.is_some() && !credit.0.is_empty() {
        m.insert("sources".into(), json!([{ "title": credit.get(lang) }]));
    }
    m.insert("resources".into(), json!(resources));
    Ok(Output::new(
        files::PACKAGE.into(),
        to_json(&Value::Object(m))?,
    ))
}

//! Collections: one per kind of content file, with the file layout of the contract — districts,
//! the projects of each district (in its `projects/` folder), experts, meetings and pages.

use super::fields::{object_fields, Choices, Form};
use super::labels::Labels;
use crate::model::Site;
use crate::schema::SchemaKind;
use crate::site::Kind;
use serde_json::{json, Value};

/// Builds every collection of the editor, labelled in `labels`' language.
#[allow(clippy::too_many_lines)] // one JSON object per content kind: configuration as data
pub fn collections(site: &Site, labels: &Labels, choices: &Choices) -> Vec<Value> {
    let translatable = translatable_fields();
    let langs = &site.programme.languages;
    let first = site.programme.default_lang();
    let build = |spec: Spec| -> Value {
        let schema = spec.kind.schema();
        let lang_default = (spec.lang != first).then_some(spec.lang);
        let form = Form {
            root: &schema,
            labels,
            choices,
            translatable: &translatable,
            lang_default,
        };
        let mut fields = object_fields(&form, &schema, true);
        if !has_start_fund(site) {
            // A call without start fund: a dossier has nothing to write there.
            drop_field(&mut fields, "start_fund");
        }
        super::translated_lists::mark_nested(&mut fields);
        fields.push(json!({
            "name": "body",
            "label": labels.field("body"),
            "hint": labels.hint("body").unwrap_or_default(),
            "widget": "markdown",
            "required": false,
            "i18n": true,
        }));
        // The original's language first: the editor's first pane is the original.
        let mut locales = vec![spec.lang.to_string()];
        locales.extend(langs.iter().filter(|l| *l != spec.lang).cloned());
        let mut c = json!({
            "name": spec.name,
            "label": spec.label,
            "folder": spec.folder,
            "extension": "md",
            "format": "frontmatter",
            "create": true,
            "delete": false,
            "identifier_field": spec.identifier,
            "slug": spec.slug,
            "summary": format!("{{{{{}}}}}", spec.identifier),
            "media_folder": spec.media,
            "public_folder": spec.media,
            "i18n": { "structure": "multiple_files", "locales": locales, "default_locale": spec.lang },
            "fields": fields,
        });
        if let Some(path) = spec.path {
            c["path"] = json!(path);
        }
        c
    };
    let districts = Kind::District.folder();
    let mut out = vec![build(Spec {
        kind: Kind::District.into(),
        name: districts.into(),
        label: labels
            .get("cms-collection-districts", &[])
            .unwrap_or_default(),
        folder: format!("content/{districts}"),
        path: Some("{{slug}}/district"),
        identifier: Kind::District.title_field(),
        slug: slug(Kind::District),
        media: "assets",
        lang: first,
    })];
    let projects = Kind::Project.folder();
    for d in &site.districts {
        out.push(build(Spec {
            kind: Kind::Project.into(),
            name: format!("{projects}-{}", d.id.as_str()),
            label: labels
                .get("cms-collection-projects", &[("district", &d.name)])
                .unwrap_or_default(),
            folder: format!("content/{districts}/{}/{projects}", d.id.as_str()),
            path: None,
            identifier: Kind::Project.title_field(),
            slug: slug(Kind::Project),
            media: "../assets",
            lang: &d.text.original.lang,
        }));
    }
    for kind in [Kind::Expert, Kind::Meeting, Kind::Page] {
        let name = kind.folder();
        out.push(build(Spec {
            kind: kind.into(),
            name: name.into(),
            label: labels
                .get(&format!("cms-collection-{name}"), &[])
                .unwrap_or_default(),
            folder: format!("content/{name}"),
            path: None,
            identifier: kind.title_field(),
            slug: slug(kind),
            media: "assets",
            lang: first,
        }));
    }
    out
}

/// The name of a new file of `kind`: meetings start with their date, as the contract wants.
fn slug(kind: Kind) -> &'static str {
    match kind {
        Kind::Meeting => "{{fields.date}}-{{slug}}",
        _ => "{{slug}}",
    }
}

/// Whether any edition of the call has a start fund (its own cap, or the programme's).
fn has_start_fund(site: &Site) -> bool {
    let p = &site.programme;
    p.start_fund_max.is_some() || p.editions.iter().any(|e| e.start_fund_max.is_some())
}

/// Removes the field `name` from `fields` and from the fields of every object and list in them.
fn drop_field(fields: &mut Vec<Value>, name: &str) {
    fields.retain(|f| f["name"] != name);
    for f in fields.iter_mut() {
        if let Some(Value::Array(inner)) = f.get_mut("fields") {
            drop_field(inner, name);
        }
    }
}

/// One collection's settings.
struct Spec<'a> {
    kind: SchemaKind,
    name: String,
    label: String,
    folder: String,
    /// Where an entry lives under `folder` (districts: `<id>/district.md`).
    path: Option<&'a str>,
    /// The field that names an entry (and gives new files their id).
    identifier: &'a str,
    slug: &'a str,
    /// Images, relative to the entry's file.
    media: &'a str,
    /// The language of the originals.
    lang: &'a str,
}

/// The fields a translation may hold besides its body: those of the translation schema, `lang`
/// excepted (the file name says it), and `cover` excepted too: a translation carries only the
/// cover's text, but the editor writes a translated object whole, picture included, which
/// `check` would refuse. A cover's text is translated in the file (docs/editing.md).
pub fn translatable_fields() -> Vec<String> {
    const NOT_IN_THE_EDITOR: [&str; 2] = ["lang", "cover"];
    let schema = SchemaKind::Translation.schema();
    schema["properties"]
        .as_object()
        .map(|p| {
            p.keys()
                .filter(|k| !NOT_IN_THE_EDITOR.contains(&k.as_str()))
                .cloned()
                .collect()
        })
        .unwrap_or_default()
}

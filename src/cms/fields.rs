//! Fields: a JSON Schema of a front matter (from `wijk schema`) + the site's reference data →
//! the editor's form fields, one per property, with the widget its type and meaning call for.

use super::labels::Labels;
use crate::load::shapes::MEANING;
use serde_json::{json, Map, Value};

/// The choices of the selects, taken from the data files and the content.
#[derive(Clone, Debug, Default)]
pub struct Choices {
    /// `(value, label)` per meaning (`theme`, `commune`, `category`, `coach`, `expert`,
    /// `district`, `lang`), in file order.
    pub ids: Vec<(&'static str, Vec<(String, String)>)>,
    /// The editions' years.
    pub editions: Vec<u32>,
}

impl Choices {
    fn of(&self, meaning: &str) -> Option<&[(String, String)]> {
        self.ids
            .iter()
            .find(|(m, _)| *m == meaning)
            .map(|(_, v)| v.as_slice())
    }
}

/// What the form of one kind of file needs to know besides its schema.
pub struct Form<'a> {
    /// The whole schema, for `$ref`s into `$defs`.
    pub root: &'a Value,
    pub labels: &'a Labels,
    pub choices: &'a Choices,
    /// Top-level fields a translation holds (`title`, `summary`).
    pub translatable: &'a [String],
    /// The language the collection's originals are written in, when it is not the programme's
    /// first: written as `lang:` into new files.
    pub lang_default: Option<&'a str>,
}

/// The schema node a property stands for: `$ref` followed, `null` alternatives removed.
pub fn resolve<'v>(root: &'v Value, node: &'v Value) -> &'v Value {
    if let Some(name) = node
        .get("$ref")
        .and_then(Value::as_str)
        .and_then(|r| r.strip_prefix("#/$defs/"))
    {
        if let Some(def) = root.get("$defs").and_then(|d| d.get(name)) {
            return resolve(root, def);
        }
    }
    if let Some(any) = node.get("anyOf").and_then(Value::as_array) {
        if let Some(other) = any.iter().find(|n| n.get("type") != Some(&json!("null"))) {
            return resolve(root, other);
        }
    }
    node
}

/// The JSON type of a node, `null` left out of `["string", "null"]`.
pub fn json_type(node: &Value) -> Option<&str> {
    match node.get("type")? {
        Value::String(s) => Some(s),
        Value::Array(a) => a.iter().filter_map(Value::as_str).find(|t| *t != "null"),
        _ => None,
    }
}

/// The fields of an object node, in the order a person fills them in.
pub fn object_fields(form: &Form, node: &Value, top: bool) -> Vec<Value> {
    fields_of(form, node, top, true)
}

/// The fields of an object that is `present` (required, or an item of a list) or optional. Decap
/// checks a required field inside an optional object even when the object is left empty, which
/// would stop every save: there, such fields are optional with a hint, and `check` requires them.
fn fields_of(form: &Form, node: &Value, top: bool, present: bool) -> Vec<Value> {
    let node = resolve(form.root, node);
    let required: Vec<&str> = node
        .get("required")
        .and_then(Value::as_array)
        .map(|a| a.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default();
    let Some(props) = node.get("properties").and_then(Value::as_object) else {
        return Vec::new();
    };
    let mut names: Vec<&String> = props.keys().collect();
    names.sort_by_key(|n| (form_rank(n), n.to_string()));
    let picture = props.contains_key("src") && props.contains_key("alt");
    names
        .into_iter()
        .map(|name| {
            let wanted = required.contains(&name.as_str());
            let mut f = field(form, name, &props[name], wanted && present, top);
            if wanted && !present {
                let hint = form.labels.get("cms-hint-required-if-given", &[]);
                let joined = [
                    f.get("hint").and_then(Value::as_str).map(str::to_string),
                    hint,
                ]
                .into_iter()
                .flatten()
                .collect::<Vec<_>>()
                .join(" ");
                f["hint"] = json!(joined);
            }
            if picture && name == "src" {
                // A picture `{src, alt}`: uploaded into the collection's media folder; a new
                // picture empties the old one's text (`wijk-image` in admin/wijk-cms.js).
                f["widget"] = json!("wijk-image");
                f["choose_url"] = json!(false);
            }
            f
        })
        .collect()
}

/// Where a field comes in a form: identity first, then what it is about, then the details.
fn form_rank(name: &str) -> usize {
    const ORDER: [&str; 36] = [
        "title",
        "name",
        "role",
        "date",
        "edition",
        "status",
        "step",
        "category",
        "label",
        "amount",
        "due",
        "done",
        "text",
        "kind",
        "commune",
        "place",
        "summary",
        "organisation",
        "themes",
        "coach",
        "experts",
        "districts",
        "steering_group",
        "location",
        "lines",
        "requested",
        "granted",
        "spent",
        "start_fund",
        "submitted",
        "decision",
        "evaluation",
        "budget",
        "roadmap",
        "src",
        "alt",
    ];
    ORDER.iter().position(|n| *n == name).unwrap_or(ORDER.len())
}

/// The fields the programme's team fills in (the dossier's status, the grant, the committee's
/// decision, the evaluation): their hint says so before anything else.
const TEAM_FIELDS: [&str; 4] = ["status", "granted", "decision", "evaluation"];

/// One form field for the property `name`.
fn field(form: &Form, name: &str, raw: &Value, required: bool, top: bool) -> Value {
    let node = resolve(form.root, raw);
    let mut f = Map::new();
    f.insert("name".into(), json!(name));
    f.insert("label".into(), json!(form.labels.field(name)));
    f.insert("required".into(), json!(required));
    let mut hints: Vec<String> = Vec::new();
    // The team's fields say so first: residents leave them alone.
    if TEAM_FIELDS.contains(&name) {
        hints.extend(form.labels.get("cms-hint-team", &[]));
    }
    hints.extend(form.labels.hint(name));
    widget(form, name, node, top, &mut f, &mut hints);
    // A list names one of its items (« Ajouter étape », « 1 étape »).
    if f.get("widget") == Some(&json!("list")) {
        if let Some(one) = form.labels.get(&format!("cms-field-{name}.one"), &[]) {
            f.insert("label_singular".into(), json!(one));
        }
    }
    if !hints.is_empty() {
        f.insert("hint".into(), json!(hints.join(" ")));
    }
    if top {
        f.insert(
            "i18n".into(),
            json!(form.translatable.iter().any(|t| t == name)),
        );
    }
    Value::Object(f)
}

fn meaning(node: &Value) -> Option<&str> {
    node.get(MEANING).and_then(Value::as_str)
}

fn options(pairs: &[(String, String)]) -> Value {
    pairs
        .iter()
        .map(|(value, label)| json!({ "label": label, "value": value }))
        .collect()
}

/// Chooses the widget of a field and its settings.
#[allow(clippy::too_many_lines)] // one JSON widget per kind of field: a table as code
fn widget(
    form: &Form,
    name: &str,
    node: &Value,
    top: bool,
    f: &mut Map<String, Value>,
    hints: &mut Vec<String>,
) {
    let set = |f: &mut Map<String, Value>, pairs: Value| {
        if let Value::Object(m) = pairs {
            f.extend(m);
        }
    };
    let two_decimals = || {
        json!([
            "^\\d+(\\.\\d{1,2})?$",
            form.labels
                .get("cms-error-two-decimals", &[])
                .unwrap_or_default()
        ])
    };
    if top && name == "lang" {
        // The pane a text is written in says its language; new files of a collection whose
        // originals are not in the first language say so.
        set(f, json!({ "widget": "hidden", "required": false }));
        if let Some(lang) = form.lang_default {
            f.insert("default".into(), json!(lang));
        }
        return;
    }
    match (json_type(node), meaning(node)) {
        (Some("object"), _) => {
            let present = f.get("required") == Some(&json!(true));
            set(
                f,
                json!({ "widget": "object", "collapsed": false,
                        "fields": fields_of(form, node, false, present) }),
            );
        }
        (Some("array"), _) => {
            let items = node
                .get("items")
                .map(|i| resolve(form.root, i))
                .unwrap_or(&Value::Null);
            match (json_type(items), meaning(items)) {
                (Some("object"), _) => set(
                    f,
                    json!({ "widget": "list", "collapsed": false, "add_to_top": false,
                            "fields": object_fields(form, items, false) }),
                ),
                (_, Some(m)) if form.choices.of(m).is_some() => set(
                    f,
                    json!({ "widget": "select", "multiple": true,
                            "options": options(form.choices.of(m).unwrap_or_default()) }),
                ),
                _ => set(f, json!({ "widget": "list" })),
            }
        }
        // A step is done or not: a tick that fills in today's date; other dates are typed
        // JJ/MM/AAAA whatever the browser's language (both in wijk-cms.js).
        (Some("string"), Some("date")) if name == "done" => {
            set(f, json!({ "widget": "wijk-done", "required": false }));
        }
        (Some("string"), Some("date")) => set(f, json!({ "widget": "wijk-date" })),
        (Some("string"), Some(m)) if form.choices.of(m).is_some() => set(
            f,
            json!({ "widget": "select", "options": options(form.choices.of(m).unwrap_or_default()) }),
        ),
        (Some("string"), _) if node.get("enum").is_some() => {
            let values: Vec<(String, String)> = node["enum"]
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(Value::as_str)
                .map(|v| (v.to_string(), form.labels.value(v)))
                .collect();
            set(
                f,
                json!({ "widget": "select", "options": options(&values) }),
            );
        }
        (Some("string"), _) if node.get("maxLength").is_some() => {
            let max = node["maxLength"].as_u64().unwrap_or(0).to_string();
            let args = [("max", max.as_str())];
            hints.push(
                form.labels
                    .get("cms-hint-max-chars", &args)
                    .unwrap_or_default(),
            );
            set(
                f,
                json!({ "widget": "text",
                        "pattern": [format!("^[\\s\\S]{{0,{max}}}$"),
                                    form.labels.get("cms-error-max-chars", &args).unwrap_or_default()] }),
            );
        }
        (Some("string"), _) => set(f, json!({ "widget": "string" })),
        (Some("number"), Some(m @ ("money" | "amount"))) => {
            hints.push(
                form.labels
                    .get("cms-hint-two-decimals", &[])
                    .unwrap_or_default(),
            );
            let min = if m == "amount" { 0.01 } else { 0.0 };
            set(
                f,
                json!({ "widget": "number", "value_type": "float", "min": min, "step": 0.01,
                        "pattern": two_decimals() }),
            );
        }
        (Some("integer"), Some("edition")) => {
            let years: Vec<Value> = form
                .choices
                .editions
                .iter()
                .map(|y| json!({ "label": y.to_string(), "value": y }))
                .collect();
            set(f, json!({ "widget": "select", "options": years }));
        }
        (Some("number"), _) => set(f, json!({ "widget": "number", "value_type": "float" })),
        (Some("integer"), _) => {
            set(f, json!({ "widget": "number", "value_type": "int" }));
            if let Some(min) = node.get("minimum") {
                f.insert("min".into(), min.clone());
            }
        }
        (Some("boolean"), _) => set(f, json!({ "widget": "boolean", "default": false })),
        _ => set(f, json!({ "widget": "string" })),
    }
}

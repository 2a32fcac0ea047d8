//! The lists a translation carries (roadmap steps, budget labels, updates, evaluation
//! summaries): inside them, the editor translates only the texts, copies the dates and editions
//! that match an item to the original's, and leaves every other field to the original.

use serde_json::{json, Value};

/// The fields inside a translated list that a translation writes in its own language.
const TRANSLATED: [&str; 6] = [
    "roadmap.step",
    "budget.lines",
    "budget.lines.label",
    "updates.text",
    "dossiers.evaluation",
    "dossiers.evaluation.summary",
];

/// The fields a translation copies from the original (they name the item, never change it).
const DUPLICATED: [&str; 2] = ["updates.date", "dossiers.edition"];

/// Sets `i18n` on the fields nested in the translatable top-level `fields` (`i18n: true`).
pub fn mark_nested(fields: &mut [Value]) {
    for f in fields {
        if f.get("i18n") == Some(&json!(true)) {
            let name = f["name"].as_str().unwrap_or_default().to_string();
            walk(&name, f);
        }
    }
}

fn walk(path: &str, f: &mut Value) {
    let Some(children) = f.get_mut("fields").and_then(Value::as_array_mut) else {
        return;
    };
    for c in children {
        let name = c["name"].as_str().unwrap_or_default();
        let p = format!("{path}.{name}");
        c["i18n"] = if TRANSLATED.contains(&p.as_str()) {
            json!(true)
        } else if DUPLICATED.contains(&p.as_str()) {
            json!("duplicate")
        } else {
            json!(false)
        };
        walk(&p, c);
    }
}

#[cfg(test)]
mod tests {
    use super::mark_nested;
    use serde_json::json;

    #[test]
    fn only_the_texts_of_a_translated_list_are_translated() {
        let mut fields = vec![
            json!({"name": "updates", "i18n": true, "fields": [{"name": "date"}, {"name": "text"}]}),
            json!({"name": "budget", "i18n": true, "fields": [{"name": "granted"},
                {"name": "lines", "fields": [{"name": "label"}, {"name": "amount"}]}]}),
            json!({"name": "partners", "i18n": false, "fields": [{"name": "name"}]}),
        ];
        mark_nested(&mut fields);
        assert_eq!(fields[0]["fields"][0]["i18n"], json!("duplicate"));
        assert_eq!(fields[0]["fields"][1]["i18n"], json!(true));
        assert_eq!(fields[1]["fields"][0]["i18n"], json!(false));
        assert_eq!(fields[1]["fields"][1]["i18n"], json!(true));
        assert_eq!(fields[1]["fields"][1]["fields"][0]["i18n"], json!(true));
        assert_eq!(fields[1]["fields"][1]["fields"][1]["i18n"], json!(false));
        assert_eq!(fields[2]["fields"][0].get("i18n"), None);
    }
}

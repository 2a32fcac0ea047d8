//! The editor's labels: `messages/<lang>.ftl` (a subset of Project Fluent: `id = text`,
//! `.attribute = text`, `{ $name }` placeables) → text per language, English filling the gaps.

use std::collections::BTreeMap;

/// The languages the editor's labels are written in.
pub const UI_LANGUAGES: [&str; 3] = ["fr", "nl", "en"];

const FILES: [(&str, &str); 3] = [
    ("fr", include_str!("messages/fr.ftl")),
    ("nl", include_str!("messages/nl.ftl")),
    ("en", include_str!("messages/en.ftl")),
];

/// Messages of one language: `id` or `id.attribute` → text.
pub type Messages = BTreeMap<String, String>;

/// Reads the Fluent subset: messages, one attribute level, `#` comments.
pub fn parse(text: &str) -> Messages {
    let mut out = Messages::new();
    let mut current: Option<String> = None;
    for line in text.lines() {
        let trimmed = line.trim();
        if trimmed.is_empty() || trimmed.starts_with('#') {
            continue;
        }
        let Some((key, value)) = trimmed.split_once('=') else {
            continue;
        };
        let (key, value) = (key.trim(), value.trim().to_string());
        if let Some(attr) = key.strip_prefix('.') {
            if let Some(id) = &current {
                out.insert(format!("{id}.{attr}"), value);
            }
        } else {
            current = Some(key.to_string());
            out.insert(key.to_string(), value);
        }
    }
    out
}

/// Every language's messages.
pub fn all() -> BTreeMap<&'static str, Messages> {
    FILES.iter().map(|(l, t)| (*l, parse(t))).collect()
}

/// The labels of one UI language, with English for what it lacks.
pub struct Labels {
    own: Messages,
    english: Messages,
}

impl Labels {
    /// Labels in `lang` (English when the editor has no labels in that language).
    pub fn new(lang: &str) -> Labels {
        let find = |l: &str| FILES.iter().find(|(k, _)| *k == l).map(|(_, t)| parse(t));
        let english = find("en").unwrap_or_default();
        Labels {
            own: find(lang).unwrap_or_else(|| english.clone()),
            english,
        }
    }

    /// The message `id`, its `{ $name }` placeables replaced; `None` when no language has it.
    pub fn get(&self, id: &str, args: &[(&str, &str)]) -> Option<String> {
        let text = self.own.get(id).or_else(|| self.english.get(id))?;
        let mut text = text.clone();
        for (name, value) in args {
            text = text.replace(&format!("{{ ${name} }}"), value);
        }
        Some(text)
    }

    /// The label of a field: its message, else its name.
    pub fn field(&self, name: &str) -> String {
        self.get(&format!("cms-field-{name}"), &[])
            .unwrap_or_else(|| name.to_string())
    }

    /// The hint under a field, if any.
    pub fn hint(&self, name: &str) -> Option<String> {
        self.get(&format!("cms-field-{name}.hint"), &[])
    }

    /// The label of a value of a closed list (a status, a role), else the value itself.
    pub fn value(&self, value: &str) -> String {
        self.get(&format!("cms-value-{value}"), &[])
            .unwrap_or_else(|| value.to_string())
    }
}

//! The editor's labels: `messages/<lang>.ftl`, read with the same Fluent bundles as every other
//! message, → text per language, English filling the gaps.

use crate::i18n::{build_bundle, format_in, Bundle, Lang};
use fluent_bundle::FluentArgs;
use fluent_syntax::ast::{Entry, Pattern, PatternElement};
use std::collections::BTreeMap;

/// The languages the editor's labels are written in.
pub const UI_LANGUAGES: [&str; 3] = ["fr", "nl", "en"];

const FILES: [(Lang, &str); 3] = [
    (Lang::Fr, include_str!("messages/fr.ftl")),
    (Lang::Nl, include_str!("messages/nl.ftl")),
    (Lang::En, include_str!("messages/en.ftl")),
];

/// Messages of one language: `id` or `id.attribute` → its text as written.
pub type Messages = BTreeMap<String, String>;

/// The messages of a `.ftl` text, read by the Fluent parser.
pub fn parse(text: &str) -> Messages {
    let resource = fluent_syntax::parser::parse(text).unwrap_or_else(|(r, _)| r);
    let mut out = Messages::new();
    for entry in resource.body {
        let Entry::Message(m) = entry else { continue };
        if let Some(value) = &m.value {
            out.insert(m.id.name.to_string(), written(value));
        }
        for a in &m.attributes {
            out.insert(format!("{}.{}", m.id.name, a.id.name), written(&a.value));
        }
    }
    out
}

/// The text elements of a pattern, placeables left out.
fn written(p: &Pattern<&str>) -> String {
    p.elements
        .iter()
        .filter_map(|e| match e {
            PatternElement::TextElement { value } => Some(*value),
            PatternElement::Placeable { .. } => None,
        })
        .collect()
}

/// Every language's messages.
pub fn all() -> BTreeMap<&'static str, Messages> {
    FILES.iter().map(|(l, t)| (l.code(), parse(t))).collect()
}

fn file(lang: Lang) -> &'static str {
    FILES
        .iter()
        .find(|(l, _)| *l == lang)
        .map_or("", |(_, t)| t)
}

/// The labels of one UI language, with English for what it lacks.
pub struct Labels {
    own: Bundle,
    english: Bundle,
}

impl Labels {
    /// Labels in `lang` (English when the editor has no labels in that language).
    pub fn new(lang: &str) -> Labels {
        let own = Lang::parse(lang).unwrap_or(Lang::En);
        Labels {
            own: build_bundle(own, file(own)),
            english: build_bundle(Lang::En, file(Lang::En)),
        }
    }

    /// The message `id`, its `{ $name }` placeables replaced; `None` when no language has it.
    pub fn get(&self, id: &str, args: &[(&str, &str)]) -> Option<String> {
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            fluent_args.set(*name, value.to_string());
        }
        format_in(&self.own, id, &fluent_args)
            .or_else(|| format_in(&self.english, id, &fluent_args))
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

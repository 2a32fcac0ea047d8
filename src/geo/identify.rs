//! Outlines → commune boundaries: which commune each feature outlines, named by `properties.id`
//! (a commune id) or by the property `map.boundaries.match` of the programme names, whose value
//! is compared with each commune's id and labels with accents, case and punctuation folded.

use super::json::{Json, Node};
use super::{Boundaries, Feature, RawBoundaries, RawFeature, FILE};
use crate::diag::{Diagnostic, Rule, Span};
use crate::msg;
use std::collections::BTreeMap;

/// Ties each feature to a commune: `resolve` turns the naming property's value into a commune
/// id. `key` is the property (`None`: `properties.id`, which must then be a valid id). A feature
/// that names no commune, or a second feature for one commune, gets a `geo.invalid` diagnostic
/// on the value and is left out. The boundaries come out sorted by commune id.
pub fn identify(
    raw: &RawBoundaries,
    key: Option<&str>,
    resolve: &dyn Fn(&str) -> Option<String>,
) -> (Boundaries, Vec<Diagnostic>) {
    let mut diags = Vec::new();
    let mut out = Boundaries::default();
    let mut seen: BTreeMap<String, Span> = BTreeMap::new();
    for f in &raw.features {
        let Some((id, span)) = commune_of(f, key, resolve, &mut diags) else {
            continue;
        };
        if let Some(first) = seen.get(&id) {
            let m = msg!("geo-duplicate", id = &id, line = first.line);
            diags.push(invalid(span, m));
            continue;
        }
        seen.insert(id.clone(), span);
        out.features.push(Feature {
            id,
            span,
            polygons: f.polygons.clone(),
        });
    }
    out.features.sort_by(|a, b| a.id.cmp(&b.id));
    (out, diags)
}

fn invalid(span: Span, m: crate::i18n::Message) -> Diagnostic {
    Diagnostic::new(Rule::GeoInvalid, FILE, span, m)
}

/// The commune `f` outlines and where its name is, or the diagnostic that says why none.
fn commune_of(
    f: &RawFeature,
    key: Option<&str>,
    resolve: &dyn Fn(&str) -> Option<String>,
    diags: &mut Vec<Diagnostic>,
) -> Option<(String, Span)> {
    let props = f.properties.as_ref();
    let node = props.and_then(|p| p.get(key.unwrap_or("id")));
    let value = node.and_then(text_of);
    let (Some(node), Some(value)) = (node, value) else {
        let at = node.or(props).map_or(f.span, |n| n.span);
        let m = match (key, node) {
            (None, None) => msg!("geo-no-id"),
            (None, Some(_)) => msg!("geo-bad-id"),
            (Some(k), _) => msg!("geo-no-property", key = k),
        };
        diags.push(invalid(at, m));
        return None;
    };
    if key.is_none() && (node.as_str().is_none() || !crate::value::is_valid_id(&value)) {
        diags.push(invalid(node.span, msg!("geo-bad-id")));
        return None;
    }
    if let Some(id) = resolve(&value) {
        return Some((id, node.span));
    }
    let d = match key {
        None => invalid(node.span, msg!("geo-unknown-commune", id = clip(&value)))
            .with_help(msg!("geo-unknown-commune.help")),
        Some(k) => invalid(
            node.span,
            msg!("geo-unmatched", value = clip(&value), key = k),
        )
        .with_help(msg!("geo-unmatched.help")),
    };
    diags.push(d);
    None
}

/// The most characters of a value from the file that a message quotes.
const MAX_NAME_CHARS: usize = 60;

/// `s`, cut to [`MAX_NAME_CHARS`] with `…` where it was cut: a file made elsewhere may hold a
/// name of any length, and a message quotes a name, not a page.
pub(crate) fn clip(s: &str) -> String {
    match s.char_indices().nth(MAX_NAME_CHARS) {
        Some((at, _)) => format!("{}…", &s[..at]),
        None => s.to_string(),
    }
}

/// A property's value as text: a string, or a whole number (codes such as `21015`).
fn text_of(n: &Node) -> Option<String> {
    match n.value {
        Json::String(ref s) => Some(s.clone()),
        Json::Number(x) if x.fract() == 0.0 && x.abs() < 1e15 => Some(format!("{x:.0}")),
        _ => None,
    }
}

/// The form in which names are compared: lower case, accents and ligatures folded, and only
/// letters and digits kept, so `Saint-Gilles`, `SAINT GILLES` and `saint_gilles` are one name,
/// and `Sint-Gillis` another (its Dutch label).
pub fn name_key(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars().flat_map(char::to_lowercase) {
        match crate::value::latin_base(c) {
            Some(base) => out.push_str(base),
            None if c.is_alphanumeric() => out.push(c),
            None => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_accents_case_and_punctuation() {
        for s in [
            "Saint-Gilles",
            "SAINT-GILLES",
            "saint gilles",
            "Saint_Gilles",
        ] {
            assert_eq!(name_key(s), "saintgilles", "{s}");
        }
        assert_eq!(name_key("Molenbeek-Saint-Jean"), "molenbeeksaintjean");
        assert_eq!(name_key("Évere"), "evere");
        assert_eq!(name_key("ÉTTERBEEK"), "etterbeek");
        assert_ne!(name_key("Sint-Gillis"), name_key("Saint-Gilles"));
    }

    #[test]
    fn quotes_at_most_sixty_characters_of_a_name() {
        assert_eq!(clip("Forest"), "Forest");
        let long = "é".repeat(10_000);
        assert_eq!(clip(&long), format!("{}…", "é".repeat(60)));
    }
}

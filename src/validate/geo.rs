//! Validation of `data/communes.geojson` against the communes, and of district locations
//! against their commune's boundary (`geo.invalid`, `geo.outside`).

use super::checker::Checker;
use crate::diag::Rule;
use crate::geo::{identify, name_key, Boundaries};
use crate::load::Corpus;
use crate::model::Term;
use crate::msg;
use std::collections::BTreeMap;

/// The boundaries of the communes of `data/communes.yaml`: each feature named by `properties.id`,
/// or by the property `matching` names (`map.boundaries.match`), whose value may be a commune's
/// id or one of its labels, accents, case and punctuation aside. Features that name no commune,
/// or a commune already outlined, are reported and left out.
pub(crate) fn validate_boundaries(
    ctx: &mut Checker,
    corpus: &Corpus,
    communes: &[Term],
    matching: Option<&str>,
) -> Option<Boundaries> {
    let raw = corpus.boundaries.as_ref()?;
    let (b, diags) = match matching {
        None => identify(raw, None, &|id| {
            communes
                .iter()
                .any(|c| c.id.as_str() == id)
                .then(|| id.to_string())
        }),
        Some(key) => {
            let names = names(communes);
            identify(raw, Some(key), &|value| {
                names.get(&name_key(value)).cloned()
            })
        }
    };
    ctx.extend(diags);
    Some(b)
}

/// Every name of every commune (its id, then its labels), folded, with the commune it names; a
/// name two communes share names the first by id.
fn names(communes: &[Term]) -> BTreeMap<String, String> {
    let mut names = BTreeMap::new();
    for c in communes {
        let labels = c.labels.0.values().map(String::as_str);
        for name in std::iter::once(c.id.as_str()).chain(labels) {
            names
                .entry(name_key(name))
                .or_insert_with(|| c.id.as_str().to_string());
        }
    }
    names
}

/// Reports each district whose location lies outside its commune's boundary.
pub(crate) fn check_locations(
    ctx: &mut Checker,
    corpus: &Corpus,
    b: &Boundaries,
    communes: &[Term],
) {
    let lang = ctx.default_lang();
    let label = |id: &str| {
        communes
            .iter()
            .find(|c| c.id.as_str() == id)
            .map_or(id.to_string(), |c| c.labels.get(&lang).to_string())
    };
    for f in &corpus.districts {
        let doc = &f.doc;
        let Some(loc) = &doc.data.location else {
            continue;
        };
        let p = [loc.value.lon.value, loc.value.lat.value];
        let own: Vec<&str> = doc.data.commune_ids();
        let shapes: Vec<_> = own.iter().filter_map(|c| b.get(c)).collect();
        if shapes.is_empty() || shapes.iter().any(|s| s.contains(p)) {
            continue;
        }
        let names: Vec<String> = own.iter().map(|c| label(c)).collect();
        let commune = names.join(", ");
        let (lat, lon) = (p[1], p[0]);
        let (lat, lon) = (lat.to_string(), lon.to_string());
        let m = match b.commune_at(p) {
            Some(other) => msg!(
                "geo-outside",
                lat = lat,
                lon = lon,
                commune = label(&other.id),
                own = commune.as_str()
            ),
            None => msg!(
                "geo-outside-all",
                lat = lat,
                lon = lon,
                own = commune.as_str()
            ),
        };
        let swapped = b.commune_at([p[1], p[0]]).is_some();
        let help = if swapped {
            msg!("geo-swapped.help")
        } else {
            msg!("geo-outside.help")
        };
        ctx.at(doc, loc, Rule::GeoOutside, m).help(help);
    }
}

//! Validation of `data/communes.geojson` against the communes, and of district locations
//! against their commune's boundary (`geo.invalid`, `geo.outside`).

use super::checker::Checker;
use crate::diag::Rule;
use crate::geo::{Boundaries, FILE};
use crate::load::Corpus;
use crate::model::Term;
use crate::msg;
use std::path::Path;

/// The boundaries whose id is a commune of `data/communes.yaml`; the others are reported.
pub(crate) fn validate_boundaries(
    ctx: &mut Checker,
    corpus: &Corpus,
    communes: &[Term],
) -> Option<Boundaries> {
    let mut b = corpus.boundaries.clone()?;
    b.features.retain(|f| {
        let known = communes.iter().any(|c| c.id.as_str() == f.id);
        if !known {
            let m = msg!("geo-unknown-commune", id = &f.id);
            ctx.report(Rule::GeoInvalid, Path::new(FILE), f.span, m)
                .help(msg!("geo-unknown-commune.help"));
        }
        known
    });
    Some(b)
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

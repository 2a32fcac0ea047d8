//! Validation of `data/communes.geojson` against the communes, and of district locations
//! against their commune's boundary (`geo.invalid`, `geo.outside`).

use super::ctx::Ctx;
use crate::diag::Rule;
use crate::geo::{Boundaries, FILE};
use crate::load::Corpus;
use crate::model::Term;
use std::path::Path;

/// The boundaries whose id is a commune of `data/communes.yaml`; the others are reported.
pub(crate) fn validate_boundaries(
    ctx: &mut Ctx,
    corpus: &Corpus,
    communes: &[Term],
) -> Option<Boundaries> {
    let mut b = corpus.boundaries.clone()?;
    b.features.retain(|f| {
        let known = communes.iter().any(|c| c.id.as_str() == f.id);
        if !known {
            ctx.emit(
                Rule::GeoInvalid,
                Path::new(FILE),
                f.span,
                format!("`{}` is not a commune of data/communes.yaml", f.id),
                "properties.id must be a commune id of data/communes.yaml",
            );
        }
        known
    });
    Some(b)
}

/// Reports each district whose location lies outside its commune's boundary.
pub(crate) fn check_locations(ctx: &mut Ctx, corpus: &Corpus, b: &Boundaries, communes: &[Term]) {
    let lang = ctx.default_lang();
    let label = |id: &str| {
        communes
            .iter()
            .find(|c| c.id.as_str() == id)
            .map_or(id.to_string(), |c| c.labels.get(&lang).to_string())
    };
    for f in &corpus.districts {
        let doc = &f.doc;
        let (Some(loc), commune) = (&doc.data.location, &doc.data.commune.value) else {
            continue;
        };
        let p = [loc.value.lon.value, loc.value.lat.value];
        let Some(own) = b.get(commune) else {
            continue;
        };
        if own.contains(p) {
            continue;
        }
        let (lat, lon) = (p[1], p[0]);
        let msg = match b.commune_at(p) {
            Some(other) => format!(
                "location ({lat}, {lon}) is in {}, not in {}",
                label(&other.id),
                label(commune)
            ),
            None => format!(
                "location ({lat}, {lon}) is outside {} and every commune of the map",
                label(commune)
            ),
        };
        let swapped = b.commune_at([p[1], p[0]]).is_some();
        let help = if swapped {
            "latitude and longitude look swapped: write location: {lat: …, lon: …}"
        } else {
            "check the coordinates (lat is the first number on most maps) or the commune"
        };
        ctx.emit(Rule::GeoOutside, &doc.file, doc.span(loc), msg, help);
    }
}

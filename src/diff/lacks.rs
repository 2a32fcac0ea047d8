//! What a dossier's status still lacks: the requirements of `model::gaps`, the same predicate
//! `validate` reports as `phase.requirement` diagnostics.

use crate::model::{gaps, District, Dossier, Edition, Requirement};

/// The requirements of `dossier.status` that `district` does not meet, each once.
pub(crate) fn lacks(
    district: &District,
    dossier: &Dossier,
    edition: Option<&Edition>,
) -> Vec<Requirement> {
    let mut out: Vec<Requirement> = Vec::new();
    for g in gaps(district, dossier, edition) {
        let r = g.requirement();
        if !out.contains(&r) {
            out.push(r);
        }
    }
    out
}

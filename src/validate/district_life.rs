//! A district's place and life in `district.md`: its communes (`commune` or `communes`), when it
//! closed and the district it goes on as (`closed`), and its old ids (`aliases`).

use super::checker::Checker;
use crate::diag::Rule;
use crate::load::raw::{RawDistrict, S};
use crate::load::Doc;
use crate::model::{Closed, Id};
use crate::msg;

/// The district's communes, main one first: exactly one of `commune: forest` and
/// `communes: [uccle, forest]`, the list neither empty nor with a commune twice, every id in
/// `data/communes.yaml`. `None` when there is no usable commune (reported).
pub(crate) fn communes(ctx: &mut Checker, doc: &Doc<RawDistrict>) -> Option<Vec<Id>> {
    let raw = &doc.data;
    match (&raw.commune, &raw.communes) {
        (Some(one), None) => ctx.commune(doc, one).map(|c| vec![c]),
        (Some(_), Some(list)) => {
            let m = msg!("schema-communes-both");
            ctx.at(doc, list, Rule::SchemaInvalidValue, m)
                .help(msg!("schema-communes-both.help"));
            None
        }
        (None, Some(list)) if list.value.is_empty() => {
            let m = msg!("schema-empty", field = "communes");
            ctx.at(doc, list, Rule::SchemaInvalidValue, m)
                .help(msg!("schema-communes-missing.help"));
            None
        }
        (None, Some(list)) => {
            let mut out: Vec<Id> = Vec::new();
            let mut seen: Vec<&str> = Vec::new();
            let mut whole = true;
            for c in &list.value {
                if seen.contains(&c.value.as_str()) {
                    let m = msg!("id-duplicate-commune", commune = &c.value);
                    ctx.at(doc, c, Rule::IdDuplicate, m);
                    continue;
                }
                seen.push(&c.value);
                match ctx.commune(doc, c) {
                    Some(id) => out.push(id),
                    None => whole = false,
                }
            }
            (whole && !out.is_empty()).then_some(out)
        }
        (None, None) => {
            let top = S {
                value: (),
                line: 1,
                column: 1,
                len: 1,
            };
            let m = msg!("schema-missing-field", field = "commune");
            ctx.at(doc, &top, Rule::SchemaMissingField, m)
                .help(msg!("schema-communes-missing.help"));
            None
        }
    }
}

/// `closed: {date, successor}`: a real date, and a successor that is another existing district
/// (`ref.district`). `None` when absent or when its date is wrong (reported).
pub(crate) fn closed(ctx: &mut Checker, doc: &Doc<RawDistrict>, id: &str) -> Option<Closed> {
    let raw = &doc.data.closed.as_ref()?.value;
    let date = ctx.date(doc, &raw.date, "closed.date");
    let successor = raw.successor.as_ref().and_then(|s| {
        if s.value.trim() == id {
            let m = msg!("ref-district-successor-self", district = id);
            ctx.at(doc, s, Rule::RefDistrict, m)
                .help(msg!("ref-district-successor-self.help"));
            return None;
        }
        ctx.district(doc, s)
    });
    Some(Closed {
        date: date?,
        successor,
    })
}

/// `aliases: [old-id]`: valid ids, none the id of a district, none listed before (by this
/// district or by a district whose id sorts first): `ref.alias` on the later one.
pub(crate) fn aliases(ctx: &mut Checker, doc: &Doc<RawDistrict>, id: &str) -> Vec<Id> {
    let corpus = ctx.corpus;
    let earlier = |alias: &str, index: usize| {
        corpus.districts.iter().find_map(|other| {
            let listed = &other.doc.data.aliases;
            let before = match other.id.as_str().cmp(id) {
                std::cmp::Ordering::Less => listed.len(),
                std::cmp::Ordering::Equal => index,
                std::cmp::Ordering::Greater => 0,
            };
            listed[..before]
                .iter()
                .any(|a| a.value.trim() == alias)
                .then(|| other.id.clone())
        })
    };
    let mut out = Vec::new();
    for (index, a) in doc.data.aliases.iter().enumerate() {
        let alias = a.value.trim();
        let Some(parsed) = Id::parse(alias) else {
            let m = msg!("id-invalid-alias", id = &a.value);
            ctx.at(doc, a, Rule::IdInvalid, m)
                .help(msg!("id-invalid-file.help"));
            continue;
        };
        if ctx.districts.contains(alias) {
            let m = msg!("ref-alias-district", alias = alias);
            ctx.at(doc, a, Rule::RefAlias, m)
                .help(msg!("ref-alias-district.help"));
            continue;
        }
        if let Some(other) = earlier(alias, index) {
            let m = msg!("ref-alias-twice", alias = alias, district = other);
            ctx.at(doc, a, Rule::RefAlias, m)
                .help(msg!("ref-alias-twice.help"));
            continue;
        }
        out.push(parsed);
    }
    out
}

//! Data files: programme fields, editions and their caps, and the lists (categories, themes,
//! communes, reviewers) before and after.

use super::changes::{Cap, DataChange, Euros, List, Presence};
use crate::model::{Edition, Site};
use std::collections::BTreeMap;

/// Changes to `data/*.yaml`, in this order: programme fields, editions, then each list by id.
pub(crate) fn compare_data(old: Option<&Site>, new: &Site) -> Vec<DataChange> {
    let Some(old) = old else {
        return Vec::new();
    };
    let (a, b) = (&old.programme, &new.programme);
    let mut out = Vec::new();
    let fields: [(&'static str, bool); 6] = [
        ("name", a.name == b.name),
        ("call", a.call == b.call),
        ("languages", a.languages == b.languages),
        ("base_url", a.base_url == b.base_url),
        ("from", a.from == b.from),
        ("licence", a.licence == b.licence),
    ];
    for (field, same) in fields {
        if !same {
            out.push(DataChange::Programme { field });
        }
    }
    compare_editions(&a.editions, &b.editions, &mut out);
    let categories = |s: &Site| -> BTreeMap<String, String> {
        s.programme
            .expense_categories
            .iter()
            .map(|(id, labels)| (id.to_string(), format!("{:?}", labels.0)))
            .collect()
    };
    compare_list(
        List::Categories,
        &categories(old),
        &categories(new),
        &mut out,
    );
    let terms = |t: &[crate::model::Term]| -> BTreeMap<String, String> {
        t.iter()
            .map(|t| (t.id.to_string(), format!("{:?}", t.labels.0)))
            .collect()
    };
    compare_list(
        List::Themes,
        &terms(&old.themes),
        &terms(&new.themes),
        &mut out,
    );
    compare_list(
        List::Communes,
        &terms(&old.communes),
        &terms(&new.communes),
        &mut out,
    );
    let reviewers = |s: &Site| -> BTreeMap<String, String> {
        s.reviewers
            .iter()
            .map(|r| (r.id.to_string(), format!("{r:?}")))
            .collect()
    };
    compare_list(List::Reviewers, &reviewers(old), &reviewers(new), &mut out);
    out
}

fn compare_editions(old: &[Edition], new: &[Edition], out: &mut Vec<DataChange>) {
    for e in old {
        if !new.iter().any(|n| n.year == e.year) {
            out.push(DataChange::EditionRemoved { edition: e.year });
        }
    }
    for n in new {
        let Some(o) = old.iter().find(|o| o.year == n.year) else {
            out.push(DataChange::EditionAdded {
                edition: n.year,
                submission_deadline: n.submission_deadline,
                start_fund_max: n.start_fund_max.map(Euros),
                grant_max: Euros(n.grant_max),
            });
            continue;
        };
        if o.submission_deadline != n.submission_deadline {
            out.push(DataChange::DeadlineChanged {
                edition: n.year,
                before: o.submission_deadline,
                after: n.submission_deadline,
            });
        }
        for (cap, before, after) in [
            (Cap::StartFund, o.start_fund_max, n.start_fund_max),
            (Cap::Grant, Some(o.grant_max), Some(n.grant_max)),
        ] {
            if before != after {
                out.push(DataChange::CapChanged {
                    edition: n.year,
                    cap,
                    before: before.map(Euros),
                    after: after.map(Euros),
                });
            }
        }
    }
}

/// Entries added, removed or changed, by id; `old`/`new` map an id to a fingerprint of its entry.
fn compare_list(
    list: List,
    old: &BTreeMap<String, String>,
    new: &BTreeMap<String, String>,
    out: &mut Vec<DataChange>,
) {
    let mut ids: Vec<&String> = old.keys().chain(new.keys()).collect();
    ids.sort();
    ids.dedup();
    for id in ids {
        let change = match (old.get(id), new.get(id)) {
            (None, Some(_)) => Presence::Added,
            (Some(_), None) => Presence::Removed,
            (Some(a), Some(b)) if a != b => Presence::Changed,
            _ => continue,
        };
        out.push(DataChange::Entry {
            list,
            id: id.clone(),
            change,
        });
    }
}

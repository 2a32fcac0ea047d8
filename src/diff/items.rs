//! Experts, meetings and pages: one fact each when added, removed, renamed or changed.

use super::changes::{ItemChange, Presence};
use super::sides::{pair_renames, same_text, titles, Side};
use crate::model::{Localized, Site};

/// The two sites and the side after the change.
pub(crate) struct Items<'a> {
    pub old: Option<&'a Site>,
    pub new: &'a Site,
    pub after: &'a Side,
}

/// An item as compared: its id, its text, and a fingerprint of its other fields.
type Item<'a> = (&'a str, &'a Localized, String);

impl Items<'_> {
    /// Experts and coaches.
    pub fn experts(&self) -> Vec<ItemChange> {
        self.compare(|s| {
            s.persons
                .iter()
                .map(|p| {
                    let key = format!(
                        "{:?}",
                        (
                            &p.name,
                            p.role.as_str(),
                            &p.themes,
                            &p.organisation,
                            &p.languages,
                            &p.email,
                            p.public_contact
                        )
                    );
                    (p.id.as_str(), &p.text, key)
                })
                .collect()
        })
    }

    /// Exchange meetings.
    pub fn meetings(&self) -> Vec<ItemChange> {
        self.compare(|s| {
            s.meetings
                .iter()
                .map(|m| {
                    let key = format!("{:?}", (m.date, &m.place, &m.themes, &m.districts));
                    (m.id.as_str(), &m.text, key)
                })
                .collect()
        })
    }

    /// Free pages.
    pub fn pages(&self) -> Vec<ItemChange> {
        self.compare(|s| {
            s.pages
                .iter()
                .map(|p| (p.id.as_str(), &p.text, String::new()))
                .collect()
        })
    }

    /// Items added, removed, renamed (same title under a new id) or changed, by id.
    fn compare<'s>(&'s self, list: impl Fn(&'s Site) -> Vec<Item<'s>>) -> Vec<ItemChange> {
        let olds = self.old.map(&list).unwrap_or_default();
        let news = list(self.new);
        let find = |v: &[Item<'s>], id: &str| v.iter().position(|i| i.0 == id);
        let removed: Vec<&Item> = olds.iter().filter(|o| find(&news, o.0).is_none()).collect();
        let added: Vec<&Item> = news.iter().filter(|n| find(&olds, n.0).is_none()).collect();
        let pairs = pair_renames(&removed, &added, |r, a| {
            r.1.original.title == a.1.original.title && !self.after.has_error_in(&r.1.original.file)
        });
        let fact = |i: &Item, change, renamed_from: Option<&str>| ItemChange {
            id: i.0.to_string(),
            title: titles(i.1),
            change,
            renamed_from: renamed_from.map(str::to_string),
        };
        let mut out = Vec::new();
        for n in &news {
            match find(&olds, n.0).map(|i| &olds[i]) {
                Some(o) if o.2 != n.2 || !same_text(o.1, n.1) => {
                    out.push(fact(n, Presence::Changed, None))
                }
                Some(_) => {}
                None => {
                    let j = added.iter().position(|a| a.0 == n.0);
                    let from = pairs
                        .iter()
                        .find(|p| Some(p.1) == j)
                        .map(|p| removed[p.0].0);
                    let change = if from.is_some() {
                        Presence::Renamed
                    } else {
                        Presence::Added
                    };
                    out.push(fact(n, change, from));
                }
            }
        }
        for (i, r) in removed.iter().enumerate() {
            if pairs.iter().any(|p| p.0 == i) {
                continue;
            }
            let change = if self.after.has_error_in(&r.1.original.file) {
                Presence::Unreadable
            } else {
                Presence::Removed
            };
            out.push(fact(r, change, None));
        }
        out.sort_by(|a, b| a.id.cmp(&b.id));
        out
    }
}

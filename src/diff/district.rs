//! Districts: identity fields, dossiers (status, dates, start fund) and each edition's budget totals.

use super::changes::{
    BudgetTotals, DateChange, Delta, DistrictChange, DossierChange, Euros, Presence, ProjectChange,
    StartFundChange, StatusChange,
};
use super::sides::{pair_renames, same_translations, same_words, Side};
use crate::model::{Cents, District, Dossier, Id, Site};
use std::collections::BTreeSet;

/// The changed districts, by id: added, removed, renamed (same name under a new id) or changed.
pub(crate) fn compare_districts(
    old: Option<&Site>,
    new: &Site,
    after: &Side,
) -> Vec<DistrictChange> {
    let olds: &[District] = old.map(|s| s.districts.as_slice()).unwrap_or(&[]);
    let removed: Vec<&District> = olds
        .iter()
        .filter(|o| find(&new.districts, &o.id).is_none())
        .collect();
    let added: Vec<&District> = new
        .districts
        .iter()
        .filter(|n| find(olds, &n.id).is_none())
        .collect();
    let pairs = pair_renames(&removed, &added, |r, a| {
        r.name == a.name && !after.has_error_in(&r.text.original.file)
    });
    let ctx = DistrictDiff {
        old_site: old,
        new_site: new,
        after,
    };
    let mut out = Vec::new();
    for d in &new.districts {
        let before = find(olds, &d.id);
        let renamed = added
            .iter()
            .position(|a| a.id == d.id)
            .and_then(|j| pairs.iter().find(|p| p.1 == j))
            .map(|p| removed[p.0]);
        let (presence, base) = match (before, renamed) {
            (Some(o), _) => (Presence::Changed, Some(o)),
            (None, Some(o)) => (Presence::Renamed, Some(o)),
            (None, None) => (Presence::Added, None),
        };
        if let Some(c) = ctx.district(base, d, presence) {
            out.push(c);
        }
    }
    for (i, r) in removed.iter().enumerate() {
        if pairs.iter().any(|p| p.0 == i) {
            continue;
        }
        let change = if after.has_error_in(&r.text.original.file) {
            Presence::Unreadable
        } else {
            Presence::Removed
        };
        out.push(DistrictChange {
            id: r.id.to_string(),
            name: r.name.clone(),
            change,
            renamed_from: None,
            fields: Vec::new(),
            dossiers: Vec::new(),
        });
    }
    out.sort_by(|a, b| a.id.cmp(&b.id));
    out
}

/// A district of `list` by id: lists of districts are sorted by id (`Site`'s invariant).
fn find<'a>(list: &'a [District], id: &Id) -> Option<&'a District> {
    list.binary_search_by(|d| d.id.cmp(id))
        .ok()
        .map(|i| &list[i])
}

struct DistrictDiff<'a> {
    old_site: Option<&'a Site>,
    new_site: &'a Site,
    after: &'a Side,
}

impl DistrictDiff<'_> {
    /// The change of one district, `None` when nothing changed.
    fn district(
        &self,
        old: Option<&District>,
        new: &District,
        presence: Presence,
    ) -> Option<DistrictChange> {
        let fields = old.map(|o| district_fields(o, new)).unwrap_or_default();
        let mut projects = super::project::compare_projects(old, new, self.after);
        let mut years: BTreeSet<u32> = new.dossiers.iter().map(|d| d.edition).collect();
        years.extend(
            old.iter()
                .flat_map(|o| o.dossiers.iter().map(|d| d.edition)),
        );
        years.extend(projects.iter().map(|p| p.0));
        let mut dossiers = Vec::new();
        for year in years {
            let mine: Vec<ProjectChange> = projects
                .iter()
                .filter(|p| p.0 == year)
                .map(|p| p.1.clone())
                .collect();
            projects.retain(|p| p.0 != year);
            if let Some(d) = self.dossier(old, new, year, mine) {
                dossiers.push(d);
            }
        }
        if presence == Presence::Changed && fields.is_empty() && dossiers.is_empty() {
            return None;
        }
        Some(DistrictChange {
            id: new.id.to_string(),
            name: new.name.clone(),
            change: presence,
            renamed_from: (presence == Presence::Renamed)
                .then(|| old.map(|o| o.id.to_string()))
                .flatten(),
            fields,
            dossiers,
        })
    }

    /// What changed in one edition of a district; `None` when nothing did.
    fn dossier(
        &self,
        old: Option<&District>,
        new: &District,
        year: u32,
        projects: Vec<ProjectChange>,
    ) -> Option<DossierChange> {
        let od = old.and_then(|d| d.dossier(year));
        let nd = new.dossier(year);
        let change = match (od, nd) {
            (None, Some(_)) => Presence::Added,
            (Some(_), None) => Presence::Removed,
            _ => Presence::Changed,
        };
        let status = Delta::of(od.map(|d| d.status), nd.map(|d| d.status)).map(|s| StatusChange {
            before: s.before,
            after: s.after,
            lacks: nd
                .map(|n| super::lacks::lacks(new, n, self.new_site.programme.edition(year)))
                .unwrap_or_default(),
        });
        let dates = dates(od, nd);
        let start_fund = self.start_fund(od, nd, year);
        let budget = self.totals(old, new, year, &projects);
        if status.is_none()
            && dates.is_empty()
            && start_fund.is_none()
            && budget.is_none()
            && projects.is_empty()
            && change == Presence::Changed
        {
            return None;
        }
        Some(DossierChange {
            edition: year,
            change,
            status,
            dates,
            start_fund,
            projects,
            budget,
        })
    }

    fn start_fund(
        &self,
        od: Option<&Dossier>,
        nd: Option<&Dossier>,
        year: u32,
    ) -> Option<StartFundChange> {
        let euros =
            |d: Option<&Dossier>, f: fn(&Dossier) -> Option<Cents>| d.and_then(f).map(Euros);
        let granted = Delta {
            before: euros(od, |d| d.start_fund.granted),
            after: euros(nd, |d| d.start_fund.granted),
        };
        let spent = Delta {
            before: euros(od, |d| d.start_fund.spent),
            after: euros(nd, |d| d.start_fund.spent),
        };
        (granted.changed() || spent.changed()).then(|| StartFundChange {
            granted,
            spent,
            cap: self
                .new_site
                .programme
                .edition(year)
                .and_then(|e| e.start_fund_max)
                .map(Euros),
        })
    }

    /// The district's totals for `year`, when a project's budget, a project or the cap changed.
    fn totals(
        &self,
        old: Option<&District>,
        new: &District,
        year: u32,
        projects: &[ProjectChange],
    ) -> Option<BudgetTotals> {
        let sum = |d: Option<&District>, f: fn(&crate::model::Budget) -> Cents| {
            Euros(
                d.map(|d| d.projects_of(year).map(|p| f(&p.budget)).sum())
                    .unwrap_or_default(),
            )
        };
        let requested = Delta {
            before: sum(old, |b| b.requested_total()),
            after: sum(Some(new), |b| b.requested_total()),
        };
        let granted = Delta {
            before: sum(old, |b| b.granted.unwrap_or_default()),
            after: sum(Some(new), |b| b.granted.unwrap_or_default()),
        };
        let spent = Delta {
            before: sum(old, |b| b.spent.unwrap_or_default()),
            after: sum(Some(new), |b| b.spent.unwrap_or_default()),
        };
        // The dossier's cap: its track's, else the edition's.
        let track_of = |d: Option<&District>| d.and_then(|d| d.dossier(year)?.track.clone());
        let cap = |s: Option<&Site>, d: Option<&District>| {
            s.and_then(|s| s.programme.edition(year))
                .map(|e| Euros(e.grant_cap(track_of(d).as_ref())))
        };
        let cap_changed =
            old.is_some() && cap(self.old_site, old) != cap(Some(self.new_site), Some(new));
        let touched = projects.iter().any(|p| p.budget.is_some());
        let any = requested.changed() || granted.changed() || spent.changed();
        (any || touched || cap_changed).then(|| BudgetTotals {
            requested,
            granted,
            spent,
            cap: cap(Some(self.new_site), Some(new)),
            track: track_of(Some(new)).map(|t| t.as_str().to_string()),
        })
    }
}

/// Reads one of a dossier's dates.
type DateOf = fn(&Dossier) -> Option<crate::model::Date>;

/// `submitted`, `decision` and `evaluation` dates that differ.
fn dates(od: Option<&Dossier>, nd: Option<&Dossier>) -> Vec<DateChange> {
    let pick: [(&'static str, DateOf); 4] = [
        ("intention", |d| d.intention),
        ("submitted", |d| d.submitted),
        ("decision", |d| d.decision.as_ref().map(|x| x.date)),
        ("evaluation", |d| d.evaluation.as_ref().map(|x| x.date)),
    ];
    pick.iter()
        .filter_map(|(date, f)| {
            let (before, after) = (od.and_then(f), nd.and_then(f));
            (before != after).then_some(DateChange {
                date,
                before,
                after,
            })
        })
        .collect()
}

/// Fields of `district.md` besides dossiers that differ.
fn district_fields(o: &District, n: &District) -> Vec<&'static str> {
    let checks: [(&'static str, bool); 10] = [
        ("name", o.name == n.name),
        ("commune", o.communes == n.communes),
        ("closed", o.closed == n.closed),
        ("aliases", o.aliases == n.aliases),
        ("coach", o.coach == n.coach),
        ("steering_group", o.steering_group == n.steering_group),
        ("themes", o.themes == n.themes),
        ("location", o.location == n.location),
        (
            "description",
            same_words(&o.text.original.body, &n.text.original.body),
        ),
        ("translations", same_translations(&o.text, &n.text)),
    ];
    checks.iter().filter(|c| !c.1).map(|c| c.0).collect()
}

//! Planning: the site before and after a change → the notices the contract defines. Pure.

use crate::digest::hex;
use crate::model::{District, Dossier, Id, Project, Site, Status};
use sha2::{Digest, Sha256};

/// The events of the contract, per district dossier.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum EventKind {
    /// The status becomes `submitted`.
    Submission,
    /// The status stays `submitted` while its projects' budget or roadmap change.
    Resubmission,
    /// The status is `realisation` and every roadmap step of the edition's projects becomes done.
    ReadyForEvaluation,
}

impl EventKind {
    /// The name of the event as the contract writes it.
    pub fn as_str(self) -> &'static str {
        match self {
            EventKind::Submission => "submission",
            EventKind::Resubmission => "resubmission",
            EventKind::ReadyForEvaluation => "ready-for-evaluation",
        }
    }
}

/// Something reviewers must hear about: an event on one district's dossier.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Notice {
    pub kind: EventKind,
    pub district: Id,
    pub edition: u32,
    /// Hex SHA-256 of the event and the dossier's relevant content after the change
    /// (status, dates, projects with their budgets and roadmaps): equal content, equal digest.
    pub digest: String,
}

/// The notices between `before` (absent when it could not be read) and `after`, by district then edition.
pub fn plan(before: Option<&Site>, after: &Site) -> Vec<Notice> {
    let mut notices = Vec::new();
    for district in &after.districts {
        let old = before.and_then(|b| b.district(district.id.as_str()));
        for dossier in &district.dossiers {
            let old_dossier = old.and_then(|o| o.dossier(dossier.edition));
            if let Some(kind) = event(old, old_dossier, district, dossier) {
                notices.push(Notice {
                    kind,
                    district: district.id.clone(),
                    edition: dossier.edition,
                    digest: digest(kind, district, dossier),
                });
            }
        }
    }
    notices
}

/// The event, if any, that turns `old` into `new`.
fn event(
    old: Option<&District>,
    old_dossier: Option<&Dossier>,
    new: &District,
    dossier: &Dossier,
) -> Option<EventKind> {
    let old_status = old_dossier.map(|d| d.status);
    let edition = dossier.edition;
    match dossier.status {
        Status::Submitted if old_status != Some(Status::Submitted) => Some(EventKind::Submission),
        Status::Submitted => {
            let changed = old
                .is_none_or(|o| submission_content(o, edition) != submission_content(new, edition));
            changed.then_some(EventKind::Resubmission)
        }
        Status::Realisation => {
            let was_ready = old_status == Some(Status::Realisation)
                && old.is_some_and(|o| all_steps_done(o, edition));
            (all_steps_done(new, edition) && !was_ready).then_some(EventKind::ReadyForEvaluation)
        }
        _ => None,
    }
}

/// One project as a resubmission compares it: its id, amounts, budget lines and roadmap steps.
type Submitted<'a> = (
    &'a Id,
    [Option<crate::model::Cents>; 3],
    Vec<(&'a Id, &'a str, crate::model::Cents)>,
    Vec<(
        &'a str,
        Option<crate::model::Date>,
        Option<crate::model::Date>,
    )>,
);

/// What a resubmission compares: each project of the edition with its budget and roadmap as the
/// original writes them (a translated step or label is no new roadmap to review).
fn submission_content(d: &District, edition: u32) -> Vec<Submitted<'_>> {
    d.projects_of(edition)
        .map(|p| {
            let b = &p.budget;
            (
                &p.id,
                [b.requested, b.granted, b.spent],
                b.lines.iter().map(|l| l.original()).collect(),
                p.roadmap.iter().map(|s| s.original()).collect(),
            )
        })
        .collect()
}

/// Whether the edition has at least one roadmap step and every one is done.
fn all_steps_done(d: &District, edition: u32) -> bool {
    let steps: Vec<_> = d.projects_of(edition).flat_map(|p| &p.roadmap).collect();
    !steps.is_empty() && steps.iter().all(|s| s.done.is_some())
}

/// A stable digest of the event and the content a reviewer is asked to look at.
fn digest(kind: EventKind, d: &District, dossier: &Dossier) -> String {
    let mut h = Sha256::new();
    let mut put = |s: &str| {
        h.update(s.as_bytes());
        h.update([0u8]);
    };
    put(kind.as_str());
    put(d.id.as_str());
    put(&dossier.edition.to_string());
    put(dossier.status.as_str());
    put(&dossier.submitted.map(|s| s.iso()).unwrap_or_default());
    for p in d.projects_of(dossier.edition) {
        put_project(&mut put, p);
    }
    hex(&h.finalize())
}

fn put_project(put: &mut impl FnMut(&str), p: &Project) {
    put(p.id.as_str());
    for l in &p.budget.lines {
        put(l.category.as_str());
        put(&l.label);
        put(&l.amount.0.to_string());
    }
    put(&p.budget.requested_total().0.to_string());
    for s in &p.roadmap {
        put(&s.step);
        put(&s.due.map(|d| d.iso()).unwrap_or_default());
        put(&s.done.map(|d| d.iso()).unwrap_or_default());
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Cents, Date};

    fn fixture() -> Site {
        let root =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/notify-base");
        let v = crate::validate::validate(&crate::load::load(&root).unwrap());
        assert_eq!(v.error_count(), 0, "{:?}", v.diagnostics);
        v.site.unwrap()
    }

    fn district<'a>(site: &'a mut Site, id: &str) -> &'a mut District {
        site.districts
            .iter_mut()
            .find(|d| d.id.as_str() == id)
            .unwrap()
    }

    fn submitted(mut site: Site, id: &str) -> Site {
        let d = district(&mut site, id);
        d.dossiers[0].status = Status::Submitted;
        d.dossiers[0].submitted = Date::parse("2025-05-20");
        site
    }

    fn kinds(n: &[Notice]) -> Vec<(EventKind, &str)> {
        n.iter().map(|n| (n.kind, n.district.as_str())).collect()
    }

    #[test]
    fn accepts_a_status_becoming_submitted_as_a_submission() {
        let before = fixture();
        let after = submitted(before.clone(), "alpha");
        assert_eq!(
            kinds(&plan(Some(&before), &after)),
            [(EventKind::Submission, "alpha")]
        );
        assert!(plan(Some(&after), &after).is_empty());
    }

    #[test]
    fn accepts_budget_and_roadmap_changes_as_resubmissions_but_not_text() {
        let before = submitted(fixture(), "alpha");
        let mut after = before.clone();
        district(&mut after, "alpha").projects[0]
            .text
            .original
            .title = "Autre titre".into();
        assert!(plan(Some(&before), &after).is_empty());
        district(&mut after, "alpha").projects[0].budget.lines[0].amount = Cents(100);
        assert_eq!(
            kinds(&plan(Some(&before), &after)),
            [(EventKind::Resubmission, "alpha")]
        );
        let mut steps = before.clone();
        district(&mut steps, "alpha").projects[0].roadmap.pop();
        assert_eq!(
            kinds(&plan(Some(&before), &steps)),
            [(EventKind::Resubmission, "alpha")]
        );
    }

    #[test]
    fn accepts_ready_for_evaluation_once() {
        let before = fixture();
        let mut after = before.clone();
        for s in &mut district(&mut after, "gamma").projects[0].roadmap {
            s.done = Date::parse("2025-08-30");
        }
        let n = plan(Some(&before), &after);
        assert_eq!(kinds(&n), [(EventKind::ReadyForEvaluation, "gamma")]);
        assert!(
            plan(Some(&after), &after).is_empty(),
            "already ready: no second notice"
        );
    }

    #[test]
    fn accepts_a_missing_before_as_everything_new() {
        let after = submitted(fixture(), "beta");
        assert_eq!(
            kinds(&plan(None, &after)),
            [(EventKind::Submission, "beta")]
        );
    }

    #[test]
    fn accepts_equal_content_as_an_equal_digest() {
        let before = fixture();
        let a = plan(Some(&before), &submitted(before.clone(), "alpha"));
        let b = plan(Some(&before), &submitted(before.clone(), "alpha"));
        assert_eq!(a[0].digest, b[0].digest);
        let mut changed = submitted(before.clone(), "alpha");
        district(&mut changed, "alpha").projects[0].budget.lines[0].amount = Cents(1);
        assert_ne!(plan(Some(&before), &changed)[0].digest, a[0].digest);
    }
}

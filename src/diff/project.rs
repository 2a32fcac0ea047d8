//! Projects of a district: added, removed, renamed or changed; budget, roadmap and updates.

use super::changes::{BudgetChange, Delta, Euros, Presence, ProjectChange, StepFact, UpdateFact};
use super::sides::{pair_renames, same_translations, same_words, titles, Side};
use crate::model::{texts_in, District, Project, Step};

/// The changed projects of a district, each with the edition it belongs to (after the change;
/// before it for a removed project), by id.
pub(crate) fn compare_projects(
    old: Option<&District>,
    new: &District,
    after: &Side,
) -> Vec<(u32, ProjectChange)> {
    let olds: &[Project] = old.map(|d| d.projects.as_slice()).unwrap_or(&[]);
    let removed: Vec<&Project> = olds
        .iter()
        .filter(|o| !new.projects.iter().any(|n| n.id == o.id))
        .collect();
    let added: Vec<&Project> = new
        .projects
        .iter()
        .filter(|n| !olds.iter().any(|o| o.id == n.id))
        .collect();
    let pairs = pair_renames(&removed, &added, |r, a| {
        is_same_project(r, a) && !after.has_error_in(&r.text.original.file)
    });
    let mut out = Vec::new();
    for p in &new.projects {
        let before = olds.iter().find(|o| o.id == p.id);
        let renamed = added
            .iter()
            .position(|a| a.id == p.id)
            .and_then(|j| pairs.iter().find(|x| x.1 == j))
            .map(|x| removed[x.0]);
        let (presence, base) = match (before, renamed) {
            (Some(o), _) => (Presence::Changed, Some(o)),
            (None, Some(o)) => (Presence::Renamed, Some(o)),
            (None, None) => (Presence::Added, None),
        };
        if let Some(c) = project_change(base, p, presence) {
            out.push((p.edition, c));
        }
    }
    for (i, r) in removed.iter().enumerate() {
        if pairs.iter().any(|x| x.0 == i) {
            continue;
        }
        let mut c = bare_change(r, Presence::Removed);
        if after.has_error_in(&r.text.original.file) {
            c.change = Presence::Unreadable;
        } else {
            c.budget = budget(Some(r), None);
        }
        out.push((r.edition, c));
    }
    out.sort_by(|a, b| (a.0, &a.1.id).cmp(&(b.0, &b.1.id)));
    out
}

/// A renamed project: same edition, and the same title or the same (non-empty) budget lines and roadmap.
fn is_same_project(a: &Project, b: &Project) -> bool {
    a.edition == b.edition
        && (a.text.original.title == b.text.original.title
            || (!a.budget.lines.is_empty() && same_lines(a, b) && same_steps(a, b)))
}

/// A project's change with no detail (a removed or unreadable project is one line).
fn bare_change(p: &Project, change: Presence) -> ProjectChange {
    ProjectChange {
        id: p.id.to_string(),
        title: titles(&p.text),
        change,
        renamed_from: None,
        fields: Vec::new(),
        budget: None,
        steps_added: Vec::new(),
        steps_done: Vec::new(),
        steps_removed: Vec::new(),
        updates_added: Vec::new(),
        translated: Vec::new(),
    }
}

/// Whether the budget lines are the same, translations aside.
fn same_lines(a: &Project, b: &Project) -> bool {
    let (x, y) = (&a.budget.lines, &b.budget.lines);
    x.len() == y.len() && x.iter().zip(y).all(|(l, m)| l.original() == m.original())
}

/// Whether the roadmaps are the same, translations aside.
fn same_steps(a: &Project, b: &Project) -> bool {
    let (x, y) = (&a.roadmap, &b.roadmap);
    x.len() == y.len() && x.iter().zip(y).all(|(s, t)| s.original() == t.original())
}

/// The translated lists whose texts differ in a language of either side's translations.
fn translated_lists(o: &Project, n: &Project) -> Vec<(&'static str, String)> {
    let mut langs: Vec<&String> = o.text.translations.keys().collect();
    langs.extend(n.text.translations.keys());
    langs.sort();
    langs.dedup();
    let mut out = Vec::new();
    for lang in langs {
        let differs = [
            (
                "roadmap",
                texts_in(&o.roadmap, lang, |s| &s.tr) != texts_in(&n.roadmap, lang, |s| &s.tr),
            ),
            (
                "budget",
                texts_in(&o.budget.lines, lang, |l| &l.tr)
                    != texts_in(&n.budget.lines, lang, |l| &l.tr),
            ),
            (
                "updates",
                texts_in(&o.updates, lang, |u| &u.tr) != texts_in(&n.updates, lang, |u| &u.tr),
            ),
        ];
        out.extend(
            differs
                .into_iter()
                .filter(|d| d.1)
                .map(|d| (d.0, lang.clone())),
        );
    }
    out
}

/// The change from `old` (absent for a new project) to `new`; `None` when nothing changed.
fn project_change(
    old: Option<&Project>,
    new: &Project,
    presence: Presence,
) -> Option<ProjectChange> {
    let old_steps: &[Step] = old.map(|o| o.roadmap.as_slice()).unwrap_or(&[]);
    let find = |s: &Step| old_steps.iter().find(|o| o.step == s.step);
    let fact = |s: &Step| StepFact {
        step: s.step.clone(),
        due: s.due,
        done: s.done,
    };
    let c = ProjectChange {
        id: new.id.to_string(),
        title: titles(&new.text),
        change: presence,
        renamed_from: (presence == Presence::Renamed)
            .then(|| old.map(|o| o.id.to_string()))
            .flatten(),
        fields: old.map(|o| project_fields(o, new)).unwrap_or_default(),
        budget: budget(old, Some(new)),
        steps_added: new
            .roadmap
            .iter()
            .filter(|s| find(s).is_none())
            .map(fact)
            .collect(),
        steps_done: new
            .roadmap
            .iter()
            .filter(|s| s.done.is_some() && find(s).is_some_and(|o| o.done.is_none()))
            .map(fact)
            .collect(),
        steps_removed: old_steps
            .iter()
            .filter(|o| !new.roadmap.iter().any(|s| s.step == o.step))
            .map(fact)
            .collect(),
        updates_added: new
            .updates
            .iter()
            .filter(|u| {
                !old.is_some_and(|o| o.updates.iter().any(|x| x.original() == u.original()))
            })
            .map(|u| UpdateFact {
                date: u.date,
                text: u.text.clone(),
            })
            .collect(),
        translated: old.map(|o| translated_lists(o, new)).unwrap_or_default(),
    };
    let quiet = c.fields.is_empty()
        && c.translated.is_empty()
        && c.budget.is_none()
        && c.steps_added.is_empty()
        && c.steps_done.is_empty()
        && c.steps_removed.is_empty()
        && c.updates_added.is_empty();
    (presence != Presence::Changed || !quiet).then_some(c)
}

/// Amounts before and after (absent side: nothing requested, granted or spent).
fn budget(old: Option<&Project>, new: Option<&Project>) -> Option<BudgetChange> {
    let requested =
        |p: Option<&Project>| Euros(p.map(|p| p.budget.requested_total()).unwrap_or_default());
    let b = BudgetChange {
        requested: Delta {
            before: requested(old),
            after: requested(new),
        },
        granted: Delta {
            before: old.and_then(|p| p.budget.granted).map(Euros),
            after: new.and_then(|p| p.budget.granted).map(Euros),
        },
        spent: Delta {
            before: old.and_then(|p| p.budget.spent).map(Euros),
            after: new.and_then(|p| p.budget.spent).map(Euros),
        },
        lines_changed: match (old, new) {
            (Some(o), Some(n)) => !same_lines(o, n),
            (o, n) => o.is_some() != n.is_some(),
        },
    };
    (b.requested.changed() || b.granted.changed() || b.spent.changed() || b.lines_changed)
        .then_some(b)
}

/// Fields besides budget, roadmap and updates that differ.
fn project_fields(o: &Project, n: &Project) -> Vec<&'static str> {
    let (a, b) = (&o.text.original, &n.text.original);
    let checks: [(&'static str, bool); 8] = [
        ("title", a.title == b.title),
        ("summary", a.summary == b.summary),
        ("edition", o.edition == n.edition),
        ("themes", o.themes == n.themes),
        ("experts", o.experts == n.experts),
        ("partners", o.partners == n.partners),
        (
            "description",
            a.lang == b.lang && same_words(&a.body, &b.body),
        ),
        ("translations", same_translations(&o.text, &n.text)),
    ];
    checks.iter().filter(|c| !c.1).map(|c| c.0).collect()
}

//! The lists of a project page (budget lines, roadmap, updates) in the page's language: a
//! translation's texts where it gives the whole list, else the original's, with its language.

use super::context::Ctx;
use super::locale::Locale;
use crate::model::{list_lang, Date, Project, Step};
use serde::Serialize;

/// A list as a page shows it: its items and the language they are written in.
pub(super) struct Shown<T> {
    pub items: Vec<T>,
    pub lang: String,
}

#[derive(Serialize)]
pub(super) struct LineView {
    category: String,
    label: String,
    amount: String,
}

#[derive(Serialize)]
pub(super) struct StepView {
    step: String,
    due: Option<String>,
    due_iso: Option<String>,
    done: Option<String>,
    done_iso: Option<String>,
}

#[derive(Serialize)]
pub(super) struct UpdateView {
    label: String,
    date: String,
    iso: String,
}

/// The budget lines of `p` for a page in the language of `loc`.
pub(super) fn budget_lines(cx: &Ctx, loc: &Locale, p: &Project) -> Shown<LineView> {
    let original = p.text.original.lang.as_str();
    let lines = &p.budget.lines;
    let shown = list_lang(lines, loc.lang(), original, |l| &l.tr);
    let items = lines
        .iter()
        .map(|l| LineView {
            category: cx
                .site
                .programme
                .category_label(l.category.as_str(), loc.lang()),
            label: l.tr.get(shown).unwrap_or(&l.label).to_string(),
            amount: loc.formats().money(l.amount),
        })
        .collect();
    Shown {
        items,
        lang: shown.to_string(),
    }
}

/// The roadmap of `p` for a page in the language of `loc`, in the order of its dates.
pub(super) fn roadmap(loc: &Locale, p: &Project) -> Shown<StepView> {
    let shown = list_lang(&p.roadmap, loc.lang(), &p.text.original.lang, |s| &s.tr);
    let date = |d: Option<Date>| d.map(|d| loc.formats().date(d));
    let iso = |d: Option<Date>| d.map(|d| d.iso());
    let items = roadmap_by_date(&p.roadmap)
        .into_iter()
        .map(|s| StepView {
            step: s.tr.get(shown).unwrap_or(&s.step).to_string(),
            due: date(s.due),
            due_iso: iso(s.due),
            done: date(s.done),
            done_iso: iso(s.done),
        })
        .collect();
    Shown {
        items,
        lang: shown.to_string(),
    }
}

/// The updates of `p` for a page in the language of `loc`, newest first.
pub(super) fn updates(loc: &Locale, p: &Project) -> Shown<UpdateView> {
    let shown = list_lang(&p.updates, loc.lang(), &p.text.original.lang, |u| &u.tr);
    let items = p
        .updates
        .iter()
        .rev()
        .map(|u| UpdateView {
            label: u.tr.get(shown).unwrap_or(&u.text).to_string(),
            date: loc.formats().date(u.date),
            iso: u.date.iso(),
        })
        .collect();
    Shown {
        items,
        lang: shown.to_string(),
    }
}

/// The steps of a roadmap in the order of their dates (due, else done); undated steps last,
/// each group in file order.
fn roadmap_by_date(steps: &[Step]) -> Vec<&Step> {
    let mut sorted: Vec<&Step> = steps.iter().collect();
    sorted.sort_by_key(|s| {
        let date = s.due.or(s.done);
        (date.is_none(), date)
    });
    sorted
}

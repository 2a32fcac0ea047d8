//! The view of one district: its heading, dossiers (status, dates, start fund), projects and the
//! budget table of each edition with the district's total against the cap.

use super::changes::{
    requirement_name, BudgetTotals, DistrictChange, DossierChange, Euros, Presence, ProjectChange,
    StatusChange,
};
use super::comment_text::{kebab, Md};
use super::comment_view::{
    BudgetView, CapView, DistrictView, DossierView, ProjectView, StatusView,
};
use super::escape;
use crate::msg;
use crate::site::urls;

/// Update texts longer than this are shortened in the comment.
const MAX_UPDATE_CHARS: usize = 280;

impl Md<'_> {
    /// The section of one district.
    pub(super) fn district(&self, d: &DistrictChange) -> DistrictView {
        let change = (d.change != Presence::Changed).then(|| {
            self.t(msg!(
                "diff-district",
                change = kebab(&d.change),
                from = escape::code(d.renamed_from.as_deref().unwrap_or_default())
            ))
        });
        DistrictView {
            name: self.link(escape::text(&d.name), d.change, || {
                urls::district(&self.url_lang, &d.id)
            }),
            id: escape::code(&d.id),
            change,
            fields: self.fields(&d.fields),
            dossiers: d.dossiers.iter().map(|x| self.dossier(&d.id, x)).collect(),
        }
    }

    fn dossier(&self, district: &str, d: &DossierChange) -> DossierView {
        let dates = d
            .dates
            .iter()
            .map(|date| {
                self.t(msg!(
                    "diff-date",
                    date = date.date,
                    before = self.maybe_date(date.before),
                    after = self.maybe_date(date.after)
                ))
            })
            .collect();
        let start_fund = d.start_fund.as_ref().map(|sf| {
            self.t(msg!(
                "diff-start-fund",
                granted = self.delta(&sf.granted),
                spent = self.delta(&sf.spent),
                cap = sf.cap.map(|c| self.money(c)).unwrap_or_else(|| "—".into())
            ))
        });
        DossierView {
            edition: self.t(msg!("diff-edition", edition = d.edition)),
            change: (d.change != Presence::Changed)
                .then(|| self.t(msg!("diff-dossier", change = kebab(&d.change)))),
            status: d.status.as_ref().map(|st| self.status(st)),
            dates,
            start_fund,
            projects: d
                .projects
                .iter()
                .map(|p| self.project(district, p))
                .collect(),
            budget: d.budget.as_ref().map(|b| self.budget(d, b)),
        }
    }

    fn status(&self, st: &StatusChange) -> StatusView {
        let status = |v: Option<crate::model::Status>| match v {
            Some(v) => self.t(msg!("diff-status-value", status = v.as_str())),
            None => "—".to_string(),
        };
        let lacks = (!st.lacks.is_empty()).then(|| {
            let names: Vec<String> = st
                .lacks
                .iter()
                .map(|r| self.t(msg!("diff-requirement", req = requirement_name(*r))))
                .collect();
            self.t(msg!("diff-lacks", list = names.join(", ")))
        });
        StatusView {
            text: self.t(msg!(
                "diff-status",
                before = status(st.before),
                after = status(st.after)
            )),
            lacks,
        }
    }

    fn project(&self, district: &str, p: &ProjectChange) -> ProjectView {
        let translated = (!p.translated.is_empty()).then(|| {
            let lists: Vec<String> = p
                .translated
                .iter()
                .map(|(list, lang)| self.t(msg!("diff-translated-list", list = *list, lang = lang)))
                .collect();
            self.t(msg!("diff-translated", list = lists.join(", ")))
        });
        ProjectView {
            name: self.link(self.title(&p.title), p.change, || {
                urls::project(&self.url_lang, district, &p.id)
            }),
            change: self.t(msg!(
                "diff-project",
                change = kebab(&p.change),
                from = escape::code(p.renamed_from.as_deref().unwrap_or_default()),
                id = escape::code(&p.id)
            )),
            fields: self.fields(&p.fields),
            translated,
            details: self.details(p),
        }
    }

    /// The lines under a project: for a new one, how many steps it has; else its budget lines,
    /// the steps added, done and removed, and the updates added.
    fn details(&self, p: &ProjectChange) -> Vec<String> {
        if p.change == Presence::Added {
            let n = p.steps_added.len();
            return (n > 0)
                .then(|| self.t(msg!("diff-steps", count = n)))
                .into_iter()
                .collect();
        }
        let mut out = Vec::new();
        if p.budget.as_ref().is_some_and(|b| b.lines_changed) {
            out.push(self.t(msg!("diff-budget-lines")));
        }
        out.extend(p.steps_added.iter().map(|st| {
            self.t(msg!(
                "diff-step-added",
                step = escape::text(&st.step),
                due = self.maybe_date(st.due)
            ))
        }));
        out.extend(p.steps_done.iter().map(|st| {
            self.t(msg!(
                "diff-step-done",
                step = escape::text(&st.step),
                done = self.maybe_date(st.done)
            ))
        }));
        out.extend(
            p.steps_removed
                .iter()
                .map(|st| self.t(msg!("diff-step-removed", step = escape::text(&st.step)))),
        );
        out.extend(p.updates_added.iter().map(|u| {
            let mut text: String = u.text.chars().take(MAX_UPDATE_CHARS).collect();
            if u.text.chars().count() > MAX_UPDATE_CHARS {
                text.push('…');
            }
            self.t(msg!(
                "diff-update",
                date = u.date,
                text = escape::text(&text)
            ))
        }));
        out
    }

    /// Projects whose budget changed, then the district's total; then the total against the cap.
    fn budget(&self, d: &DossierChange, b: &BudgetTotals) -> BudgetView {
        let rows = d
            .projects
            .iter()
            .filter_map(|p| {
                let pb = p.budget.as_ref()?;
                Some([
                    self.title(&p.title),
                    self.delta_of(&pb.requested),
                    self.delta(&pb.granted),
                    self.delta(&pb.spent),
                ])
            })
            .collect();
        BudgetView {
            columns: [
                self.t(msg!("diff-col-project")),
                self.t(msg!("diff-col-requested")),
                self.t(msg!("diff-col-granted")),
                self.t(msg!("diff-col-spent")),
            ],
            rows,
            total: [
                self.t(msg!("diff-col-total")),
                self.delta_of(&b.requested),
                self.delta_of(&b.granted),
                self.delta_of(&b.spent),
            ],
            cap: b.cap.map(|cap| self.against_cap(d.edition, b, cap)),
        }
    }

    fn against_cap(&self, edition: u32, b: &BudgetTotals, cap: Euros) -> CapView {
        let total = b.requested.after;
        let text = self.t(match &b.track {
            Some(track) => msg!(
                "diff-against-track-cap",
                edition = edition,
                track = escape::code(track),
                total = total.0,
                cap = cap.0
            ),
            None => msg!(
                "diff-against-cap",
                edition = edition,
                total = total.0,
                cap = cap.0
            ),
        });
        let over = (total > cap).then(|| {
            let over = crate::model::Cents(total.0 .0 - cap.0 .0);
            self.t(msg!("diff-over-cap", over = over))
        });
        CapView { text, over }
    }
}

//! Markdown of one district: its heading, dossiers (status, dates, start fund), projects and the
//! budget table of each edition with the district's total against the cap.

use super::changes::{
    BudgetTotals, Delta, DistrictChange, DossierChange, Euros, Presence, ProjectChange,
};
use super::escape;
use super::markdown::{kebab, Md};
use crate::msg;
use crate::site::urls;
use std::fmt::Write;

/// Update texts longer than this are shortened in the comment.
const MAX_UPDATE_CHARS: usize = 280;

impl Md<'_> {
    /// The section of one district, from its heading to the blank line after it.
    pub(super) fn district(&self, d: &DistrictChange) -> String {
        let name = escape::text(&d.name);
        let heading = match d.change {
            Presence::Removed | Presence::Unreadable => name,
            _ => self.link(&name, &urls::district(&self.url_lang, &d.id)),
        };
        let mut s = format!("### {heading} · {}\n\n", escape::code(&d.id));
        if d.change != Presence::Changed {
            let line = self.t(msg!(
                "diff-district",
                change = kebab(&d.change),
                from = escape::code(d.renamed_from.as_deref().unwrap_or_default())
            ));
            let _ = writeln!(s, "{line}\n");
        }
        if !d.fields.is_empty() {
            let _ = writeln!(s, "{}\n", self.fields(&d.fields));
        }
        for dossier in &d.dossiers {
            self.dossier(&mut s, &d.id, dossier);
        }
        s
    }

    fn fields(&self, fields: &[&str]) -> String {
        let names: Vec<String> = fields
            .iter()
            .map(|f| self.t(msg!("diff-field", field = *f)))
            .collect();
        self.t(msg!("diff-fields", list = names.join(", ")))
    }

    fn dossier(&self, s: &mut String, district: &str, d: &DossierChange) {
        let _ = write!(
            s,
            "**{}**",
            self.t(msg!("diff-edition", edition = d.edition))
        );
        if d.change != Presence::Changed {
            let _ = write!(
                s,
                " — {}",
                self.t(msg!("diff-dossier", change = kebab(&d.change)))
            );
        }
        s.push_str("\n\n");
        if let Some(st) = &d.status {
            let status = |v: Option<crate::model::Status>| match v {
                Some(v) => self.t(msg!("diff-status-value", status = v.as_str())),
                None => "—".to_string(),
            };
            let mut line = self.t(msg!(
                "diff-status",
                before = status(st.before),
                after = status(st.after)
            ));
            if !st.lacks.is_empty() {
                let lacks: Vec<String> = st
                    .lacks
                    .iter()
                    .map(|r| {
                        self.t(msg!(
                            "diff-requirement",
                            req = super::changes::requirement_name(*r)
                        ))
                    })
                    .collect();
                line.push_str(&format!(
                    " — {}",
                    self.t(msg!("diff-lacks", list = lacks.join(", ")))
                ));
            }
            let _ = writeln!(s, "- {line}");
        }
        for date in &d.dates {
            let line = self.t(msg!(
                "diff-date",
                date = date.date,
                before = self.maybe_date(date.before),
                after = self.maybe_date(date.after)
            ));
            let _ = writeln!(s, "- {line}");
        }
        if let Some(sf) = &d.start_fund {
            let line = self.t(msg!(
                "diff-start-fund",
                granted = self.delta(&sf.granted),
                spent = self.delta(&sf.spent),
                cap = sf.cap.map(|c| self.money(c)).unwrap_or_else(|| "—".into())
            ));
            let _ = writeln!(s, "- {line}");
        }
        for p in &d.projects {
            self.project(s, district, p);
        }
        s.push('\n');
        if let Some(b) = &d.budget {
            self.budget_table(s, d, b);
        }
    }

    fn project(&self, s: &mut String, district: &str, p: &ProjectChange) {
        let title = self.title(&p.title);
        let name = match p.change {
            Presence::Removed | Presence::Unreadable => title,
            _ => self.link(&title, &urls::project(&self.url_lang, district, &p.id)),
        };
        let change = self.t(msg!(
            "diff-project",
            change = kebab(&p.change),
            from = escape::code(p.renamed_from.as_deref().unwrap_or_default()),
            id = escape::code(&p.id)
        ));
        let _ = write!(s, "- {name} — {change}");
        if !p.fields.is_empty() {
            let _ = write!(s, " — {}", self.fields(&p.fields));
        }
        if !p.translated.is_empty() {
            let lists: Vec<String> = p
                .translated
                .iter()
                .map(|(list, lang)| self.t(msg!("diff-translated-list", list = *list, lang = lang)))
                .collect();
            let _ = write!(
                s,
                " — {}",
                self.t(msg!("diff-translated", list = lists.join(", ")))
            );
        }
        s.push('\n');
        if p.change == Presence::Added {
            if !p.steps_added.is_empty() {
                let n = p.steps_added.len();
                let _ = writeln!(s, "  - {}", self.t(msg!("diff-steps", count = n)));
            }
            return;
        }
        if p.budget.as_ref().is_some_and(|b| b.lines_changed) {
            let _ = writeln!(s, "  - {}", self.t(msg!("diff-budget-lines")));
        }
        for st in &p.steps_added {
            let line = self.t(msg!(
                "diff-step-added",
                step = escape::text(&st.step),
                due = self.maybe_date(st.due)
            ));
            let _ = writeln!(s, "  - {line}");
        }
        for st in &p.steps_done {
            let line = self.t(msg!(
                "diff-step-done",
                step = escape::text(&st.step),
                done = self.maybe_date(st.done)
            ));
            let _ = writeln!(s, "  - {line}");
        }
        for st in &p.steps_removed {
            let line = self.t(msg!("diff-step-removed", step = escape::text(&st.step)));
            let _ = writeln!(s, "  - {line}");
        }
        for u in &p.updates_added {
            let mut text: String = u.text.chars().take(MAX_UPDATE_CHARS).collect();
            if u.text.chars().count() > MAX_UPDATE_CHARS {
                text.push('…');
            }
            let line = self.t(msg!(
                "diff-update",
                date = u.date,
                text = escape::text(&text)
            ));
            let _ = writeln!(s, "  - {line}");
        }
    }

    /// Projects whose budget changed, then the district's total; then the total against the cap.
    fn budget_table(&self, s: &mut String, d: &DossierChange, b: &BudgetTotals) {
        let _ = writeln!(
            s,
            "| {} | {} | {} | {} |\n|---|---:|---:|---:|",
            self.t(msg!("diff-col-project")),
            self.t(msg!("diff-col-requested")),
            self.t(msg!("diff-col-granted")),
            self.t(msg!("diff-col-spent"))
        );
        for p in &d.projects {
            if let Some(pb) = &p.budget {
                let _ = writeln!(
                    s,
                    "| {} | {} | {} | {} |",
                    self.title(&p.title),
                    self.delta(&Delta {
                        before: Some(pb.requested.before),
                        after: Some(pb.requested.after)
                    }),
                    self.delta(&pb.granted),
                    self.delta(&pb.spent)
                );
            }
        }
        let some = |d: &Delta<Euros>| Delta {
            before: Some(d.before),
            after: Some(d.after),
        };
        let _ = writeln!(
            s,
            "| **{}** | **{}** | **{}** | **{}** |\n",
            self.t(msg!("diff-col-total")),
            self.delta(&some(&b.requested)),
            self.delta(&some(&b.granted)),
            self.delta(&some(&b.spent))
        );
        if let Some(cap) = b.cap {
            let total = b.requested.after;
            let mut line = self.t(match &b.track {
                Some(track) => msg!(
                    "diff-against-track-cap",
                    edition = d.edition,
                    track = super::escape::code(track),
                    total = total.0,
                    cap = cap.0
                ),
                None => msg!(
                    "diff-against-cap",
                    edition = d.edition,
                    total = total.0,
                    cap = cap.0
                ),
            });
            if total > cap {
                let over = crate::model::Cents(total.0 .0 - cap.0 .0);
                line.push_str(&format!(" {}", self.t(msg!("diff-over-cap", over = over))));
            }
            let _ = writeln!(s, "{line}\n");
        }
    }

    /// `before → after`, or the one value when both are equal; `—` for no amount.
    fn delta(&self, d: &Delta<Option<Euros>>) -> String {
        let one = |v: Option<Euros>| v.map(|e| self.money(e)).unwrap_or_else(|| "—".into());
        if d.before == d.after {
            one(d.after)
        } else {
            format!("{} → {}", one(d.before), one(d.after))
        }
    }
}

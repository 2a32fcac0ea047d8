//! Budget figures as tables with a bar per row (drawn by the stylesheet, so that labels are
//! text at the page's size on any screen): per district edition by category, programme totals
//! by theme and by status.

use super::context::Ctx;
use super::locale::Locale;
use super::view::{AmountRow, Chart};
use crate::model::{Cents, District, Status};
use crate::site::urls;

/// Requested amounts of a district's projects of `edition`, by expense category (programme order).
pub fn district_by_category(cx: &Ctx, loc: &Locale, d: &District, edition: u32) -> Chart {
    let mut rows: Vec<(String, Cents, Option<String>)> = Vec::new();
    for (cat, labels) in &cx.site.programme.expense_categories {
        let total: Cents = d
            .projects_of(edition)
            .flat_map(|p| p.budget.lines.iter())
            .filter(|l| l.category == *cat)
            .map(|l| l.amount)
            .sum();
        if total.0 != 0 {
            rows.push((labels.get(loc.lang()).to_string(), total, None));
        }
    }
    let title = format!("{} {edition}", loc.t("chart_by_category"));
    chart(
        loc.formats(),
        &format!("chart-{edition}"),
        title,
        rows,
        Totals::Add,
    )
}

/// Requested amounts of all projects by theme. A project counts in each of its themes, so the
/// rows do not add up to anything: the chart has no total row.
pub fn programme_by_theme(cx: &Ctx, loc: &Locale) -> Chart {
    let rows = cx
        .site
        .themes
        .iter()
        .map(|t| {
            let total: Cents = all_projects(cx)
                .filter(|p| p.themes.contains(&t.id))
                .map(|p| p.budget.requested_total())
                .sum();
            let url = Some(cx.urls.path(&urls::theme(loc.lang(), t.id.as_str())));
            (t.labels.get(loc.lang()).to_string(), total, url)
        })
        .filter(|r| r.1 .0 != 0)
        .collect();
    chart(
        loc.formats(),
        "chart-themes",
        loc.t("chart_by_theme"),
        rows,
        Totals::Overlap,
    )
}

/// Requested amounts of all projects by the status of their dossier.
pub fn programme_by_status(cx: &Ctx, loc: &Locale) -> Chart {
    let rows = Status::ALL
        .iter()
        .map(|s| {
            let total: Cents = all_projects(cx)
                .filter(|p| cx.project_status(p) == Some(*s))
                .map(|p| p.budget.requested_total())
                .sum();
            (cx.status_view(loc, *s).label, total, None)
        })
        .filter(|r| r.1 .0 != 0)
        .collect();
    chart(
        loc.formats(),
        "chart-status",
        loc.t("chart_by_status"),
        rows,
        Totals::Add,
    )
}

/// `value` as a whole percentage of `max` (at least 1 for any positive value, so a bar shows).
fn share(value: i64, max: i64) -> u8 {
    if value <= 0 {
        return 0;
    }
    let pct = i128::from(value) * 100 / i128::from(max);
    pct.clamp(1, 100) as u8
}

fn all_projects<'a>(cx: &Ctx<'a>) -> impl Iterator<Item = &'a crate::model::Project> {
    cx.site.districts.iter().flat_map(|d| d.projects.iter())
}

/// Whether a chart's rows add up to a total worth printing.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Totals {
    /// Each amount is in exactly one row: the sum is a true total.
    Add,
    /// An amount may be in several rows: no total.
    Overlap,
}

fn chart(
    formats: &crate::i18n::format::Formats,
    id: &str,
    title: String,
    rows: Vec<(String, Cents, Option<String>)>,
    totals: Totals,
) -> Chart {
    let total: Cents = rows.iter().map(|r| r.1).sum();
    let max = rows.iter().map(|r| r.1 .0).max().unwrap_or(0).max(1);
    Chart {
        id: id.to_string(),
        title,
        rows: rows
            .into_iter()
            .map(|(label, amount, url)| AmountRow {
                label,
                url,
                amount: formats.money(amount),
                share: share(amount.0, max),
            })
            .collect(),
        total: (totals == Totals::Add).then(|| formats.money(total)),
    }
}

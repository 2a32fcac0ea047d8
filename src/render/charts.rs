//! Budget figures as charts with their table equivalents: per district edition by category,
//! programme totals by theme and by status.

use super::context::Ctx;
use super::format::format_money;
use super::svg::bar_chart;
use super::urls;
use super::view::{AmountRow, Chart};
use crate::model::{Cents, District, Status};

/// Requested amounts of a district's projects of `edition`, by expense category (programme order).
pub fn district_by_category(cx: &Ctx, lang: &str, d: &District, edition: u32) -> Chart {
    let mut rows: Vec<(String, Cents, Option<String>)> = Vec::new();
    for (cat, labels) in &cx.site.programme.expense_categories {
        let total: Cents = d
            .projects_of(edition)
            .flat_map(|p| p.budget.lines.iter())
            .filter(|l| l.category == *cat)
            .map(|l| l.amount)
            .sum();
        if total.0 != 0 {
            rows.push((labels.get(lang).to_string(), total, None));
        }
    }
    let title = format!("{} {edition}", cx.t(lang, "chart_by_category"));
    chart(cx, lang, &format!("chart-{edition}"), title, rows)
}

/// Requested amounts of all projects by theme (a project counts in each of its themes).
pub fn programme_by_theme(cx: &Ctx, lang: &str) -> Chart {
    let rows = cx
        .site
        .themes
        .iter()
        .map(|t| {
            let total: Cents = all_projects(cx)
                .filter(|p| p.themes.contains(&t.id))
                .map(|p| p.budget.requested_total())
                .sum();
            let url = Some(cx.urls.path(&urls::theme(lang, t.id.as_str())));
            (t.labels.get(lang).to_string(), total, url)
        })
        .filter(|r| r.1 .0 != 0)
        .collect();
    chart(cx, lang, "chart-themes", cx.t(lang, "chart_by_theme"), rows)
}

/// Requested amounts of all projects by the status of their dossier.
pub fn programme_by_status(cx: &Ctx, lang: &str) -> Chart {
    let rows = Status::ALL
        .iter()
        .map(|s| {
            let total: Cents = all_projects(cx)
                .filter(|p| cx.project_status(p) == Some(*s))
                .map(|p| p.budget.requested_total())
                .sum();
            (cx.status_view(lang, *s).label, total, None)
        })
        .filter(|r| r.1 .0 != 0)
        .collect();
    chart(
        cx,
        lang,
        "chart-status",
        cx.t(lang, "chart_by_status"),
        rows,
    )
}

fn all_projects<'a>(cx: &Ctx<'a>) -> impl Iterator<Item = &'a crate::model::Project> {
    cx.site.districts.iter().flat_map(|d| d.projects.iter())
}

fn chart(
    _cx: &Ctx,
    lang: &str,
    id: &str,
    title: String,
    rows: Vec<(String, Cents, Option<String>)>,
) -> Chart {
    let bars: Vec<(String, Cents)> = rows.iter().map(|r| (r.0.clone(), r.1)).collect();
    let total: Cents = rows.iter().map(|r| r.1).sum();
    Chart {
        svg: bar_chart(id, &title, &bars, lang),
        title,
        rows: rows
            .into_iter()
            .map(|(label, amount, url)| AmountRow {
                label,
                url,
                amount: format_money(amount, lang),
            })
            .collect(),
        total: format_money(total, lang),
    }
}

//! Pages that list items: home, districts, experts, meetings, a theme.

use super::charts;
use super::context::{Ctx, Section};
use super::format::format_money;
use super::search;
use super::urls;
use super::view::*;
use super::{Output, RenderError};
use crate::model::{Cents, Date, Term};
use serde::Serialize;

#[derive(Serialize)]
struct Figures {
    districts: usize,
    projects: usize,
    meetings: usize,
    requested: String,
    granted: String,
    spent: String,
}

#[derive(Serialize)]
struct HomeView {
    name: String,
    call: String,
    figures: Figures,
    by_theme: Chart,
    by_status: Chart,
    latest: Vec<NewsItem>,
    pages: Vec<Link>,
}

/// How many updates and meetings the home page shows.
const LATEST: usize = 8;

/// `/<lang>/`: programme, figures, charts, latest updates.
pub fn render_home(cx: &Ctx, lang: &str) -> Result<Output, RenderError> {
    let site = cx.site;
    let projects = || site.districts.iter().flat_map(|d| d.projects.iter());
    let sum = |f: &dyn Fn(&crate::model::Project) -> Option<Cents>| -> String {
        format_money(projects().filter_map(f).sum(), lang)
    };
    let view = HomeView {
        name: site.programme.name.get(lang).to_string(),
        call: site.programme.call.get(lang).to_string(),
        figures: Figures {
            districts: site.districts.len(),
            projects: projects().count(),
            meetings: site.meetings.len(),
            requested: sum(&|p| Some(p.budget.requested_total())),
            granted: sum(&|p| p.budget.granted),
            spent: sum(&|p| p.budget.spent),
        },
        by_theme: charts::programme_by_theme(cx, lang),
        by_status: charts::programme_by_status(cx, lang),
        latest: news(cx, lang)
            .into_iter()
            .take(LATEST)
            .map(|n| n.1)
            .collect(),
        pages: site
            .pages
            .iter()
            .map(|p| Link {
                url: cx.urls.path(&urls::page(lang, p.id.as_str())),
                label: p.text.get(lang).0.title.clone(),
            })
            .collect(),
    };
    let title = view.name.clone();
    cx.page(lang, "home.html", Section::Home, &urls::home, &title, &view)
}

/// Project updates and meetings, newest first (ties by title), with their dates.
pub fn news(cx: &Ctx, lang: &str) -> Vec<(Date, NewsItem)> {
    let mut items = Vec::new();
    for d in &cx.site.districts {
        for p in &d.projects {
            items.extend(cx.project_news(lang, p));
        }
    }
    for m in &cx.site.meetings {
        let card = cx.meeting_card(lang, m);
        let (t, _) = m.text.get(lang);
        let item = NewsItem {
            date: card.date,
            iso: card.iso,
            title: card.title,
            title_lang: card.lang.clone(),
            url: card.url,
            text: t.summary.clone().unwrap_or_default(),
            lang: t.lang.clone(),
        };
        items.push((m.date, item));
    }
    sort_news(&mut items);
    items
}

/// Newest first, ties by URL.
pub fn sort_news(items: &mut [(Date, NewsItem)]) {
    items.sort_by(|a, b| b.0.cmp(&a.0).then_with(|| a.1.url.cmp(&b.1.url)));
}

#[derive(Serialize)]
struct DistrictsView {
    districts: Vec<DistrictCard>,
    filters: Filters,
}

/// `/<lang>/districts/`: every district, with filters by commune, theme and status.
pub fn render_districts(cx: &Ctx, lang: &str) -> Result<Output, RenderError> {
    let view = DistrictsView {
        districts: cx
            .site
            .districts
            .iter()
            .map(|d| cx.district_card(lang, d))
            .collect(),
        filters: search::filters(cx, lang),
    };
    let title = cx.t(lang, "nav_districts");
    cx.page(
        lang,
        "districts.html",
        Section::Districts,
        &urls::districts,
        &title,
        &view,
    )
}

#[derive(Serialize)]
struct ExpertsView {
    coaches: Vec<PersonCard>,
    experts: Vec<PersonCard>,
}

/// `/<lang>/experts/`: coaches and thematic experts.
pub fn render_experts(cx: &Ctx, lang: &str) -> Result<Output, RenderError> {
    let of = |role| {
        cx.site
            .persons
            .iter()
            .filter(|p| p.role == role)
            .map(|p| cx.person_card(lang, p))
            .collect()
    };
    let view = ExpertsView {
        coaches: of(crate::model::Role::Coach),
        experts: of(crate::model::Role::Expert),
    };
    let title = cx.t(lang, "nav_experts");
    cx.page(
        lang,
        "experts.html",
        Section::Experts,
        &urls::experts,
        &title,
        &view,
    )
}

#[derive(Serialize)]
struct MeetingsView {
    meetings: Vec<MeetingCard>,
}

/// `/<lang>/meetings/`: exchange meetings, newest first.
pub fn render_meetings(cx: &Ctx, lang: &str) -> Result<Output, RenderError> {
    let view = MeetingsView {
        meetings: cx
            .site
            .meetings
            .iter()
            .rev()
            .map(|m| cx.meeting_card(lang, m))
            .collect(),
    };
    let title = cx.t(lang, "nav_meetings");
    cx.page(
        lang,
        "meetings.html",
        Section::Meetings,
        &urls::meetings,
        &title,
        &view,
    )
}

#[derive(Serialize)]
struct ThemeView {
    label: String,
    districts: Vec<DistrictCard>,
    projects: Vec<ProjectCard>,
    experts: Vec<PersonCard>,
    meetings: Vec<MeetingCard>,
}

/// `/<lang>/themes/<theme>/`: the districts, projects, experts and meetings of a theme.
pub fn render_theme(cx: &Ctx, lang: &str, theme: &Term) -> Result<Output, RenderError> {
    let site = cx.site;
    let id = &theme.id;
    let view = ThemeView {
        label: theme.labels.get(lang).to_string(),
        districts: site
            .districts
            .iter()
            .filter(|d| d.themes.contains(id))
            .map(|d| cx.district_card(lang, d))
            .collect(),
        projects: site
            .districts
            .iter()
            .flat_map(|d| d.projects.iter())
            .filter(|p| p.themes.contains(id))
            .map(|p| cx.project_card(lang, p))
            .collect(),
        experts: site
            .persons
            .iter()
            .filter(|p| p.themes.contains(id))
            .map(|p| cx.person_card(lang, p))
            .collect(),
        meetings: site
            .meetings
            .iter()
            .rev()
            .filter(|m| m.themes.contains(id))
            .map(|m| cx.meeting_card(lang, m))
            .collect(),
    };
    let rel = |l: &str| urls::theme(l, id.as_str());
    let title = view.label.clone();
    cx.page(lang, "theme.html", Section::Other, &rel, &title, &view)
}

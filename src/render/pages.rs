//! Pages of single items: a district, a project, an expert, a meeting, a free page.

use super::cards;
use super::charts;
use super::context::{Ctx, Section};
use super::describe;
use super::list_texts::{budget_lines, roadmap, updates, LineView, StepView, UpdateView};
use super::locale::Locale;
use super::map::{map_view, MapView};
use super::view::*;
use super::{Output, RenderError};
use crate::model::{District, Dossier, Meeting, Page, Person, Project, Status};
use crate::site::urls;
use serde::Serialize;

#[derive(Serialize)]
struct PhaseView {
    number: u8,
    label: String,
    state: &'static str,
}

#[derive(Serialize)]
struct DatedView {
    label: String,
    date: String,
    iso: String,
}

#[derive(Serialize)]
struct DossierView {
    edition: u32,
    /// The edition's name: its label, else its year.
    edition_name: String,
    /// The dossier's track with its cap, when the edition has tracks.
    track: Option<String>,
    status: StatusView,
    phases: Vec<PhaseView>,
    dates: Vec<DatedView>,
    start_fund_granted: Option<String>,
    start_fund_spent: Option<String>,
    evaluation: Option<String>,
    /// The language of the evaluation summary (the original's where no translation gives it).
    evaluation_lang: String,
    projects: Vec<ProjectCard>,
    budget: Option<Chart>,
}

#[derive(Serialize)]
struct DistrictView {
    text: TextView,
    cover: Option<ImageView>,
    lang: String,
    commune: Chip,
    /// Every commune the district lies in, the main one first.
    communes: Vec<Chip>,
    /// When the group ended, and the district it goes on as.
    closed: Option<super::succession::ClosedView>,
    /// The closed districts this one goes on from.
    predecessors: Vec<Link>,
    themes: Vec<Chip>,
    coach: Option<Link>,
    steering_group: Option<u32>,
    dossiers: Vec<DossierView>,
    /// Whether any dossier has projects, or a budget: a section without either is left out.
    has_projects: bool,
    has_budget: bool,
    news: Vec<NewsItem>,
    /// Every dated event of the district, newest first.
    timeline: Vec<super::timeline::EventView>,
    map: Option<MapView>,
    /// The district's meetings as a calendar feed (`…/calendar.ics`).
    calendar: String,
}

/// How many updates of its projects a district page shows.
const DISTRICT_NEWS: usize = 6;

/// `/<lang>/districts/<district>/`: place description, phase timeline, projects, budget summary.
pub fn render_district(cx: &Ctx, loc: &Locale, d: &District) -> Result<Output, RenderError> {
    let text = cx.text_view(loc, &d.text, 3);
    let coach = d.coach.as_ref().and_then(|c| cx.person(c.as_str()));
    let cover = cx.cover(loc, d.cover.as_deref(), &d.text);
    let about = describe::place_description(&d.text, loc.lang());
    let preview = cx.preview(
        loc,
        "article",
        d.name_in(loc.lang()),
        about.as_deref(),
        cover.as_ref(),
    );
    let dossiers: Vec<DossierView> = d
        .dossiers
        .iter()
        .rev()
        .map(|x| dossier_view(cx, loc, d, x))
        .collect();
    let view = DistrictView {
        cover,
        lang: d.text.original.lang.clone(),
        commune: cx.commune_chip(loc, d.commune()),
        communes: cx.commune_chips(loc, d),
        closed: super::succession::closed_view(cx, loc, d),
        predecessors: super::succession::predecessors(cx, loc, d),
        themes: cx.theme_chips(loc, &d.themes),
        coach: coach.map(|p| Link {
            url: cx.urls.path(&urls::expert(loc.lang(), p.id.as_str())),
            label: p.name.clone(),
        }),
        steering_group: d.steering_group,
        news: {
            let mut news: Vec<_> = d
                .projects
                .iter()
                .flat_map(|p| cards::project_news(cx, loc, p))
                .collect();
            super::lists::sort_news(&mut news);
            news.into_iter().take(DISTRICT_NEWS).map(|n| n.1).collect()
        },
        timeline: super::timeline::timeline(cx, loc, d),
        has_projects: dossiers.iter().any(|x| !x.projects.is_empty()),
        has_budget: dossiers.iter().any(|x| x.budget.is_some()),
        dossiers,
        map: match d.location {
            Some(_) => map_view(cx, loc, Some(d))?,
            None => None,
        },
        calendar: cx
            .urls
            .path(&urls::calendar(&urls::district(loc.lang(), d.id.as_str()))),
        text,
    };
    let id = d.id.as_str();
    let rel = |l: &str| urls::district(l, id);
    let section = Section::Districts;
    cx.page_with_preview(loc, "district.html", section, &rel, &view, preview)
}

/// The state of key phase `n` for a dossier of `status`: `done`, `current`, `todo`, or `closed`
/// (a phase the dossier will not reach: realisation after a roadmap was not selected).
fn phase_state(status: Status, n: u8) -> &'static str {
    match status {
        Status::Evaluated => "done",
        Status::NotSelected if n == 3 => "closed",
        Status::NotSelected => "done",
        _ => match n.cmp(&status.phase()) {
            std::cmp::Ordering::Less => "done",
            std::cmp::Ordering::Equal => "current",
            std::cmp::Ordering::Greater => "todo",
        },
    }
}

fn dossier_view(cx: &Ctx, loc: &Locale, d: &District, x: &Dossier) -> DossierView {
    let original = d.text.original.lang.as_str();
    let evaluation = x.evaluation.as_ref().and_then(|e| {
        let summary = e.summary.as_deref()?;
        Some(e.tr.pick(summary, original, loc.lang()))
    });
    let phases = (1..=3)
        .map(|n| PhaseView {
            number: n,
            label: loc.t(&format!("phase_{n}")),
            state: phase_state(x.status, n),
        })
        .collect();
    let mut dates = Vec::new();
    let mut push = |key: &str, date: crate::model::Date| {
        dates.push(DatedView {
            label: loc.t(key),
            date: loc.formats().date(date),
            iso: date.iso(),
        })
    };
    if let Some(s) = x.intention {
        push("date_intention", s);
    }
    if let Some(s) = x.submitted {
        push("date_submitted", s);
    }
    if let Some(dec) = &x.decision {
        push(&format!("date_decision_{}", dec.outcome.as_str()), dec.date);
    }
    if let Some(ev) = &x.evaluation {
        push("date_evaluation", ev.date);
    }
    let projects: Vec<ProjectCard> = d
        .projects_of(x.edition)
        .map(|p| cards::project_card(cx, loc, p))
        .collect();
    DossierView {
        edition: x.edition,
        edition_name: cx.edition_name(loc, x.edition),
        track: track_label(cx, loc, x),
        status: cx.status_view(loc, x.status),
        phases,
        dates,
        start_fund_granted: x.start_fund.granted.map(|c| loc.formats().money(c)),
        start_fund_spent: x.start_fund.spent.map(|c| loc.formats().money(c)),
        evaluation: evaluation.map(|(text, _)| text.to_string()),
        evaluation_lang: evaluation.map_or(original, |(_, l)| l).to_string(),
        budget: (!projects.is_empty()).then(|| charts::district_by_category(cx, loc, d, x.edition)),
        projects,
    }
}

/// The track of a dossier and its grant cap, as the home page states each track
/// (`take_part_track`: fr `Quartier durable citoyen (jusqu'à 15 000 €)`).
fn track_label(cx: &Ctx, loc: &Locale, x: &Dossier) -> Option<String> {
    let edition = cx.site.programme.edition(x.edition)?;
    let track = edition.track(x.track.as_ref()?)?;
    let cap = loc.formats().money_short(track.grant_max);
    Some(
        loc.t("take_part_track")
            .replace("{name}", track.name.get(loc.lang()))
            .replace("{grant}", &cap),
    )
}

#[derive(Serialize)]
struct ProjectView {
    text: TextView,
    cover: Option<ImageView>,
    lang: String,
    district: Link,
    edition: u32,
    /// The edition's name: its label, else its year.
    edition_name: String,
    /// The project has no budget: it asks for no money.
    asks_nothing: bool,
    /// The track of the district's dossier for this edition, with its cap.
    track: Option<String>,
    status: Option<StatusView>,
    themes: Vec<Chip>,
    lines: Vec<LineView>,
    /// The language of the budget labels (the original's where no translation gives them).
    lines_lang: String,
    requested: String,
    granted: Option<String>,
    spent: Option<String>,
    roadmap: Vec<StepView>,
    roadmap_lang: String,
    roadmap_done: usize,
    experts: Vec<Link>,
    partners: Vec<Link>,
    updates: Vec<UpdateView>,
    updates_lang: String,
    /// Projects of other districts with the same themes and words.
    similar: Vec<super::similar_view::SimilarView>,
}

/// `/<lang>/districts/<district>/<project>/`: summary, budget, roadmap, experts, partners, updates.
pub fn render_project(cx: &Ctx, loc: &Locale, p: &Project) -> Result<Output, RenderError> {
    let card = cards::project_card(cx, loc, p);
    let formats = loc.formats();
    let money = |c| formats.money(c);
    let text = cx.text_view(loc, &p.text, 2);
    let (lines, roadmap) = (budget_lines(cx, loc, p), roadmap(loc, p));
    let updates = updates(loc, p);
    let about = describe::description(&p.text, loc.lang());
    let preview = cx.preview(
        loc,
        "article",
        &text.title,
        about.as_deref(),
        card.cover.as_ref(),
    );
    let view = ProjectView {
        text,
        cover: card.cover,
        lang: p.text.original.lang.clone(),
        district: card.district,
        edition: p.edition,
        edition_name: card.edition_name,
        asks_nothing: card.asks_nothing,
        track: cx
            .district(p.district.as_str())
            .and_then(|d| d.dossier(p.edition))
            .and_then(|x| track_label(cx, loc, x)),
        status: card.status,
        themes: card.themes,
        lines: lines.items,
        lines_lang: lines.lang,
        requested: money(p.budget.requested_total()),
        granted: p.budget.granted.map(money),
        spent: p.budget.spent.map(money),
        roadmap: roadmap.items,
        roadmap_lang: roadmap.lang,
        roadmap_done: p.roadmap.iter().filter(|s| s.done.is_some()).count(),
        experts: p
            .experts
            .iter()
            .filter_map(|e| cx.person(e.as_str()))
            .map(|e| Link {
                url: cx.urls.path(&urls::expert(loc.lang(), e.id.as_str())),
                label: e.name.clone(),
            })
            .collect(),
        partners: p
            .partners
            .iter()
            .map(|x| Link {
                url: String::new(),
                label: format!(
                    "{} ({})",
                    x.name,
                    loc.t(&format!("partner_{}", x.kind.as_str()))
                ),
            })
            .collect(),
        updates: updates.items,
        updates_lang: updates.lang,
        similar: super::similar_view::similar_views(cx, loc, p),
    };
    let (d, id) = (p.district.as_str(), p.id.as_str());
    let rel = |l: &str| urls::project(l, d, id);
    let section = Section::Districts;
    cx.page_with_preview(loc, "project.html", section, &rel, &view, preview)
}

#[derive(Serialize)]
struct PersonView {
    text: TextView,
    card: PersonCard,
    languages: Vec<String>,
    email: Option<String>,
    projects: Vec<ProjectCard>,
    coached: Vec<Link>,
}

/// `/<lang>/experts/<person>/`: profile, the projects they advise, the districts they coach.
pub fn render_expert(cx: &Ctx, loc: &Locale, p: &Person) -> Result<Output, RenderError> {
    let view = PersonView {
        text: cx.text_view(loc, &p.text, 2),
        card: cards::person_card(cx, loc, p),
        languages: p
            .languages
            .iter()
            .map(|l| loc.t(&format!("lang_name_{l}")))
            .collect(),
        email: p.public_email().map(|e| e.as_str().to_string()),
        projects: cx
            .site
            .projects_of_expert(p.id.as_str())
            .map(|x| cards::project_card(cx, loc, x))
            .collect(),
        coached: cx
            .site
            .districts_of_coach(p.id.as_str())
            .map(|d| cx.district_link(loc, d))
            .collect(),
    };
    let id = p.id.as_str();
    let rel = |l: &str| urls::expert(l, id);
    let about = describe::description(&p.text, loc.lang());
    let preview = cx.preview(loc, "profile", &p.name, about.as_deref(), None);
    cx.page_with_preview(loc, "expert.html", Section::Experts, &rel, &view, preview)
}

#[derive(Serialize)]
struct MeetingView {
    text: TextView,
    card: MeetingCard,
    districts: Vec<Link>,
}

/// `/<lang>/meetings/<meeting>/`: date, place, themes, districts and the report.
pub fn render_meeting(cx: &Ctx, loc: &Locale, m: &Meeting) -> Result<Output, RenderError> {
    let view = MeetingView {
        text: cx.text_view(loc, &m.text, 2),
        card: cards::meeting_card(cx, loc, m),
        districts: m
            .districts
            .iter()
            .filter_map(|d| cx.district(d.as_str()))
            .map(|d| cx.district_link(loc, d))
            .collect(),
    };
    let id = m.id.as_str();
    let rel = |l: &str| urls::meeting(l, id);
    let about = describe::description(&m.text, loc.lang());
    let preview = cx.preview(loc, "article", &view.text.title, about.as_deref(), None);
    cx.page_with_preview(loc, "meeting.html", Section::Meetings, &rel, &view, preview)
}

#[derive(Serialize)]
struct PageView {
    text: TextView,
}

/// `/<lang>/pages/<page>/`.
pub fn render_page(cx: &Ctx, loc: &Locale, pg: &Page) -> Result<Output, RenderError> {
    let view = PageView {
        text: cx.text_view(loc, &pg.text, 2),
    };
    let id = pg.id.as_str();
    let rel = |l: &str| urls::page(l, id);
    let about = describe::description(&pg.text, loc.lang());
    let preview = cx.preview(loc, "article", &view.text.title, about.as_deref(), None);
    cx.page_with_preview(loc, "page.html", Section::Other, &rel, &view, preview)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn states(s: Status) -> Vec<&'static str> {
        (1..=3).map(|n| phase_state(s, n)).collect()
    }

    #[test]
    fn the_current_phase_follows_the_status() {
        assert_eq!(states(Status::Preparation), ["current", "todo", "todo"]);
        assert_eq!(states(Status::Submitted), ["done", "current", "todo"]);
        assert_eq!(states(Status::Selected), ["done", "current", "todo"]);
        assert_eq!(states(Status::NotSelected), ["done", "done", "closed"]);
        assert_eq!(states(Status::Realisation), ["done", "done", "current"]);
        assert_eq!(states(Status::Evaluated), ["done", "done", "done"]);
    }
}

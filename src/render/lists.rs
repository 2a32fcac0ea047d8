//! Pages that list items: home, districts, experts, meetings, a theme.

use super::cards;
use super::charts;
use super::context::{Ctx, Section};
use super::locale::Locale;
use super::map::{map_view, MapView};
use super::paginate::{page_count, page_range, section_part, Pager};
use super::search_page;
use super::view::*;
use super::{Output, RenderError};
use crate::model::{Cents, Date, Deadline, Term};
use crate::site::urls;
use serde::Serialize;
use std::ops::Range;

#[derive(Serialize)]
struct Figures {
    districts: usize,
    projects: usize,
    meetings: usize,
    requested: String,
    granted: String,
    spent: String,
}

/// How to take part: the newest edition of the call, its deadline and caps, the steps, a contact.
#[derive(Serialize)]
struct TakePart {
    edition: Option<u32>,
    /// The edition's name: its label, else its year.
    edition_name: Option<String>,
    /// The next step's date: the intention note's while it is ahead, else the dossier's.
    deadline: Option<String>,
    /// `intention` or `submission`: which step `deadline` is the date of.
    deadline_kind: Option<&'static str>,
    deadline_iso: Option<String>,
    steps: Vec<String>,
    contact: Option<ContactView>,
}

#[derive(Serialize)]
struct ContactView {
    organisation: Option<String>,
    email: Option<String>,
    phone: Option<String>,
    /// `tel:` URL of the phone number (digits and a leading `+`).
    phone_url: Option<String>,
    address: Option<String>,
}

/// The steps of taking part, in the theme's strings (`take_part_1` …), with the caps of the
/// newest edition in place of `{start_fund}` and `{grant}`; when that edition has tracks, step 3 is
/// `take_part_3_tracks`, each track with its own cap (`take_part_track`) in place of `{tracks}`.
const TAKE_PART_STEPS: usize = 4;

fn take_part(cx: &Ctx, loc: &Locale) -> TakePart {
    let p = &cx.site.programme;
    let edition = p.editions.last();
    let money = |c| loc.formats().money_short(c);
    let start_fund = edition.map_or(p.start_fund_max, |e| e.start_fund_max);
    let grant = money(edition.map_or(p.grant_max, |e| e.grant_max));
    let tracks: Vec<String> = edition
        .map(|e| e.tracks.as_slice())
        .unwrap_or_default()
        .iter()
        .map(|t| {
            loc.t("take_part_track")
                .replace("{name}", t.name.get(loc.lang()))
                .replace("{grant}", &money(t.grant_max))
        })
        .collect();
    let steps = (1..=TAKE_PART_STEPS)
        .map(|n| {
            // With tracks, each track states its own cap: no one "up to" figure.
            let key = match n {
                3 if !tracks.is_empty() => "take_part_3_tracks".to_string(),
                // A call without a start fund does not mention one.
                2 if start_fund.is_none() => "take_part_2_no_start_fund".to_string(),
                _ => format!("take_part_{n}"),
            };
            loc.t(&key)
                .replace("{start_fund}", &start_fund.map(money).unwrap_or_default())
                .replace("{grant}", &grant)
                .replace("{tracks}", &tracks.join(", "))
        })
        .collect();
    let contact = p.contact.as_ref().map(|c| ContactView {
        organisation: c
            .organisation
            .as_ref()
            .map(|l| l.get(loc.lang()).to_string()),
        email: c.email.as_ref().map(|e| e.as_str().to_string()),
        phone: c.phone.clone(),
        phone_url: c.phone.as_ref().map(|ph| {
            let digits: String = ph
                .chars()
                .filter(|ch| ch.is_ascii_digit() || *ch == '+')
                .collect();
            format!("tel:{digits}")
        }),
        address: c.address.as_ref().map(|l| l.get(loc.lang()).to_string()),
    });
    let next = edition.map(|e| e.next_deadline(cx.shared.today));
    TakePart {
        edition: edition.map(|e| e.year),
        edition_name: edition.map(|e| e.name(loc.lang())),
        deadline: next.map(|(_, d)| loc.formats().date(d)),
        deadline_kind: next.map(|(k, _)| match k {
            Deadline::Intention => "intention",
            Deadline::Submission => "submission",
        }),
        deadline_iso: next.map(|(_, d)| d.iso()),
        steps,
        contact,
    }
}

#[derive(Serialize)]
struct HomeView {
    name: String,
    call: String,
    take_part: TakePart,
    figures: Figures,
    by_theme: Chart,
    by_status: Chart,
    latest: Vec<NewsItem>,
    pages: Vec<Link>,
    map: Option<MapView>,
}

/// How many updates and meetings the home page shows.
const LATEST: usize = 8;

/// `/<lang>/`: programme, figures, charts, latest updates.
pub fn render_home(cx: &Ctx, loc: &Locale) -> Result<Output, RenderError> {
    let site = cx.site;
    let projects = || site.districts.iter().flat_map(|d| d.projects.iter());
    let sum = |f: &dyn Fn(&crate::model::Project) -> Option<Cents>| -> String {
        loc.formats().money(projects().filter_map(f).sum())
    };
    let view = HomeView {
        name: site.programme.name.get(loc.lang()).to_string(),
        call: site.programme.call.get(loc.lang()).to_string(),
        take_part: take_part(cx, loc),
        figures: Figures {
            districts: site.districts.len(),
            projects: projects().count(),
            meetings: site.meetings.len(),
            requested: sum(&|p| Some(p.budget.requested_total())),
            granted: sum(&|p| p.budget.granted),
            spent: sum(&|p| p.budget.spent),
        },
        by_theme: charts::programme_by_theme(cx, loc),
        by_status: charts::programme_by_status(cx, loc),
        latest: news(cx, loc)
            .into_iter()
            .take(LATEST)
            .map(|n| n.1)
            .collect(),
        pages: site
            .pages
            .iter()
            .map(|p| Link {
                url: cx.urls.path(&urls::page(loc.lang(), p.id.as_str())),
                label: p.text.get(loc.lang()).0.title.clone(),
            })
            .collect(),
        map: map_view(cx, loc, None)?,
    };
    let title = view.name.clone();
    cx.page(loc, "home.html", Section::Home, &urls::home, &title, &view)
}

/// Project updates and meetings, newest first (ties by title), with their dates.
pub fn news(cx: &Ctx, loc: &Locale) -> Vec<(Date, NewsItem)> {
    let mut items = Vec::new();
    for d in &cx.site.districts {
        for p in &d.projects {
            items.extend(cards::project_news(cx, loc, p));
        }
    }
    for m in &cx.site.meetings {
        let card = cards::meeting_card(cx, loc, m);
        let (t, _) = m.text.get(loc.lang());
        let item = NewsItem {
            date: card.date,
            iso: card.iso,
            title: card.title,
            title_lang: card.lang.clone(),
            url: card.url,
            // The summary, else the start of the report: a feed entry is never empty.
            text: super::describe::description(&m.text, loc.lang()).unwrap_or_default(),
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

/// Renders every page of a list of `len` items at `rel_of(lang)`: `view_of(items, pager)` makes
/// the view of a page from the positions of its items.
#[allow(clippy::too_many_arguments)]
fn render_list<V: Serialize>(
    cx: &Ctx,
    loc: &Locale,
    template: &str,
    section: Section,
    rel_of: &dyn Fn(&str) -> String,
    title: &str,
    len: usize,
    view_of: &dyn Fn(Range<usize>, Pager) -> V,
) -> Result<Vec<Output>, RenderError> {
    let total = page_count(len);
    let label = loc.t("page_of");
    (1..=total)
        .map(|n| {
            let url_of = |k: usize| cx.urls.path(&urls::list_page(&rel_of(loc.lang()), k));
            let view = view_of(page_range(len, n), Pager::new(n, total, &label, &url_of));
            let rel = |l: &str| urls::list_page(&rel_of(l), n);
            let title = if n > 1 {
                format!(
                    "{title} ({})",
                    label
                        .replace("{n}", &n.to_string())
                        .replace("{total}", &total.to_string())
                )
            } else {
                title.to_string()
            };
            cx.page(loc, template, section, &rel, &title, &view)
        })
        .collect()
}

/// The number of pages of each list page (for the file list of `serve`).
pub fn list_pages(site: &crate::model::Site, what: ListOf) -> usize {
    page_count(match what {
        ListOf::Districts => site.districts.len(),
        ListOf::Experts => site.persons.len(),
        ListOf::Meetings => site.meetings.len(),
        ListOf::Theme(t) => {
            let (p, d, e, m) = theme_items(site, t);
            p.len() + d.len() + e.len() + m.len()
        }
        ListOf::Commune(c) => commune_districts(site, c).len(),
    })
}

/// A paginated list.
#[derive(Clone, Copy)]
pub enum ListOf<'a> {
    Districts,
    Experts,
    Meetings,
    Theme(&'a Term),
    Commune(&'a Term),
}

#[derive(Serialize)]
struct DistrictsView {
    /// All districts.
    count: usize,
    districts: Vec<DistrictCard>,
    filters: Filters,
    pager: Pager,
    /// The search index's `meta.json`: the filters search every district, not only this page's.
    index_url: String,
    /// The search page (the form's action).
    search_url: String,
    /// The map of every district, on the first page.
    map: Option<MapView>,
}

/// `/<lang>/districts/` (paginated): the districts, with filters by theme, commune, status and
/// edition over all of them.
pub fn render_districts(cx: &Ctx, loc: &Locale) -> Result<Vec<Output>, RenderError> {
    let districts = &cx.site.districts;
    let mut filters = search_page::filters(cx, loc);
    filters.kinds.clear();
    let title = loc.t("nav_districts");
    // The map is on the first page only.
    let map = std::cell::RefCell::new(map_view(cx, loc, None)?);
    render_list(
        cx,
        loc,
        "districts.html",
        Section::Districts,
        &urls::districts,
        &title,
        districts.len(),
        &|range, pager| DistrictsView {
            count: districts.len(),
            districts: districts[range]
                .iter()
                .map(|d| cards::district_card(cx, loc, d))
                .collect(),
            filters: filters.clone(),
            index_url: cx
                .urls
                .path(&format!("{}meta.json", search_page::index_dir(loc.lang()))),
            search_url: cx.urls.path(&urls::search(loc.lang())),
            map: if pager.current == 1 {
                map.borrow_mut().take()
            } else {
                None
            },
            pager,
        },
    )
}

/// The districts of a commune, in the order of the districts list.
fn commune_districts<'a>(
    site: &'a crate::model::Site,
    commune: &Term,
) -> Vec<&'a crate::model::District> {
    site.districts
        .iter()
        .filter(|d| d.in_commune(commune.id.as_str()))
        .collect()
}

#[derive(Serialize)]
struct CommuneView {
    label: String,
    districts: Vec<DistrictCard>,
    /// All the commune's districts.
    count: usize,
    pager: Pager,
}

/// `/<lang>/communes/<commune>/` (paginated): the districts of a commune, so that the lists by
/// commune work without JavaScript (the districts list's commune filter needs it).
pub fn render_commune(cx: &Ctx, loc: &Locale, commune: &Term) -> Result<Vec<Output>, RenderError> {
    let districts = commune_districts(cx.site, commune);
    let label = commune.labels.get(loc.lang()).to_string();
    let rel = |l: &str| urls::commune(l, commune.id.as_str());
    render_list(
        cx,
        loc,
        "commune.html",
        Section::Districts,
        &rel,
        &label,
        districts.len(),
        &|range, pager| CommuneView {
            label: label.clone(),
            districts: districts[range]
                .iter()
                .map(|d| cards::district_card(cx, loc, d))
                .collect(),
            count: districts.len(),
            pager,
        },
    )
}

/// A part of a list shown on one page, with the whole list's length.
#[derive(Serialize)]
struct Part<T> {
    total: usize,
    items: Vec<T>,
}

/// The part of `section` (positions `range` of the whole list) on the page showing `page`.
fn part<'a, S, T>(
    section: &[&'a S],
    range: Range<usize>,
    page: &Range<usize>,
    card: impl Fn(&'a S) -> T,
) -> Part<T> {
    Part {
        total: section.len(),
        items: section[section_part(range, page)]
            .iter()
            .map(|s| card(s))
            .collect(),
    }
}

/// Positions of consecutive sections of `lens` items in one list.
fn ranges<const N: usize>(lens: [usize; N]) -> [Range<usize>; N] {
    let mut start = 0;
    lens.map(|len| {
        let r = start..start + len;
        start += len;
        r
    })
}

#[derive(Serialize)]
struct ExpertsView {
    coaches: Part<PersonCard>,
    experts: Part<PersonCard>,
    pager: Pager,
}

/// `/<lang>/experts/` (paginated): coaches, then thematic experts.
pub fn render_experts(cx: &Ctx, loc: &Locale) -> Result<Vec<Output>, RenderError> {
    let of = |role| -> Vec<&crate::model::Person> {
        cx.site.persons.iter().filter(|p| p.role == role).collect()
    };
    let (coaches, experts) = (
        of(crate::model::Role::Coach),
        of(crate::model::Role::Expert),
    );
    let [c, e] = ranges([coaches.len(), experts.len()]);
    let title = loc.t("nav_experts");
    let card = |p| cards::person_card(cx, loc, p);
    render_list(
        cx,
        loc,
        "experts.html",
        Section::Experts,
        &urls::experts,
        &title,
        e.end,
        &|page, pager| ExpertsView {
            coaches: part(&coaches, c.clone(), &page, card),
            experts: part(&experts, e.clone(), &page, card),
            pager,
        },
    )
}

#[derive(Serialize)]
struct MeetingsView {
    meetings: Vec<MeetingCard>,
    pager: Pager,
}

/// `/<lang>/meetings/` (paginated): exchange meetings, newest first.
pub fn render_meetings(cx: &Ctx, loc: &Locale) -> Result<Vec<Output>, RenderError> {
    let meetings: Vec<&crate::model::Meeting> = cx.site.meetings.iter().rev().collect();
    let title = loc.t("nav_meetings");
    render_list(
        cx,
        loc,
        "meetings.html",
        Section::Meetings,
        &urls::meetings,
        &title,
        meetings.len(),
        &|range, pager| MeetingsView {
            meetings: meetings[range]
                .iter()
                .map(|m| cards::meeting_card(cx, loc, m))
                .collect(),
            pager,
        },
    )
}

#[derive(Serialize)]
struct ThemeView {
    label: String,
    projects: Part<ProjectCard>,
    districts: Part<DistrictCard>,
    experts: Part<PersonCard>,
    meetings: Part<MeetingCard>,
    /// The theme's meetings as a calendar feed (`…/calendar.ics`).
    calendar: String,
    pager: Pager,
}

/// The items of a theme: projects, districts, experts, meetings (newest first).
type ThemeItems<'a> = (
    Vec<&'a crate::model::Project>,
    Vec<&'a crate::model::District>,
    Vec<&'a crate::model::Person>,
    Vec<&'a crate::model::Meeting>,
);

fn theme_items<'a>(site: &'a crate::model::Site, theme: &Term) -> ThemeItems<'a> {
    let id = &theme.id;
    (
        site.districts
            .iter()
            .flat_map(|d| d.projects.iter())
            .filter(|p| p.themes.contains(id))
            .collect(),
        site.districts
            .iter()
            .filter(|d| d.themes.contains(id))
            .collect(),
        site.persons
            .iter()
            .filter(|p| p.themes.contains(id))
            .collect(),
        site.meetings
            .iter()
            .rev()
            .filter(|m| m.themes.contains(id))
            .collect(),
    )
}

/// `/<lang>/themes/<theme>/` (paginated): the projects, districts, experts and meetings of a
/// theme, one list in that order, each page showing its part of each.
pub fn render_theme(cx: &Ctx, loc: &Locale, theme: &Term) -> Result<Vec<Output>, RenderError> {
    let (projects, districts, experts, meetings) = theme_items(cx.site, theme);
    let [p, d, e, m] = ranges([
        projects.len(),
        districts.len(),
        experts.len(),
        meetings.len(),
    ]);
    let rel = |l: &str| urls::theme(l, theme.id.as_str());
    let label = theme.labels.get(loc.lang()).to_string();
    let calendar = cx.urls.path(&urls::calendar(&rel(loc.lang())));
    render_list(
        cx,
        loc,
        "theme.html",
        Section::Other,
        &rel,
        &label,
        m.end,
        &|page, pager| ThemeView {
            label: label.clone(),
            projects: part(&projects, p.clone(), &page, |x| {
                cards::project_card(cx, loc, x)
            }),
            districts: part(&districts, d.clone(), &page, |x| {
                cards::district_card(cx, loc, x)
            }),
            experts: part(&experts, e.clone(), &page, |x| {
                cards::person_card(cx, loc, x)
            }),
            meetings: part(&meetings, m.clone(), &page, |x| {
                cards::meeting_card(cx, loc, x)
            }),
            calendar: calendar.clone(),
            pager,
        },
    )
}

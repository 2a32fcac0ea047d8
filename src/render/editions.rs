//! The selection committee's pages: `/<lang>/editions/` (every edition of the call),
//! `/<lang>/editions/<year>/` (every dossier of an edition: track, status, district, communes,
//! requested against the cap, projects, what the status still lacks) and
//! `/<lang>/editions/<year>/print/` (every submitted dossier in full, for printing).

use super::cards;
use super::context::{Ctx, Section};
use super::list_texts::{budget_lines, roadmap, LineView, StepView};
use super::locale::Locale;
use super::view::{Link, StatusView};
use super::{Output, RenderError};
use crate::model::{gaps, Cents, District, Dossier, Edition, Requirement, Status};
use crate::site::urls;
use serde::Serialize;

/// An edition in the list of editions.
#[derive(Serialize)]
struct EditionCard {
    name: String,
    url: String,
    deadline: String,
    deadline_iso: String,
    dossiers: usize,
    submitted: usize,
}

#[derive(Serialize)]
struct EditionsView {
    editions: Vec<EditionCard>,
}

/// A grant track of the edition with its cap, or the edition's one cap.
#[derive(Serialize)]
struct CapView {
    label: String,
    cap: String,
}

/// One dossier of an edition, as the committee reads it.
#[derive(Serialize)]
struct DossierRow {
    /// Unique in the print page: the district's id.
    anchor: String,
    district: Link,
    communes: String,
    track: Option<String>,
    status: StatusView,
    requested: String,
    cap: String,
    /// The requested total is above the cap (never in a valid site; shown all the same).
    over_cap: bool,
    granted: Option<String>,
    projects: Vec<Link>,
    /// The status the dossier goes to next, when there is one.
    next: Option<StatusView>,
    /// What the next status requires that the dossier does not hold yet.
    lacks: Vec<String>,
    /// The dossier's section on the print page, when it is printed there.
    print_url: Option<String>,
}

/// A project of a printed dossier.
#[derive(Serialize)]
struct PrintedProject {
    title: String,
    lang: String,
    summary: Option<String>,
    asks_nothing: bool,
    lines: Vec<LineView>,
    lines_lang: String,
    requested: String,
    granted: Option<String>,
    roadmap: Vec<StepView>,
    roadmap_lang: String,
}

/// A submitted dossier on the print page.
#[derive(Serialize)]
struct PrintedDossier {
    row: DossierRow,
    coach: Option<String>,
    steering_group: Option<u32>,
    submitted: Option<String>,
    projects: Vec<PrintedProject>,
}

#[derive(Serialize)]
struct EditionView {
    year: u32,
    name: String,
    deadline: String,
    deadline_iso: String,
    caps: Vec<CapView>,
    dossiers: Vec<DossierRow>,
    /// The edition's page (the print page links back to it).
    url: String,
    print_url: String,
    /// On the print page: every submitted dossier in full.
    printed: Vec<PrintedDossier>,
}

/// Whether a dossier has been submitted: its status is past preparation.
fn is_submitted(x: &Dossier) -> bool {
    x.status != Status::Preparation
}

/// The dossiers of edition `year`, with their districts, in the order of the districts' names.
fn dossiers_of<'a>(cx: &Ctx<'a>, loc: &Locale, year: u32) -> Vec<(&'a District, &'a Dossier)> {
    let mut out: Vec<(&District, &Dossier)> = cx
        .site
        .districts
        .iter()
        .filter_map(|d| d.dossier(year).map(|x| (d, x)))
        .collect();
    super::collate::sort_by_label(&mut out, |(d, _)| d.name_in(loc.lang()));
    out
}

/// `/<lang>/editions/`: every edition, newest first, with its number of dossiers.
pub fn render_list(cx: &Ctx, loc: &Locale) -> Result<Output, RenderError> {
    let editions = cx
        .site
        .programme
        .editions
        .iter()
        .rev()
        .map(|e| {
            let all = dossiers_of(cx, loc, e.year);
            EditionCard {
                name: e.name(loc.lang()),
                url: cx.urls.path(&urls::edition(loc.lang(), e.year)),
                deadline: loc.formats().date(e.submission_deadline),
                deadline_iso: e.submission_deadline.iso(),
                submitted: all.iter().filter(|(_, x)| is_submitted(x)).count(),
                dossiers: all.len(),
            }
        })
        .collect();
    let title = loc.t("editions_title");
    let view = EditionsView { editions };
    cx.page(
        loc,
        "editions.html",
        Section::Other,
        &urls::editions,
        &title,
        &view,
    )
}

/// `/<lang>/editions/<year>/`, or with `print` its print page.
pub fn render_edition(
    cx: &Ctx,
    loc: &Locale,
    e: &Edition,
    print: bool,
) -> Result<Output, RenderError> {
    let dossiers = dossiers_of(cx, loc, e.year);
    let printed = if print {
        dossiers
            .iter()
            .filter(|(_, x)| is_submitted(x))
            .map(|(d, x)| printed_dossier(cx, loc, e, d, x))
            .collect()
    } else {
        Vec::new()
    };
    let view = EditionView {
        year: e.year,
        name: e.name(loc.lang()),
        deadline: loc.formats().date(e.submission_deadline),
        deadline_iso: e.submission_deadline.iso(),
        caps: caps(loc, e),
        dossiers: dossiers
            .iter()
            .map(|(d, x)| dossier_row(cx, loc, e, d, x))
            .collect(),
        url: cx.urls.path(&urls::edition(loc.lang(), e.year)),
        print_url: cx.urls.path(&urls::edition_print(loc.lang(), e.year)),
        printed,
    };
    let year = e.year;
    let (template, key) = if print {
        ("edition_print.html", "edition_print_title")
    } else {
        ("edition.html", "edition_title")
    };
    let title = loc.t(key).replace("{edition}", &e.name(loc.lang()));
    let rel = move |l: &str| {
        if print {
            urls::edition_print(l, year)
        } else {
            urls::edition(l, year)
        }
    };
    cx.page(loc, template, Section::Other, &rel, &title, &view)
}

/// The caps of an edition: one per track, else the edition's one.
fn caps(loc: &Locale, e: &Edition) -> Vec<CapView> {
    let f = loc.formats();
    if e.tracks.is_empty() {
        return vec![CapView {
            label: loc.t("edition_grant_cap"),
            cap: f.money(e.grant_max),
        }];
    }
    e.tracks
        .iter()
        .map(|t| CapView {
            label: t.name.get(loc.lang()).to_string(),
            cap: f.money(t.grant_max),
        })
        .collect()
}

fn dossier_row(cx: &Ctx, loc: &Locale, e: &Edition, d: &District, x: &Dossier) -> DossierRow {
    let f = loc.formats();
    let projects: Vec<_> = d.projects_of(e.year).collect();
    let requested: Cents = projects.iter().map(|p| p.budget.requested_total()).sum();
    let granted: Vec<Cents> = projects.iter().filter_map(|p| p.budget.granted).collect();
    let cap = e.grant_cap(x.track.as_ref());
    let next = next_status(x.status);
    DossierRow {
        anchor: d.id.to_string(),
        district: Link {
            url: cx.urls.path(&urls::district(loc.lang(), d.id.as_str())),
            label: d.name_in(loc.lang()).to_string(),
        },
        communes: cx.communes_label(loc, d),
        track: x
            .track
            .as_ref()
            .and_then(|t| e.track(t))
            .map(|t| t.name.get(loc.lang()).to_string()),
        status: cx.status_view(loc, x.status),
        requested: f.money(requested),
        cap: f.money(cap),
        over_cap: requested > cap,
        granted: (!granted.is_empty()).then(|| f.money(granted.into_iter().sum())),
        projects: projects
            .iter()
            .map(|p| {
                let card = cards::project_card(cx, loc, p);
                Link {
                    url: card.url,
                    label: card.title,
                }
            })
            .collect(),
        next: next.map(|s| cx.status_view(loc, s)),
        lacks: lacks(d, x, e)
            .into_iter()
            .map(|r| loc.t(&format!("lacks_{}", requirement_key(r))))
            .collect(),
        print_url: is_submitted(x).then(|| {
            let print = cx.urls.path(&urls::edition_print(loc.lang(), e.year));
            format!("{print}#{}", d.id.as_str())
        }),
    }
}

fn printed_dossier(
    cx: &Ctx,
    loc: &Locale,
    e: &Edition,
    d: &District,
    x: &Dossier,
) -> PrintedDossier {
    let f = loc.formats();
    let projects = d
        .projects_of(e.year)
        .map(|p| {
            let (t, _) = p.text.get(loc.lang());
            let lines = budget_lines(cx, loc, p);
            let steps = roadmap(loc, p);
            PrintedProject {
                title: t.title.clone(),
                lang: t.lang.clone(),
                summary: t.summary.clone(),
                asks_nothing: p.budget.asks_nothing(),
                lines: lines.items,
                lines_lang: lines.lang,
                requested: f.money(p.budget.requested_total()),
                granted: p.budget.granted.map(|g| f.money(g)),
                roadmap: steps.items,
                roadmap_lang: steps.lang,
            }
        })
        .collect();
    PrintedDossier {
        row: dossier_row(cx, loc, e, d, x),
        coach: d
            .coach
            .as_ref()
            .and_then(|c| cx.person(c.as_str()))
            .map(|p| p.name.clone()),
        steering_group: d.steering_group,
        submitted: x.submitted.map(|s| f.date(s)),
        projects,
    }
}

/// The status a dossier goes to next: preparation → submitted → selected → realisation →
/// evaluated; none after `not-selected` or `evaluated`.
fn next_status(s: Status) -> Option<Status> {
    match s {
        Status::Preparation => Some(Status::Submitted),
        Status::Submitted => Some(Status::Selected),
        Status::Selected => Some(Status::Realisation),
        Status::Realisation => Some(Status::Evaluated),
        Status::NotSelected | Status::Evaluated => None,
    }
}

/// What a dossier still lacks, by the one requirement predicate (`model::gaps`): for its next
/// status (a site that builds meets what the current status requires), else for its own; each
/// requirement once.
fn lacks(d: &District, x: &Dossier, e: &Edition) -> Vec<Requirement> {
    let mut ahead = x.clone();
    ahead.status = next_status(x.status).unwrap_or(x.status);
    let mut out: Vec<Requirement> = Vec::new();
    for g in gaps(d, &ahead, Some(e)) {
        let r = g.requirement();
        if !out.contains(&r) {
            out.push(r);
        }
    }
    out
}

/// The theme string suffix of a requirement (`lacks_<key>`).
fn requirement_key(r: Requirement) -> &'static str {
    match r {
        Requirement::SubmittedDate => "submitted_date",
        Requirement::IntentionDate => "intention_date",
        Requirement::PlaceDescription => "place_description",
        Requirement::SteeringGroup => "steering_group",
        Requirement::Coach => "coach",
        Requirement::ProjectsWithBudgetAndRoadmap => "projects",
        Requirement::Decision => "decision",
        Requirement::ProjectsGranted => "granted",
        Requirement::Evaluation => "evaluation",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_status_but_the_last_ones_has_a_next() {
        assert_eq!(next_status(Status::Preparation), Some(Status::Submitted));
        assert_eq!(next_status(Status::Submitted), Some(Status::Selected));
        assert_eq!(next_status(Status::NotSelected), None);
        assert_eq!(next_status(Status::Evaluated), None);
    }
}

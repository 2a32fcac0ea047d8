//! The searchable documents of one language: every public text of the site (district
//! descriptions, projects with their budget lines, roadmap and updates, experts, meetings, free
//! pages), each with what a result shows and the facets it is filtered by.

use crate::model::{Date, Id, Localized, Status};
use crate::render::{kind_labels, Ctx, ImageView, Locale};
use crate::site::{urls, Kind};
use rayon::prelude::*;
use std::collections::BTreeMap;

/// One searchable page.
#[derive(Default)]
pub struct Doc {
    /// The file of the text (its words are analysed once for every language).
    pub file: std::path::PathBuf,
    /// Its kind (the index says it by its place in [`Kind::ALL`], the kind filter's order).
    pub kind: Kind,
    pub title: String,
    pub url: String,
    /// Language of the text (the original's when there is no translation).
    pub lang: String,
    /// Indexed with the title, above the rest.
    pub summary: String,
    /// The body as plain text (shared with every language that shows the same file).
    pub body: std::sync::Arc<str>,
    /// The rest of the text (evaluations, budget lines, roadmap, updates, partners), each line
    /// after a line break; with the body, shown in excerpts.
    pub more: String,
    /// Words that find the page but are not shown in its excerpt (district, commune, themes).
    pub labels: String,
    /// What a result shows under its title: district, commune, edition, status, date.
    pub meta: Vec<String>,
    /// Facet values: indices in [`Facets`]'s lists.
    pub themes: Vec<usize>,
    pub communes: Vec<usize>,
    pub statuses: Vec<usize>,
    pub editions: Vec<usize>,
    /// For ranking ties: newer first.
    pub date: Option<Date>,
    /// The cover of a district or project, for a result to show.
    pub cover: Option<ImageView>,
}

/// The values documents are filtered by: (id, label) in the order of the index's lists.
#[derive(Default)]
pub struct Facets {
    pub kinds: Vec<(String, String)>,
    pub themes: Vec<(String, String)>,
    pub communes: Vec<(String, String)>,
    pub statuses: Vec<(String, String)>,
    pub editions: Vec<(String, String)>,
}

/// Positions of ids in a facet list.
struct Lookup(BTreeMap<String, usize>);

impl Lookup {
    fn new(list: &[(String, String)]) -> Lookup {
        Lookup(
            list.iter()
                .enumerate()
                .map(|(i, (id, _))| (id.clone(), i))
                .collect(),
        )
    }
    fn all<'a>(&self, ids: impl IntoIterator<Item = &'a str>) -> Vec<usize> {
        let mut v: Vec<usize> = ids
            .into_iter()
            .filter_map(|i| self.0.get(i).copied())
            .collect();
        v.sort_unstable();
        v.dedup();
        v
    }
}

/// The facets of the site in the language of `loc`: every kind, theme, commune, status and edition.
pub fn facets(cx: &Ctx, loc: &Locale) -> Facets {
    let site = cx.site;
    let terms = |list: &[crate::model::Term]| {
        list.iter()
            .map(|t| (t.id.to_string(), t.labels.get(loc.lang()).to_string()))
            .collect()
    };
    Facets {
        kinds: kind_labels(loc),
        themes: terms(&site.themes),
        communes: terms(&site.communes),
        statuses: Status::ALL
            .iter()
            .map(|s| (s.as_str().to_string(), cx.status_view(loc, *s).label))
            .collect(),
        editions: site
            .programme
            .editions
            .iter()
            .map(|e| (e.year.to_string(), e.year.to_string()))
            .collect(),
    }
}

/// Every document of the site in the language of `loc`, newest first (then by kind and URL).
#[allow(clippy::too_many_lines)] // one block per kind of document; to split, one fn each
pub fn documents(cx: &Ctx, loc: &Locale, facets: &Facets) -> Vec<Doc> {
    let site = cx.site;
    let themes = Lookup::new(&facets.themes);
    let communes = Lookup::new(&facets.communes);
    let statuses = Lookup::new(&facets.statuses);
    let editions = Lookup::new(&facets.editions);
    let theme_labels = |v: &[Id]| {
        v.iter()
            .map(|i| cx.theme_chip(loc, i.as_str()).label)
            .collect::<Vec<_>>()
            .join(" ")
    };
    // The bodies as plain text (parsing their Markdown is most of the work here), from every core.
    let bodies: Vec<&Localized> = site
        .districts
        .iter()
        .flat_map(|d| std::iter::once(&d.text).chain(d.projects.iter().map(|p| &p.text)))
        .chain(site.persons.iter().map(|p| &p.text))
        .chain(site.meetings.iter().map(|m| &m.text))
        .chain(site.pages.iter().map(|p| &p.text))
        .collect();
    bodies.par_iter().for_each(|t| {
        cx.body_text(t.get(loc.lang()).0);
    });
    let mut docs = Vec::new();
    for d in &site.districts {
        let commune = cx.communes_label(loc, d);
        let latest = d.latest_dossier();
        let mut doc = text_doc(
            cx,
            loc,
            Kind::District,
            &d.text,
            cx.urls.path(&urls::district(loc.lang(), d.id.as_str())),
        );
        for x in &d.dossiers {
            if let Some(e) = &x.evaluation {
                let Some(summary) = e.summary.as_deref() else {
                    continue;
                };
                push_line(
                    &mut doc,
                    e.tr.pick(summary, &d.text.original.lang, loc.lang()).0,
                );
            }
        }
        doc.labels = format!("{commune} {}", theme_labels(&d.themes));
        doc.themes = themes.all(d.themes.iter().map(Id::as_str));
        doc.communes = communes.all(d.communes.iter().map(|c| c.as_str()));
        doc.statuses = statuses.all(latest.map(|x| x.status.as_str()));
        let years: Vec<String> = d.dossiers.iter().map(|x| x.edition.to_string()).collect();
        doc.editions = editions.all(years.iter().map(String::as_str));
        doc.date = d.dossiers.iter().filter_map(dossier_date).max();
        doc.cover = cx.cover(loc, d.cover.as_deref(), &d.text);
        doc.meta = [
            Some(commune),
            latest.map(|x| cx.status_view(loc, x.status).label),
        ]
        .into_iter()
        .flatten()
        .collect();
        docs.push(doc);
        for p in &d.projects {
            let url = cx
                .urls
                .path(&urls::project(loc.lang(), d.id.as_str(), p.id.as_str()));
            let mut doc = text_doc(cx, loc, Kind::Project, &p.text, url);
            doc.cover = cx.cover(loc, p.cover.as_deref(), &p.text);
            let original = p.text.original.lang.as_str();
            for l in &p.budget.lines {
                push_line(&mut doc, l.tr.pick(&l.label, original, loc.lang()).0);
            }
            for s in &p.roadmap {
                push_line(&mut doc, s.tr.pick(&s.step, original, loc.lang()).0);
            }
            for u in &p.updates {
                push_line(&mut doc, u.tr.pick(&u.text, original, loc.lang()).0);
            }
            for partner in &p.partners {
                push_line(&mut doc, &partner.name);
            }
            let status = cx.project_status(p);
            let commune = cx.communes_label(loc, d);
            doc.labels = format!(
                "{} {commune} {}",
                d.name_in(loc.lang()),
                theme_labels(&p.themes)
            );
            doc.themes = themes.all(p.themes.iter().map(Id::as_str));
            doc.communes = communes.all(d.communes.iter().map(|c| c.as_str()));
            doc.statuses = statuses.all(status.map(Status::as_str));
            let year = p.edition.to_string();
            doc.editions = editions.all([year.as_str()]);
            doc.date = p
                .updates
                .iter()
                .map(|u| u.date)
                .chain(d.dossier(p.edition).and_then(dossier_date))
                .max();
            doc.meta = [
                Some(d.name_in(loc.lang()).to_string()),
                Some(commune),
                Some(year),
            ]
            .into_iter()
            .chain([status.map(|s| cx.status_view(loc, s).label)])
            .flatten()
            .collect();
            docs.push(doc);
        }
    }
    for p in &site.persons {
        let mut doc = text_doc(
            cx,
            loc,
            Kind::Expert,
            &p.text,
            cx.urls.path(&urls::expert(loc.lang(), p.id.as_str())),
        );
        let role = loc.t(&format!("role_{}", p.role.as_str()));
        doc.summary = [
            doc.summary.as_str(),
            p.organisation.as_deref().unwrap_or(""),
        ]
        .join(" ");
        doc.labels = format!("{role} {}", theme_labels(&p.themes));
        doc.themes = themes.all(p.themes.iter().map(Id::as_str));
        doc.meta = [Some(role), p.organisation.clone()]
            .into_iter()
            .flatten()
            .collect();
        docs.push(doc);
    }
    for m in &site.meetings {
        let mut doc = text_doc(
            cx,
            loc,
            Kind::Meeting,
            &m.text,
            cx.urls.path(&urls::meeting(loc.lang(), m.id.as_str())),
        );
        let districts: Vec<&crate::model::District> = m
            .districts
            .iter()
            .filter_map(|d| cx.district(d.as_str()))
            .collect();
        let names: Vec<&str> = districts.iter().map(|d| d.name_in(loc.lang())).collect();
        doc.labels = format!(
            "{} {} {}",
            m.place.as_deref().unwrap_or(""),
            names.join(" "),
            theme_labels(&m.themes)
        );
        doc.themes = themes.all(m.themes.iter().map(Id::as_str));
        doc.communes = communes.all(
            districts
                .iter()
                .flat_map(|d| d.communes.iter().map(|c| c.as_str())),
        );
        doc.date = Some(m.date);
        doc.meta = [Some(loc.formats().date(m.date)), m.place.clone()]
            .into_iter()
            .flatten()
            .collect();
        docs.push(doc);
    }
    for pg in &site.pages {
        docs.push(text_doc(
            cx,
            loc,
            Kind::Page,
            &pg.text,
            cx.urls.path(&urls::page(loc.lang(), pg.id.as_str())),
        ));
    }
    docs.sort_by(|a, b| {
        b.date
            .cmp(&a.date)
            .then(a.kind.cmp(&b.kind))
            .then_with(|| a.url.cmp(&b.url))
    });
    docs
}

/// The latest date of a dossier (evaluation, decision or submission).
fn dossier_date(x: &crate::model::Dossier) -> Option<Date> {
    [
        x.evaluation.as_ref().map(|e| e.date),
        x.decision.as_ref().map(|d| d.date),
        x.submitted,
    ]
    .into_iter()
    .flatten()
    .max()
}

/// Adds a line to the text of `doc`, after its body and the lines before.
fn push_line(doc: &mut Doc, line: &str) {
    if !doc.body.is_empty() || !doc.more.is_empty() {
        doc.more.push('\n');
    }
    doc.more.push_str(line.trim());
}

/// A document from a text in the language of `loc`: title, summary and body as plain text.
fn text_doc(cx: &Ctx, loc: &Locale, kind: Kind, text: &Localized, url: String) -> Doc {
    let (t, _) = text.get(loc.lang());
    Doc {
        file: t.file.clone(),
        kind,
        title: t.title.clone(),
        url,
        lang: t.lang.clone(),
        summary: t.summary.clone().unwrap_or_default(),
        body: cx.body_text(t),
        ..Doc::default()
    }
}

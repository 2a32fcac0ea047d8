//! Search: the filter choices, the entries of `/<lang>/search/` and its build-time JSON index.

use super::context::{Ctx, Section};
use super::urls;
use super::view::*;
use super::{Output, RenderError};
use crate::model::{Id, Localized, Status};
use serde::Serialize;
use std::collections::BTreeSet;

/// The choices of the theme, commune and status filters (communes and statuses in use only).
pub fn filters(cx: &Ctx, lang: &str) -> Filters {
    let site = cx.site;
    let communes: BTreeSet<&str> = site.districts.iter().map(|d| d.commune.as_str()).collect();
    let statuses: BTreeSet<Status> = site
        .districts
        .iter()
        .filter_map(|d| d.latest_dossier().map(|x| x.status))
        .collect();
    let mut communes: Vec<Chip> = communes
        .into_iter()
        .map(|c| cx.commune_chip(lang, c))
        .collect();
    super::collate::sort_by_label(&mut communes, |c| &c.label);
    let mut themes: Vec<Chip> = site
        .themes
        .iter()
        .map(|t| cx.theme_chip(lang, t.id.as_str()))
        .collect();
    super::collate::sort_by_label(&mut themes, |c| &c.label);
    Filters {
        themes,
        communes,
        statuses: statuses
            .into_iter()
            .map(|s| cx.status_view(lang, s))
            .collect(),
    }
}

/// Every searchable item in `lang`: districts, projects, experts, meetings.
pub fn items(cx: &Ctx, lang: &str) -> Vec<SearchItem> {
    let site = cx.site;
    let mut out = Vec::new();
    for d in &site.districts {
        let card = cx.district_card(lang, d);
        let status = card.status.map(|s| s.id).unwrap_or_default();
        out.push(item(
            cx,
            lang,
            "district",
            &d.text,
            card.url,
            &d.themes,
            d.commune.as_str(),
            &status,
        ));
        for p in &d.projects {
            let status = cx.project_status(p).map(|s| s.as_str()).unwrap_or_default();
            let url = cx
                .urls
                .path(&urls::project(lang, d.id.as_str(), p.id.as_str()));
            let mut it = item(
                cx,
                lang,
                "project",
                &p.text,
                url,
                &p.themes,
                d.commune.as_str(),
                status,
            );
            it.text = format!("{} {}", it.text, d.name.to_lowercase());
            out.push(it);
        }
    }
    for p in &site.persons {
        let url = cx.urls.path(&urls::expert(lang, p.id.as_str()));
        let mut it = item(cx, lang, "expert", &p.text, url, &p.themes, "", "");
        if let Some(org) = &p.organisation {
            it.summary = Some(org.clone());
            it.text = format!("{} {}", it.text, org.to_lowercase());
        }
        out.push(it);
    }
    for m in site.meetings.iter().rev() {
        let communes: BTreeSet<&str> = m
            .districts
            .iter()
            .filter_map(|d| cx.district(d.as_str()))
            .map(|d| d.commune.as_str())
            .collect();
        let communes = communes.into_iter().collect::<Vec<_>>().join(" ");
        let url = cx.urls.path(&urls::meeting(lang, m.id.as_str()));
        out.push(item(
            cx, lang, "meeting", &m.text, url, &m.themes, &communes, "",
        ));
    }
    out
}

#[allow(clippy::too_many_arguments)]
fn item(
    cx: &Ctx,
    lang: &str,
    kind: &str,
    text: &Localized,
    url: String,
    themes: &[Id],
    commune: &str,
    status: &str,
) -> SearchItem {
    let (t, _) = text.get(lang);
    let labels: Vec<String> = themes
        .iter()
        .map(|i| cx.theme_chip(lang, i.as_str()).label)
        .collect();
    let commune_labels: Vec<String> = commune
        .split_whitespace()
        .map(|c| cx.commune_chip(lang, c).label)
        .collect();
    let words = format!(
        "{} {} {} {} {}",
        t.title.to_lowercase(),
        t.summary.as_deref().unwrap_or("").to_lowercase(),
        cx.body_words(t),
        labels.join(" ").to_lowercase(),
        commune_labels.join(" ").to_lowercase()
    );
    SearchItem {
        id: format!(
            "{kind}-{}",
            url.trim_end_matches('/').rsplit('/').next().unwrap_or("")
        ),
        kind: kind.to_string(),
        kind_label: cx.t(lang, &format!("kind_{kind}")),
        title: t.title.clone(),
        lang: t.lang.clone(),
        url,
        summary: t.summary.clone(),
        themes: themes
            .iter()
            .map(|i| i.as_str())
            .collect::<Vec<_>>()
            .join(" "),
        commune: commune.to_string(),
        status: status.to_string(),
        text: words,
    }
}

#[derive(Serialize)]
struct SearchView {
    items: Vec<SearchItem>,
    filters: Filters,
    index_url: String,
}

/// `/<lang>/search/` (every item listed; the script filters) and `/<lang>/search/index.json`.
pub fn render_search(cx: &Ctx, lang: &str) -> Result<Vec<Output>, RenderError> {
    let items = items(cx, lang);
    let index = serde_json::to_vec(&items).map_err(|e| RenderError::Template {
        name: "search index".into(),
        message: e.to_string(),
    })?;
    let listed: Vec<SearchItem> = items
        .into_iter()
        .map(|mut i| {
            i.text.clear();
            i
        })
        .collect();
    let view = SearchView {
        items: listed,
        filters: filters(cx, lang),
        index_url: cx.urls.path(&format!("{}index.json", urls::search(lang))),
    };
    let title = cx.t(lang, "nav_search");
    let page = cx.page(
        lang,
        "search.html",
        Section::Search,
        &urls::search,
        &title,
        &view,
    )?;
    let json = Output::new(format!("{}index.json", urls::search(lang)), index);
    Ok(vec![page, json])
}

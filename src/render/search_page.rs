//! The search page: `/<lang>/search/`, the form (results come from the script, reading the
//! index that `crate::search` writes beside it), and the choices of its filters, which the
//! lists' own filters share.

use super::context::{Ctx, Section};
use super::locale::Locale;
use super::view::*;
use super::{Output, RenderError};
use crate::model::Status;
use crate::site::{urls, Kind};
use serde::Serialize;
use std::collections::BTreeSet;

/// The folder of a language's index files, below the site root.
pub fn index_dir(lang: &str) -> String {
    urls::search(lang)
}

/// Every kind of content as (id, label) in the language of `loc`, in the order of
/// [`Kind::ALL`]: the kind filter of the page and of the index.
pub fn kind_labels(loc: &Locale) -> Vec<(String, String)> {
    Kind::ALL
        .iter()
        .map(|k| (k.name().to_string(), loc.t(k.label())))
        .collect()
}

/// The choices of the kind, theme, commune, status and edition filters (communes and statuses
/// in use only).
pub fn filters(cx: &Ctx, loc: &Locale) -> Filters {
    let site = cx.site;
    let communes: BTreeSet<&str> = site
        .districts
        .iter()
        .flat_map(|d| d.communes.iter().map(|c| c.as_str()))
        .collect();
    let statuses: BTreeSet<Status> = site
        .districts
        .iter()
        .flat_map(|d| d.dossiers.iter().map(|x| x.status))
        .collect();
    let mut communes: Vec<Chip> = communes
        .into_iter()
        .map(|c| cx.commune_chip(loc, c))
        .collect();
    super::collate::sort_by_label(&mut communes, |c| &c.label);
    let mut themes: Vec<Chip> = site
        .themes
        .iter()
        .map(|t| cx.theme_chip(loc, t.id.as_str()))
        .collect();
    super::collate::sort_by_label(&mut themes, |c| &c.label);
    let chip = |id: String, label: String| Chip {
        id,
        label,
        url: None,
    };
    Filters {
        kinds: kind_labels(loc)
            .into_iter()
            .map(|(id, label)| chip(id, label))
            .collect(),
        themes,
        communes,
        statuses: statuses
            .into_iter()
            .map(|s| cx.status_view(loc, s))
            .collect(),
        editions: site
            .programme
            .editions
            .iter()
            .rev()
            .map(|e| chip(e.year.to_string(), e.name(loc.lang())))
            .collect(),
    }
}

#[derive(Serialize)]
struct SearchView {
    /// The page's own URL: the form's action.
    url: String,
    /// The index's `meta.json`.
    index_url: String,
    filters: Filters,
    /// Where to browse without JavaScript.
    districts_url: String,
    experts_url: String,
    meetings_url: String,
}

/// `/<lang>/search/`: the search form; without JavaScript, links to the lists.
pub fn render_search(cx: &Ctx, loc: &Locale) -> Result<Output, RenderError> {
    let view = SearchView {
        url: cx.urls.path(&urls::search(loc.lang())),
        index_url: cx.urls.path(&format!("{}meta.json", index_dir(loc.lang()))),
        filters: filters(cx, loc),
        districts_url: cx.urls.path(&urls::districts(loc.lang())),
        experts_url: cx.urls.path(&urls::experts(loc.lang())),
        meetings_url: cx.urls.path(&urls::meetings(loc.lang())),
    };
    let title = loc.t("nav_search");
    cx.page(
        loc,
        "search.html",
        Section::Search,
        &urls::search,
        &title,
        &view,
    )
}

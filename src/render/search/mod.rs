//! Search: `/<lang>/search/` (the form; results come from the script) and the static index of
//! every language under `/<lang>/search/` (see `index.rs`), built from the documents of `docs.rs`.

mod docs;
mod index;
pub(super) mod tokens;

use super::context::{Ctx, Section};
use super::view::*;
use super::{Output, RenderError};
use crate::model::Status;
use crate::render::locale::Locale;
use crate::site::urls;
use serde::Serialize;
use std::collections::BTreeSet;

/// The folder of a language's index files, below the site root.
pub fn index_dir(lang: &str) -> String {
    urls::search(lang)
}

/// Whether a site path is one of the index files (`fr/search/meta.json`, `fr/search/t/3.json`).
pub fn is_index_file(path: &str) -> bool {
    path.split_once("/search/").is_some_and(|(lang, rest)| {
        !lang.contains('/')
            && (rest == "meta.json"
                || ["t/", "f/"].iter().any(|d| {
                    rest.strip_prefix(d)
                        .and_then(|n| n.strip_suffix(".json"))
                        .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
                }))
    })
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
        kinds: docs::facets(cx, loc)
            .kinds
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

/// The index files of every language, kept (for `serve`).
pub fn render_index(cx: &Ctx) -> Vec<Output> {
    match write_index(cx, &Ok::<Output, std::convert::Infallible>) {
        Ok(outputs) => outputs,
        Err(never) => match never {},
    }
}

/// Hands the index files of every language to `emit`, each as soon as it is complete (one
/// language's documents at a time; the document bundles from several threads); returns what it
/// made of them, in order.
pub fn write_index<T: Send, E: Send>(cx: &Ctx, emit: &index::Emit<T, E>) -> Result<Vec<T>, E> {
    let mut shared = index::Shared::default();
    let mut out = Vec::new();
    for lang in cx.languages() {
        let loc = cx.locale(lang);
        let facets = docs::facets(cx, loc);
        let language = index::Language {
            lang,
            docs: docs::documents(cx, loc, &facets),
            facets,
        };
        out.extend(index::build_language(&language, &mut shared, emit)?);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::is_index_file;

    #[test]
    fn index_files_are_recognised_by_path() {
        assert!(is_index_file("fr/search/meta.json"));
        assert!(is_index_file("nl/search/t/12.json"));
        assert!(is_index_file("nl/search/f/0.json"));
        assert!(!is_index_file("fr/search/index.html"));
        assert!(!is_index_file("fr/search/t/x.json"));
        assert!(!is_index_file("fr/districts/search/meta.json"));
        assert!(!is_index_file("fr/search/t/.json"));
    }
}

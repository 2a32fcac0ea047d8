//! Search: the static index of every language under `/<lang>/search/` (see `index.rs`), built
//! from the documents of `docs.rs`, which read the model through the renderer's context and
//! views. The search page itself is a page of the renderer (`render/search_page.rs`).

mod docs;
mod index;

use crate::render::{Ctx, Output};

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

/// The index files of every language, kept (for `serve`).
pub(crate) fn render_index(cx: &Ctx) -> Vec<Output> {
    match write_index(cx, &Ok::<Output, std::convert::Infallible>) {
        Ok(outputs) => outputs,
        Err(never) => match never {},
    }
}

/// Hands the index files of every language to `emit`, each as soon as it is complete (one
/// language's documents at a time; the document bundles from several threads); returns what it
/// made of them, in order.
pub(crate) fn write_index<T: Send, E: Send>(
    cx: &Ctx,
    emit: &index::Emit<T, E>,
) -> Result<Vec<T>, E> {
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

//! The two sides of a change, and what the comparisons of districts, projects and other items
//! share: telling whether two texts say the same, their titles, renamed items. Pure.

use super::changes::Titles;
use crate::diag::{Diagnostic, Severity};
use crate::model::{Localized, Site, Text};
use std::path::Path;

/// The content at one revision: its site (when the programme could be read) and its diagnostics.
#[derive(Debug, Default)]
pub struct Side {
    /// The full commit id; `None` for the working tree (or an unknown side).
    pub commit: Option<String>,
    pub site: Option<Site>,
    pub diagnostics: Vec<Diagnostic>,
}

impl Side {
    /// Whether an error is reported on `file` (a file that exists but could not be read in full).
    pub(crate) fn has_error_in(&self, file: &Path) -> bool {
        self.diagnostics
            .iter()
            .any(|d| d.severity == Severity::Error && d.file == file)
    }
}

/// The title of a text per language: the original and every translation.
pub(crate) fn titles(text: &Localized) -> Titles {
    let mut t = Titles::new();
    t.insert(text.original.lang.clone(), text.original.title.clone());
    for (lang, tr) in &text.translations {
        t.insert(lang.clone(), tr.title.clone());
    }
    t
}

/// Whether two Markdown texts say the same, whitespace aside.
pub(crate) fn same_words(a: &str, b: &str) -> bool {
    a.split_whitespace().eq(b.split_whitespace())
}

/// Whether two texts of one language (title, summary, body) are the same, whitespace in bodies aside.
fn same_one(x: &Text, y: &Text) -> bool {
    x.lang == y.lang && x.title == y.title && x.summary == y.summary && same_words(&x.body, &y.body)
}

/// Whether two items have the same translations (languages, titles, summaries, bodies).
pub(crate) fn same_translations(a: &Localized, b: &Localized) -> bool {
    a.translations.len() == b.translations.len()
        && a.translations
            .iter()
            .zip(&b.translations)
            .all(|((la, ta), (lb, tb))| la == lb && same_one(ta, tb))
}

/// Whether two texts (original and translations) are the same, whitespace in bodies aside.
pub(crate) fn same_text(a: &Localized, b: &Localized) -> bool {
    same_one(&a.original, &b.original) && same_translations(a, b)
}

/// Pairs removed and added items that are the same item under a new id: for each removed item, in
/// id order, the first added item that `same` accepts. Returns `(removed index, added index)`.
pub(crate) fn pair_renames<R, A>(
    removed: &[R],
    added: &[A],
    same: impl Fn(&R, &A) -> bool,
) -> Vec<(usize, usize)> {
    let mut taken = vec![false; added.len()];
    let mut pairs = Vec::new();
    for (i, r) in removed.iter().enumerate() {
        if let Some(j) = (0..added.len()).find(|&j| !taken[j] && same(r, &added[j])) {
            taken[j] = true;
            pairs.push((i, j));
        }
    }
    pairs
}

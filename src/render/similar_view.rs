//! A similar project as a project page lists it: the lists scored by `similar.rs`, named and
//! linked in a language.

use super::context::Ctx;
use super::locale::Locale;
use crate::model::Project;
use crate::site::urls;

/// A similar project as a project page lists it.
#[derive(serde::Serialize)]
pub struct SimilarView {
    pub url: String,
    pub title: String,
    /// The language of the title (the original's where no translation gives it).
    pub lang: String,
    /// The project's district.
    pub district: String,
    /// The edition's name: its label, else its year.
    pub edition_name: String,
}

/// The similar projects of `p` in the language of `loc`.
pub fn similar_views(cx: &Ctx, loc: &Locale, p: &Project) -> Vec<SimilarView> {
    cx.similar(p)
        .into_iter()
        .map(|s| {
            let (t, _) = s.text.get(loc.lang());
            let (d, id) = (s.district.as_str(), s.id.as_str());
            SimilarView {
                url: cx.urls.path(&urls::project(loc.lang(), d, id)),
                title: t.title.clone(),
                lang: t.lang.clone(),
                district: cx
                    .district(d)
                    .map_or_else(|| d.to_string(), |x| x.name_in(loc.lang()).to_string()),
                edition_name: cx.edition_name(loc, s.edition),
            }
        })
        .collect()
}

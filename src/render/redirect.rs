//! Old addresses of a district (`aliases:`): one small page per alias and language, at
//! `/<lang>/districts/<alias>/`, that sends the reader on to the district's page, drawn by the
//! theme's `alias.html` (as Zola and Hugo do: a canonical link, an immediate refresh, a visible
//! link, and `noindex`; not listed in the sitemap).

use super::context::Ctx;
use super::locale::Locale;
use super::{Output, RenderError};
use crate::model::{District, Id};
use crate::site::urls;
use serde::Serialize;

#[derive(Serialize)]
struct AliasView {
    lang: String,
    /// The district's name in `lang`.
    name: String,
    /// "This page has moved: …", the page's description.
    description: String,
    /// The district's page, as an absolute path (refresh and visible link).
    path: String,
    /// The district's page, as a full URL (canonical link).
    canonical: String,
}

/// The site path of the alias page in `lang`: `fr/districts/<alias>/`.
pub fn alias_rel(lang: &str, alias: &Id) -> String {
    urls::district(lang, alias.as_str())
}

/// The page at the old address `alias` of `d` in the language of `loc`.
pub fn render_alias(
    cx: &Ctx,
    loc: &Locale,
    d: &District,
    alias: &Id,
) -> Result<Output, RenderError> {
    let target = urls::district(loc.lang(), d.id.as_str());
    let name = d.name_in(loc.lang()).to_string();
    let view = AliasView {
        lang: loc.lang().to_string(),
        description: format!("{} {name}", loc.t("alias_moved")),
        name,
        path: cx.urls.path(&target),
        canonical: cx.urls.absolute(&target),
    };
    let mut context = tera::Context::new();
    context.insert("page", &view);
    let html = cx.theme.render("alias.html", &context)?;
    Ok(Output::new(
        urls::page_file(&alias_rel(loc.lang(), alias)),
        html.into_bytes(),
    ))
}

/// Whether the site path `rel` (`fr/districts/oxy-15/`) is an alias page, which the sitemap
/// leaves out.
pub fn is_alias_page(cx: &Ctx, rel: &str) -> bool {
    cx.site.districts.iter().any(|d| {
        d.aliases
            .iter()
            .any(|a| cx.languages().iter().any(|l| alias_rel(l, a) == rel))
    })
}

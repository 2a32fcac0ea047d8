//! What the render context keeps for every page of a site: the URLs, each language's [`Locale`]
//! (its strings and formats, made once), the map's layout, and what pages compute once and
//! reuse. It borrows nothing, so a build keeps it for its pages and `serve` keeps it beside its
//! site from one request to the next.

use super::locale::Locale;
use super::map_layout::MapLayout;
use super::similar::Similar;
use super::sitemap_limits::SitemapLimits;
use crate::model::{Date, Site};
use crate::site::urls::Urls;
use crate::theme::Theme;
use std::collections::{BTreeMap, HashMap};
use std::path::PathBuf;
use std::sync::{Arc, Mutex, OnceLock};

/// Built once per site (and theme); the render context reads it with the site it was built from.
pub struct Shared {
    pub urls: Urls,
    /// The date the site is built on: what is "ahead" on the home page (the next deadline).
    pub today: Date,
    /// When the sitemap is split under an index.
    pub sitemap_limits: SitemapLimits,
    /// The strings and formats of each language, made once.
    locales: BTreeMap<String, Locale>,
    /// What a language the programme does not have is given (keys for strings).
    unknown: Locale,
    /// Rendered bodies by (file, language of its links, top heading level): a body without `@/`
    /// links is the same HTML in every language, so a fallback page reuses the original's.
    pub(super) bodies: Mutex<HashMap<(PathBuf, String, u8), Arc<str>>>,
    /// The plain text of each body, for the search index of every language.
    pub(super) words: Mutex<HashMap<PathBuf, Arc<str>>>,
    /// The map's outlines and marker positions, shared by every page with a map.
    pub map: Option<MapLayout>,
    /// Every project's similar projects, scored once, when a page or the open data first asks.
    pub(super) similar: OnceLock<Similar>,
}

impl Shared {
    /// Loads the strings of every language of `site` and lays out its map.
    pub fn new(site: &Site, theme: &Theme, base_url: &str) -> Shared {
        let locales = site
            .programme
            .languages
            .iter()
            .map(|l| (l.clone(), Locale::new(theme, l)))
            .collect();
        Shared {
            urls: Urls::new(base_url),
            today: Date::today(),
            sitemap_limits: Default::default(),
            locales,
            unknown: Locale::bare(theme, ""),
            bodies: Mutex::new(HashMap::new()),
            words: Mutex::new(HashMap::new()),
            map: MapLayout::new(site),
            similar: OnceLock::new(),
        }
    }

    /// The strings and formats of `lang`.
    pub fn locale(&self, lang: &str) -> &Locale {
        self.locales.get(lang).unwrap_or(&self.unknown)
    }
}

#[cfg(test)]
mod tests {
    use super::super::context::Ctx;
    use super::Shared;
    use crate::model::Site;
    use crate::theme::Theme;

    fn example() -> (Site, Theme) {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let site = crate::validate::validate(&crate::load::load(root).unwrap())
            .site
            .unwrap();
        let theme = Theme::of_root(root, site.programme.theme_name()).unwrap();
        (site, theme)
    }

    #[test]
    fn what_pages_share_is_owned_and_the_context_only_borrows() {
        fn owned<T: Send + Sync + 'static>() {}
        fn view<T: Copy + Send + Sync>() {}
        owned::<Shared>();
        view::<Ctx<'static>>();
    }

    #[test]
    fn a_context_made_later_over_the_same_site_reuses_what_an_earlier_one_rendered() {
        let (site, theme) = example();
        let shared = Shared::new(&site, &theme, "https://example.org/");
        let text = &site.districts[0].text;
        let cx = Ctx::new(&site, &theme, &shared);
        let first = cx.text_view(cx.locale("fr"), text, 2);
        let rendered = shared.bodies.lock().unwrap().len();
        assert!(rendered > 0);
        // As `serve` does for each request: a new context, the same shared state.
        let cx = Ctx::new(&site, &theme, &shared);
        let again = cx.text_view(cx.locale("fr"), text, 2);
        assert_eq!(again.body_html, first.body_html);
        assert_eq!(shared.bodies.lock().unwrap().len(), rendered);
        assert_eq!(Ctx::new(&site, &theme, &shared).urls.path("fr/"), "/fr/");
    }
}

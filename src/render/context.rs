//! The render context: the site (with its index), the theme, and what its pages share (URLs, UI
//! strings, caches); builds the chips, links, covers and texts pages share, and wraps a page
//! view in the layout. The cards of the lists are free functions of it (`cards.rs`).

use super::locale::Locale;
use super::markdown::{plain_text, render_markdown, MdContext};
use super::shared::Shared;
use super::similar::Similar;
use super::view::*;
use super::{Output, RenderError};
use crate::model::{District, Localized, Person, Project, Site, Status, Text};
use crate::site::urls::{self, Urls};
use crate::theme::Theme;
use serde::Serialize;
use std::sync::Arc;

/// The theme's default link-preview picture, under `static/`.
pub const DEFAULT_PREVIEW: &str = "og-default.png";

/// The theme's logo, under `static/`, when it has one.
pub const LOGO: &str = "logo.svg";

/// A theme's additions to the default stylesheet, under `static/`, when it has them.
pub const CUSTOM_CSS: &str = "custom.css";

/// Everything a page renderer reads: the site, its theme and what is [`Shared`] by its pages.
/// It owns nothing: a build makes one for all its threads, `serve` one per request.
#[derive(Clone, Copy)]
pub struct Ctx<'a> {
    pub site: &'a Site,
    pub theme: &'a Theme,
    pub urls: &'a Urls,
    /// Built with `site` and `theme`: strings, the map's layout, what pages compute once.
    pub(super) shared: &'a Shared,
}

/// The main navigation's sections.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Section {
    Home,
    Districts,
    Experts,
    Meetings,
    Search,
    Other,
}

impl<'a> Ctx<'a> {
    /// The context of `site` with `theme`; `shared` was built from them.
    pub fn new(site: &'a Site, theme: &'a Theme, shared: &'a Shared) -> Ctx<'a> {
        Ctx {
            site,
            theme,
            urls: &shared.urls,
            shared,
        }
    }

    /// The projects of other districts most like `p` (see `similar.rs`).
    pub fn similar(&self, p: &Project) -> Vec<&'a Project> {
        self.similar_lists().of(self.site, p)
    }

    /// Scores the similar projects now, with every thread free to help: asked for first by a
    /// page rendered in parallel, they would be scored while the other threads wait.
    pub fn prepare_similar(&self) {
        self.similar_lists();
    }

    fn similar_lists(&self) -> &Similar {
        self.shared.similar.get_or_init(|| Similar::new(self.site))
    }

    /// The languages of the programme.
    pub fn languages(&self) -> &'a [String] {
        &self.site.programme.languages
    }

    /// The strings and formats of `lang`, made once per build (see [`Locale`]).
    pub fn locale(&self, lang: &str) -> &'a Locale {
        self.shared.locale(lang)
    }

    /// The district of `id` (the site's index).
    pub fn district(&self, id: &str) -> Option<&'a District> {
        self.site.district(id)
    }

    /// The person of `id` (the site's index).
    pub fn person(&self, id: &str) -> Option<&'a Person> {
        self.site.person(id)
    }

    /// The status of a project: its district's dossier for its edition.
    pub fn project_status(&self, p: &Project) -> Option<Status> {
        self.district(p.district.as_str())?
            .dossier(p.edition)
            .map(|d| d.status)
    }

    /// A theme chip linking to the theme's page.
    pub fn theme_chip(&self, loc: &Locale, id: &str) -> Chip {
        let label = self.site.theme(id).map_or(id, |t| t.labels.get(loc.lang()));
        Chip {
            id: id.to_string(),
            label: label.to_string(),
            url: Some(self.urls.path(&urls::theme(loc.lang(), id))),
        }
    }

    /// Theme chips of a list of ids.
    pub fn theme_chips(&self, loc: &Locale, ids: &[crate::model::Id]) -> Vec<Chip> {
        ids.iter()
            .map(|i| self.theme_chip(loc, i.as_str()))
            .collect()
    }

    /// A commune, with the list of its districts.
    pub fn commune_chip(&self, loc: &Locale, id: &str) -> Chip {
        let label = self
            .site
            .commune(id)
            .map_or(id, |t| t.labels.get(loc.lang()));
        Chip {
            id: id.to_string(),
            label: label.to_string(),
            url: Some(self.urls.path(&urls::commune(loc.lang(), id))),
        }
    }

    /// A district's communes as chips, the main one first.
    pub fn commune_chips(&self, loc: &Locale, d: &District) -> Vec<Chip> {
        d.communes
            .iter()
            .map(|c| self.commune_chip(loc, c.as_str()))
            .collect()
    }

    /// The names of a district's communes in the language of `loc`, joined: "Uccle, Forest".
    pub fn communes_label(&self, loc: &Locale, d: &District) -> String {
        let labels: Vec<String> = d
            .communes
            .iter()
            .map(|c| self.commune_chip(loc, c.as_str()).label)
            .collect();
        labels.join(", ")
    }

    /// A status with its label in the language of `loc`.
    pub fn status_view(&self, loc: &Locale, s: Status) -> StatusView {
        StatusView {
            id: s.as_str().to_string(),
            label: loc.t(&format!("status_{}", s.as_str())),
            phase: s.phase(),
        }
    }

    /// The text of an item in the language of `loc` (Markdown rendered here, once per item and
    /// language).
    pub fn text_view(&self, loc: &Locale, text: &Localized, min_heading: u8) -> TextView {
        let (t, fallback) = text.get(loc.lang());
        let fallback_note = fallback.then(|| {
            loc.t("fallback_note")
                .replace("{language}", &loc.t(&format!("lang_name_{}", t.lang)))
        });
        TextView {
            title: t.title.clone(),
            summary: t.summary.clone(),
            body_html: self.body_html(t, loc.lang(), min_heading).to_string(),
            lang: t.lang.clone(),
            fallback_note,
        }
    }

    /// The HTML of a text's body in `lang`, rendered once per distinct result.
    fn body_html(&self, t: &Text, lang: &str, min_heading: u8) -> Arc<str> {
        let link_lang = if t.body.contains("@/") { lang } else { "" };
        let key = (t.file.clone(), link_lang.to_string(), min_heading);
        if let Some(html) = self
            .shared
            .bodies
            .lock()
            .ok()
            .and_then(|m| m.get(&key).cloned())
        {
            return html;
        }
        let cx = MdContext {
            file: &t.file,
            lang,
            urls: self.urls,
            min_heading,
            pictures: &self.site.pictures,
        };
        let html: Arc<str> = render_markdown(&t.body, &cx).into();
        if let Ok(mut m) = self.shared.bodies.lock() {
            m.insert(key, html.clone());
        }
        html
    }

    /// A link to a district's page, named in the language of `loc`.
    pub fn district_link(&self, loc: &Locale, d: &District) -> Link {
        Link {
            url: self.urls.path(&urls::district(loc.lang(), d.id.as_str())),
            label: d.name_in(loc.lang()).to_string(),
        }
    }

    /// The text of a body without markup (a Markdown file is at most 1 MiB); computed once per
    /// file, shared by the search indexes of every language.
    pub fn body_text(&self, t: &Text) -> Arc<str> {
        if let Some(w) = self
            .shared
            .words
            .lock()
            .ok()
            .and_then(|m| m.get(&t.file).cloned())
        {
            return w;
        }
        let words: Arc<str> = plain_text(&t.body, t.body.len()).into();
        if let Ok(mut m) = self.shared.words.lock() {
            m.insert(t.file.clone(), words.clone());
        }
        words
    }

    /// The name of edition `year` in the language of `loc`: its label, else the year.
    pub fn edition_name(&self, loc: &Locale, year: u32) -> String {
        self.site
            .programme
            .edition(year)
            .map_or_else(|| year.to_string(), |e| e.name(loc.lang()))
    }

    /// The cover picture of an item, with its text in the language of `loc`, or in the original's
    /// language (then named, for the `lang` attribute) when the translation has none.
    pub fn cover(
        &self,
        loc: &Locale,
        cover: Option<&std::path::Path>,
        text: &Localized,
    ) -> Option<ImageView> {
        let (alt, alt_lang) = text.cover_alt(loc.lang()).unwrap_or(("", loc.lang()));
        let mut view = super::pictures::image_view(&self.site.pictures, self.urls, cover?, alt)?;
        view.lang = (alt_lang != loc.lang()).then(|| alt_lang.to_string());
        Some(view)
    }

    /// The link preview of a page: its title, a description (the summary, else the site's, as
    /// the meta description) and its cover, else the theme's default picture.
    pub fn preview(
        &self,
        loc: &Locale,
        kind: &str,
        title: &str,
        summary: Option<&str>,
        cover: Option<&ImageView>,
    ) -> Preview {
        let p = &self.site.programme;
        let description = summary.map_or_else(
            || format!("{} — {}", p.name.get(loc.lang()), loc.t("site_description")),
            str::to_string,
        );
        let image = cover
            .map(|c| PreviewImage {
                url: c.preview.clone(),
                width: c.width,
                height: c.height,
                alt: c.alt.clone(),
            })
            .or_else(|| self.default_preview_image(loc));
        Preview {
            kind: kind.to_string(),
            title: title.to_string(),
            description,
            image,
            locale: loc.og_locale().to_string(),
            locale_alternates: self
                .languages()
                .iter()
                .filter(|l| *l != loc.lang())
                .map(|l| self.locale(l).og_locale().to_string())
                .collect(),
        }
    }

    /// The theme's `static/og-default.png`, if it has one (1200 × 630).
    fn default_preview_image(&self, loc: &Locale) -> Option<PreviewImage> {
        self.theme
            .static_files
            .iter()
            .any(|(rel, _)| rel == DEFAULT_PREVIEW)
            .then(|| PreviewImage {
                url: self.urls.absolute(&urls::static_file(DEFAULT_PREVIEW)),
                width: 1200,
                height: 630,
                alt: self.site.programme.name.get(loc.lang()).to_string(),
            })
    }

    /// Renders `template` with the layout and the page view, to `<rel>index.html`.
    /// `rel_of` gives the page's site path in any language (for the language switch).
    pub fn page<V: Serialize>(
        &self,
        loc: &Locale,
        template: &str,
        section: Section,
        rel_of: &dyn Fn(&str) -> String,
        title: &str,
        view: &V,
    ) -> Result<Output, RenderError> {
        let preview = self.preview(loc, "website", title, None, None);
        self.page_with_preview(loc, template, section, rel_of, view, preview)
    }

    /// [`Ctx::page`] with the link preview of an item (its summary and cover).
    pub fn page_with_preview<V: Serialize>(
        &self,
        loc: &Locale,
        template: &str,
        section: Section,
        rel_of: &dyn Fn(&str) -> String,
        view: &V,
        preview: Preview,
    ) -> Result<Output, RenderError> {
        let rel = rel_of(loc.lang());
        let mut layout = self.layout(loc, section, rel_of, &preview.title);
        layout.preview = preview;
        let mut context = tera::Context::new();
        context.insert("layout", &layout);
        context.insert_value("t", loc.values().clone());
        context.insert("page", view);
        let html = self.theme.render(template, &context)?;
        Ok(Output::new(urls::page_file(&rel), html.into_bytes()))
    }

    /// The URL of a file of the theme's `static/` folder, if the theme has it.
    fn static_url_of(&self, rel: &str) -> Option<String> {
        let has = self.theme.static_files.iter().any(|(r, _)| r == rel);
        has.then(|| self.urls.path(&urls::static_file(rel)))
    }

    /// The layout of a page in the language of `loc`.
    pub fn layout(
        &self,
        loc: &Locale,
        section: Section,
        rel_of: &dyn Fn(&str) -> String,
        title: &str,
    ) -> Layout {
        let p = &self.site.programme;
        let nav = [
            (
                Section::Districts,
                urls::districts(loc.lang()),
                "nav_districts",
            ),
            (Section::Experts, urls::experts(loc.lang()), "nav_experts"),
            (
                Section::Meetings,
                urls::meetings(loc.lang()),
                "nav_meetings",
            ),
            (Section::Search, urls::search(loc.lang()), "nav_search"),
        ];
        let mut nav: Vec<NavItem> = nav
            .into_iter()
            .map(|(s, rel, key)| NavItem {
                url: self.urls.path(&rel),
                label: loc.t(key),
                current: s == section,
            })
            .collect();
        nav.extend(self.site.pages.iter().map(|pg| NavItem {
            url: self.urls.path(&urls::page(loc.lang(), pg.id.as_str())),
            label: pg.text.get(loc.lang()).0.title.clone(),
            current: false,
        }));
        let alternates = self
            .languages()
            .iter()
            .map(|l| Alternate {
                lang: l.clone(),
                label: self.locale(l).t(&format!("language_{l}")),
                url: self.urls.path(&rel_of(l)),
                href: self.urls.absolute(&rel_of(l)),
                current: l == loc.lang(),
            })
            .collect();
        Layout {
            lang: loc.lang().to_string(),
            title: title.to_string(),
            site_name: p.name.get(loc.lang()).to_string(),
            call: p.call.get(loc.lang()).to_string(),
            home_url: self.urls.path(&urls::home(loc.lang())),
            root_url: self.urls.path(""),
            static_url: self.urls.path(&urls::static_file("")),
            logo_url: self.static_url_of(LOGO),
            custom_css_url: self.static_url_of(CUSTOM_CSS),
            feed_url: self.urls.path(&urls::atom(loc.lang())),
            canonical: self.urls.absolute(&rel_of(loc.lang())),
            language_choice: self.urls.absolute(""),
            nav,
            alternates,
            description: Some(format!(
                "{} — {}",
                p.name.get(loc.lang()),
                loc.t("site_description")
            )),
            preview: Preview::default(),
        }
    }
}

/// Space-separated ids.
pub fn join_ids(ids: &[crate::model::Id]) -> String {
    ids.iter().map(|i| i.as_str()).collect::<Vec<_>>().join(" ")
}

//! The render context: the site (with its index), the theme, and what its pages share (URLs, UI
//! strings, caches); builds the cards and texts shared by pages, and wraps a page view in the
//! layout.

use super::markdown::{plain_text, render_markdown, MdContext};
use super::shared::Shared;
use super::similar::Similar;
use super::sitemap_limits::SitemapLimits;
use super::view::*;
use super::{Output, RenderError};
use crate::i18n::format::Formats;
use crate::model::{Date, District, Localized, Meeting, Person, Project, Site, Status, Text};
use crate::site::urls::{self, Urls};
use crate::theme::{Strings, Theme};
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
    /// The date the site is built on (the shared one).
    pub today: Date,
    /// When the sitemap is split under an index (the shared limits).
    pub sitemap_limits: SitemapLimits,
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
            today: shared.today,
            sitemap_limits: shared.sitemap_limits,
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

    /// A UI string (the key itself when the theme lacks it).
    pub fn t(&self, lang: &str, key: &str) -> String {
        self.shared
            .strings
            .get(lang)
            .and_then(|s| s.get(key))
            .cloned()
            .unwrap_or_else(|| key.to_string())
    }

    /// The string of `key` for a count of `n`: `{key}_one` when `n` takes the singular in `lang`
    /// (1, and 0 where the theme's `plural_zero` is `one`, as in French), else `{key}`; `{count}`
    /// replaced by `n`.
    pub fn counted(&self, lang: &str, n: usize, key: &str) -> String {
        let one = n == 1 || (n == 0 && self.t(lang, "plural_zero") == "one");
        let key = if one {
            format!("{key}_one")
        } else {
            key.to_string()
        };
        self.t(lang, &key).replace("{count}", &n.to_string())
    }

    /// The money and date formats of `lang`, from the theme's language file.
    pub fn formats(&self, lang: &str) -> &'a Formats {
        self.theme.formats(lang)
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
    pub fn theme_chip(&self, lang: &str, id: &str) -> Chip {
        let label = self.site.theme(id).map_or(id, |t| t.labels.get(lang));
        Chip {
            id: id.to_string(),
            label: label.to_string(),
            url: Some(self.urls.path(&urls::theme(lang, id))),
        }
    }

    /// Theme chips of a list of ids.
    pub fn theme_chips(&self, lang: &str, ids: &[crate::model::Id]) -> Vec<Chip> {
        ids.iter()
            .map(|i| self.theme_chip(lang, i.as_str()))
            .collect()
    }

    /// A commune, with the list of its districts.
    pub fn commune_chip(&self, lang: &str, id: &str) -> Chip {
        let label = self.site.commune(id).map_or(id, |t| t.labels.get(lang));
        Chip {
            id: id.to_string(),
            label: label.to_string(),
            url: Some(self.urls.path(&urls::commune(lang, id))),
        }
    }

    /// The names of a district's communes in `lang`, joined: "Uccle, Forest".
    pub fn communes_label(&self, lang: &str, d: &District) -> String {
        let labels: Vec<String> = d
            .communes
            .iter()
            .map(|c| self.commune_chip(lang, c.as_str()).label)
            .collect();
        labels.join(", ")
    }

    /// A status with its label in `lang`.
    pub fn status_view(&self, lang: &str, s: Status) -> StatusView {
        StatusView {
            id: s.as_str().to_string(),
            label: self.t(lang, &format!("status_{}", s.as_str())),
            phase: s.phase(),
        }
    }

    /// The text of an item in `lang` (Markdown rendered here, once per item and language).
    pub fn text_view(&self, lang: &str, text: &Localized, min_heading: u8) -> TextView {
        let (t, fallback) = text.get(lang);
        let fallback_note = fallback.then(|| {
            self.t(lang, "fallback_note").replace(
                "{language}",
                &self.t(lang, &format!("lang_name_{}", t.lang)),
            )
        });
        TextView {
            title: t.title.clone(),
            summary: t.summary.clone(),
            body_html: self.body_html(t, lang, min_heading).to_string(),
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

    /// A link to a district's page, named in `lang`.
    pub fn district_link(&self, lang: &str, d: &District) -> Link {
        Link {
            url: self.urls.path(&urls::district(lang, d.id.as_str())),
            label: d.name_in(lang).to_string(),
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

    /// A district in lists, with the status of its latest dossier.
    pub fn district_card(&self, lang: &str, d: &District) -> DistrictCard {
        let latest = d.latest_dossier();
        DistrictCard {
            id: d.id.to_string(),
            url: self.urls.path(&urls::district(lang, d.id.as_str())),
            name: d.name_in(lang).to_string(),
            commune: self.commune_chip(lang, d.commune()),
            communes: d
                .communes
                .iter()
                .map(|c| self.commune_chip(lang, c.as_str()))
                .collect(),
            commune_ids: join_ids(&d.communes),
            closed: d.closed.as_ref().map(|c| self.formats(lang).date(c.date)),
            themes: self.theme_chips(lang, &d.themes),
            status: latest.map(|x| self.status_view(lang, x.status)),
            edition: latest.map(|x| x.edition),
            edition_name: latest.map(|x| self.edition_name(lang, x.edition)),
            projects: d.projects.len(),
            theme_ids: join_ids(&d.themes),
            cover: self.cover(lang, d.cover.as_deref(), &d.text),
        }
    }

    /// The name of edition `year` in `lang`: its label, else the year.
    pub fn edition_name(&self, lang: &str, year: u32) -> String {
        self.site
            .programme
            .edition(year)
            .map_or_else(|| year.to_string(), |e| e.name(lang))
    }

    /// A project in lists.
    pub fn project_card(&self, lang: &str, p: &Project) -> ProjectCard {
        let (t, _) = p.text.get(lang);
        let district_name = self
            .district(p.district.as_str())
            .map_or_else(|| p.district.to_string(), |d| d.name_in(lang).to_string());
        ProjectCard {
            url: self
                .urls
                .path(&urls::project(lang, p.district.as_str(), p.id.as_str())),
            title: t.title.clone(),
            lang: t.lang.clone(),
            summary: t.summary.clone(),
            district: Link {
                url: self.urls.path(&urls::district(lang, p.district.as_str())),
                label: district_name,
            },
            edition: p.edition,
            edition_name: self.edition_name(lang, p.edition),
            themes: self.theme_chips(lang, &p.themes),
            status: self.project_status(p).map(|s| self.status_view(lang, s)),
            requested: self.formats(lang).money(p.budget.requested_total()),
            asks_nothing: p.budget.asks_nothing(),
            cover: self.cover(lang, p.cover.as_deref(), &p.text),
        }
    }

    /// The cover picture of an item, with its text in `lang`, or in the original's language
    /// (then named, for the `lang` attribute) when the translation has none.
    pub fn cover(
        &self,
        lang: &str,
        cover: Option<&std::path::Path>,
        text: &Localized,
    ) -> Option<ImageView> {
        let (alt, alt_lang) = text.cover_alt(lang).unwrap_or(("", lang));
        let mut view = super::pictures::image_view(&self.site.pictures, self.urls, cover?, alt)?;
        view.lang = (alt_lang != lang).then(|| alt_lang.to_string());
        Some(view)
    }

    /// The link preview of a page: its title, a description (the summary, else the site's, as
    /// the meta description) and its cover, else the theme's default picture.
    pub fn preview(
        &self,
        lang: &str,
        kind: &str,
        title: &str,
        summary: Option<&str>,
        cover: Option<&ImageView>,
    ) -> Preview {
        let p = &self.site.programme;
        let description = summary.map_or_else(
            || {
                format!(
                    "{} — {}",
                    p.name.get(lang),
                    self.t(lang, "site_description")
                )
            },
            str::to_string,
        );
        let image = cover
            .map(|c| PreviewImage {
                url: c.preview.clone(),
                width: c.width,
                height: c.height,
                alt: c.alt.clone(),
            })
            .or_else(|| self.default_preview_image(lang));
        Preview {
            kind: kind.to_string(),
            title: title.to_string(),
            description,
            image,
            locale: self.locale(lang),
            locale_alternates: self
                .languages()
                .iter()
                .filter(|l| *l != lang)
                .map(|l| self.locale(l))
                .collect(),
        }
    }

    /// The theme's `static/og-default.png`, if it has one (1200 × 630).
    fn default_preview_image(&self, lang: &str) -> Option<PreviewImage> {
        self.theme
            .static_files
            .iter()
            .any(|(rel, _)| rel == DEFAULT_PREVIEW)
            .then(|| PreviewImage {
                url: self.urls.absolute(&urls::static_file(DEFAULT_PREVIEW)),
                width: 1200,
                height: 630,
                alt: self.site.programme.name.get(lang).to_string(),
            })
    }

    /// The Open Graph locale of a language (`locale` in the theme's language file, else the code).
    fn locale(&self, lang: &str) -> String {
        let l = self.t(lang, "locale");
        if l == "locale" {
            lang.to_string()
        } else {
            l
        }
    }

    /// A project's updates as news entries, with their dates, in file order; each in `lang`
    /// where a translation gives it, else in the original's language.
    pub fn project_news(&self, lang: &str, p: &Project) -> Vec<(crate::model::Date, NewsItem)> {
        let card = self.project_card(lang, p);
        p.updates
            .iter()
            .map(|u| {
                let (text, text_lang) = u.tr.pick(&u.text, &p.text.original.lang, lang);
                let item = NewsItem {
                    date: self.formats(lang).date(u.date),
                    iso: u.date.iso(),
                    title: card.title.clone(),
                    title_lang: card.lang.clone(),
                    url: card.url.clone(),
                    text: text.to_string(),
                    lang: text_lang.to_string(),
                };
                (u.date, item)
            })
            .collect()
    }

    /// An expert or coach in lists.
    pub fn person_card(&self, lang: &str, p: &Person) -> PersonCard {
        PersonCard {
            url: self.urls.path(&urls::expert(lang, p.id.as_str())),
            name: p.name.clone(),
            role: self.t(lang, &format!("role_{}", p.role.as_str())),
            organisation: p.organisation.clone(),
            themes: self.theme_chips(lang, &p.themes),
        }
    }

    /// A meeting in lists.
    pub fn meeting_card(&self, lang: &str, m: &Meeting) -> MeetingCard {
        let (t, _) = m.text.get(lang);
        MeetingCard {
            url: self.urls.path(&urls::meeting(lang, m.id.as_str())),
            title: t.title.clone(),
            lang: t.lang.clone(),
            date: self.formats(lang).date(m.date),
            iso: m.date.iso(),
            place: m.place.clone(),
            themes: self.theme_chips(lang, &m.themes),
        }
    }

    /// Renders `template` with the layout and the page view, to `<rel>index.html`.
    /// `rel_of` gives the page's site path in any language (for the language switch).
    pub fn page<V: Serialize>(
        &self,
        lang: &str,
        template: &str,
        section: Section,
        rel_of: &dyn Fn(&str) -> String,
        title: &str,
        view: &V,
    ) -> Result<Output, RenderError> {
        let preview = self.preview(lang, "website", title, None, None);
        self.page_with_preview(lang, template, section, rel_of, view, preview)
    }

    /// [`Ctx::page`] with the link preview of an item (its summary and cover).
    pub fn page_with_preview<V: Serialize>(
        &self,
        lang: &str,
        template: &str,
        section: Section,
        rel_of: &dyn Fn(&str) -> String,
        view: &V,
        preview: Preview,
    ) -> Result<Output, RenderError> {
        let rel = rel_of(lang);
        let mut layout = self.layout(lang, section, rel_of, &preview.title);
        layout.preview = preview;
        let mut context = tera::Context::new();
        context.insert("layout", &layout);
        match self.shared.string_values.get(lang) {
            Some(t) => context.insert_value("t", t.clone()),
            None => context.insert("t", &None::<Strings>),
        }
        context.insert("page", view);
        let html = self.theme.render(template, &context)?;
        Ok(Output::new(urls::page_file(&rel), html.into_bytes()))
    }

    /// The URL of a file of the theme's `static/` folder, if the theme has it.
    fn static_url_of(&self, rel: &str) -> Option<String> {
        let has = self.theme.static_files.iter().any(|(r, _)| r == rel);
        has.then(|| self.urls.path(&urls::static_file(rel)))
    }

    /// The layout of a page in `lang`.
    pub fn layout(
        &self,
        lang: &str,
        section: Section,
        rel_of: &dyn Fn(&str) -> String,
        title: &str,
    ) -> Layout {
        let p = &self.site.programme;
        let nav = [
            (Section::Districts, urls::districts(lang), "nav_districts"),
            (Section::Experts, urls::experts(lang), "nav_experts"),
            (Section::Meetings, urls::meetings(lang), "nav_meetings"),
            (Section::Search, urls::search(lang), "nav_search"),
        ];
        let mut nav: Vec<NavItem> = nav
            .into_iter()
            .map(|(s, rel, key)| NavItem {
                url: self.urls.path(&rel),
                label: self.t(lang, key),
                current: s == section,
            })
            .collect();
        nav.extend(self.site.pages.iter().map(|pg| NavItem {
            url: self.urls.path(&urls::page(lang, pg.id.as_str())),
            label: pg.text.get(lang).0.title.clone(),
            current: false,
        }));
        let alternates = self
            .languages()
            .iter()
            .map(|l| Alternate {
                lang: l.clone(),
                label: self.t(l, &format!("language_{l}")),
                url: self.urls.path(&rel_of(l)),
                href: self.urls.absolute(&rel_of(l)),
                current: l == lang,
            })
            .collect();
        Layout {
            lang: lang.to_string(),
            title: title.to_string(),
            site_name: p.name.get(lang).to_string(),
            call: p.call.get(lang).to_string(),
            home_url: self.urls.path(&urls::home(lang)),
            root_url: self.urls.path(""),
            static_url: self.urls.path(&urls::static_file("")),
            logo_url: self.static_url_of(LOGO),
            custom_css_url: self.static_url_of(CUSTOM_CSS),
            feed_url: self.urls.path(&urls::atom(lang)),
            canonical: self.urls.absolute(&rel_of(lang)),
            language_choice: self.urls.absolute(""),
            nav,
            alternates,
            description: Some(format!(
                "{} — {}",
                p.name.get(lang),
                self.t(lang, "site_description")
            )),
            preview: Preview::default(),
        }
    }
}

/// Space-separated ids.
pub fn join_ids(ids: &[crate::model::Id]) -> String {
    ids.iter().map(|i| i.as_str()).collect::<Vec<_>>().join(" ")
}

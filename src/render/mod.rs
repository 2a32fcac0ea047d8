//! Render: `Site` (validated model) + `Theme` → the files of the public site, as `Output`s (a
//! path and its bytes): the pages (one [`Job`] each), the lists, the open data, the feeds, the
//! calendars, the map and the sitemap. Writing them is the publishing stage's
//! (`crate::publish`); the search index is `crate::search`'s.

mod cards;
mod charts;
pub mod collate;
mod context;
mod data;
mod data_csv;
pub mod data_fields;
mod data_fields_geo;
mod data_json;
mod data_package;
mod describe;
mod editions;
mod error;
mod feed;
mod guides;
mod ical;
mod json;
pub use crate::i18n::format;
mod list_texts;
mod lists;
mod locale;
mod map;
mod map_drawing;
mod map_layout;
pub mod markdown;
mod open_data_page;
mod pages;
mod paginate;
mod pictures;
mod redirect;
mod search_page;
mod shared;
mod similar;
mod similar_view;
mod sitemap;
mod sitemap_limits;
mod succession;
mod timeline;
pub(crate) mod tokens;
mod view;

pub use crate::theme::Theme;
pub use data_fields::csv_header;
pub use error::RenderError;
pub use sitemap_limits::SitemapLimits;

// The entry points of the later stages, crate-wide only. The search index (`crate::search`)
// makes its documents with the pages' own context, words and views; the publishing stage
// (`crate::publish`) renders the jobs, the special pages and the files beside the pages with
// them, for `build` and for `serve` alike.
pub(crate) use context::Ctx;
pub(crate) use data::render_data;
pub(crate) use feed::{render_atom, render_robots};
pub(crate) use ical::{calendar_paths, render_calendars};
pub(crate) use locale::Locale;
pub(crate) use map_drawing::{drawing_paths, render_drawings};
pub(crate) use search_page::kind_labels;
pub(crate) use shared::Shared;
pub(crate) use sitemap::render_sitemap;
pub(crate) use view::ImageView;

use crate::site::urls;
use context::Section;
use std::path::Path;

/// A file of the site: its path under the output folder and its bytes.
#[derive(Clone, Debug)]
pub struct Output {
    /// Relative, `/`-separated (`fr/districts/index.html`).
    pub path: String,
    pub bytes: Vec<u8>,
}

impl Output {
    /// An output file.
    pub fn new(path: String, bytes: Vec<u8>) -> Output {
        Output { path, bytes }
    }
}

/// How to render.
#[derive(Clone, Debug, Default)]
pub struct RenderOptions {
    /// Overrides the programme's `base_url` (preview deploys).
    pub base_url: Option<String>,
    /// Addresses that must never appear in the output, besides those the site marks private
    /// (e.g. reviewers' addresses kept outside the repository).
    pub extra_private_emails: Vec<String>,
    /// Files published as they are besides the rendered site (the browser editor under `admin/`).
    pub extra_files: Vec<Output>,
    /// The folder of processed pictures; default `<root>/.wijk-cache`.
    pub cache_dir: Option<std::path::PathBuf>,
    /// The date to build as of; default [`crate::model::Date::today`].
    pub today: Option<crate::model::Date>,
    /// When the sitemap is split under an index; default the protocol's limits.
    pub sitemap_limits: SitemapLimits,
}

impl RenderOptions {
    /// The picture cache of a site at `root`; refused when its folder is a link or tracked by git.
    pub fn cache(
        &self,
        root: &Path,
    ) -> Result<crate::pictures::Cache, crate::pictures::CacheError> {
        let dir = self
            .cache_dir
            .clone()
            .unwrap_or_else(|| root.join(DEFAULT_CACHE_DIR));
        crate::pictures::Cache::open(&dir, root)
    }

    /// What every page of `site` shares, as of these options' date and sitemap limits.
    pub(crate) fn shared(
        &self,
        site: &crate::model::Site,
        theme: &Theme,
        base_url: &str,
    ) -> shared::Shared {
        let mut shared = shared::Shared::new(site, theme, base_url);
        if let Some(today) = self.today {
            shared.today = today;
        }
        shared.sitemap_limits = self.sitemap_limits;
        shared
    }
}

/// The cache folder under the site root, unless `--cache-dir` says otherwise.
pub const DEFAULT_CACHE_DIR: &str = ".wijk-cache";

/// One unit of page rendering.
pub(crate) enum Job<'a> {
    Home,
    Districts,
    District(&'a crate::model::District),
    Project(&'a crate::model::Project),
    Theme(&'a crate::model::Term),
    Commune(&'a crate::model::Term),
    Experts,
    Expert(&'a crate::model::Person),
    Meetings,
    Meeting(&'a crate::model::Meeting),
    Page(&'a crate::model::Page),
    /// A page the build writes from the model (`/<lang>/pages/calendar/`).
    Guide(guides::Guide),
    Search,
    /// The editions of the call, for the selection committee.
    Editions,
    /// Every dossier of an edition; with `true`, its print page.
    Edition(&'a crate::model::Edition, bool),
    /// An old address of a district: a page that sends the reader on.
    Alias(&'a crate::model::District, &'a crate::model::Id),
}

impl Job<'_> {
    /// The site path of the job's page in `lang` (`fr/districts/bervoets/`).
    pub(crate) fn rel(&self, lang: &str) -> String {
        match self {
            Job::Home => urls::home(lang),
            Job::Districts => urls::districts(lang),
            Job::District(d) => urls::district(lang, d.id.as_str()),
            Job::Project(p) => urls::project(lang, p.district.as_str(), p.id.as_str()),
            Job::Theme(t) => urls::theme(lang, t.id.as_str()),
            Job::Commune(c) => urls::commune(lang, c.id.as_str()),
            Job::Experts => urls::experts(lang),
            Job::Expert(p) => urls::expert(lang, p.id.as_str()),
            Job::Meetings => urls::meetings(lang),
            Job::Meeting(m) => urls::meeting(lang, m.id.as_str()),
            Job::Page(p) => urls::page(lang, p.id.as_str()),
            Job::Guide(g) => urls::page(lang, g.id()),
            Job::Search => urls::search(lang),
            Job::Editions => urls::editions(lang),
            Job::Edition(e, false) => urls::edition(lang, e.year),
            Job::Edition(e, true) => urls::edition_print(lang, e.year),
            Job::Alias(_, a) => redirect::alias_rel(lang, a),
        }
    }

    /// The paths of the files [`render_job`] writes for this job in `lang` (every page of a list).
    pub(crate) fn paths(&self, site: &crate::model::Site, lang: &str) -> Vec<String> {
        let list = match self {
            Job::Districts => Some(lists::ListOf::Districts),
            Job::Experts => Some(lists::ListOf::Experts),
            Job::Meetings => Some(lists::ListOf::Meetings),
            Job::Theme(t) => Some(lists::ListOf::Theme(t)),
            Job::Commune(c) => Some(lists::ListOf::Commune(c)),
            _ => None,
        };
        let pages = list.map_or(1, |l| lists::list_pages(site, l));
        let rel = self.rel(lang);
        (1..=pages)
            .map(|n| urls::page_file(&urls::list_page(&rel, n)))
            .collect()
    }
}

/// The files outside the language folders rendered from a template: (template, path).
pub(crate) const SPECIAL_PAGES: [(&str, &str); 2] =
    [("404.html", "404.html"), ("language.html", "index.html")];

pub(crate) fn jobs(site: &crate::model::Site) -> Vec<Job<'_>> {
    let mut jobs = vec![
        Job::Home,
        Job::Districts,
        Job::Experts,
        Job::Meetings,
        Job::Search,
        Job::Editions,
    ];
    for e in &site.programme.editions {
        jobs.push(Job::Edition(e, false));
        jobs.push(Job::Edition(e, true));
    }
    for d in &site.districts {
        jobs.push(Job::District(d));
        jobs.extend(d.projects.iter().map(Job::Project));
        jobs.extend(d.aliases.iter().map(|a| Job::Alias(d, a)));
    }
    jobs.extend(site.themes.iter().map(Job::Theme));
    // A commune's page lists its districts: none for a commune without any (an empty page
    // would only be noise in the sitemap and search engines).
    let in_use =
        |c: &&crate::model::Term| site.districts.iter().any(|d| d.in_commune(c.id.as_str()));
    jobs.extend(site.communes.iter().filter(in_use).map(Job::Commune));
    jobs.extend(site.persons.iter().map(Job::Expert));
    jobs.extend(site.meetings.iter().map(Job::Meeting));
    jobs.extend(site.pages.iter().map(Job::Page));
    jobs.extend(guides::guides(site).into_iter().map(Job::Guide));
    jobs
}

pub(crate) fn render_job(cx: &Ctx, loc: &Locale, job: &Job) -> Result<Vec<Output>, RenderError> {
    let _working = crate::working::on(&format!("page /{}", job.rel(loc.lang())));
    let one = |o: Result<Output, RenderError>| o.map(|o| vec![o]);
    match job {
        Job::Home => one(lists::render_home(cx, loc)),
        Job::Districts => lists::render_districts(cx, loc),
        Job::District(d) => one(pages::render_district(cx, loc, d)),
        Job::Project(p) => one(pages::render_project(cx, loc, p)),
        Job::Theme(t) => lists::render_theme(cx, loc, t),
        Job::Commune(c) => lists::render_commune(cx, loc, c),
        Job::Experts => lists::render_experts(cx, loc),
        Job::Expert(p) => one(pages::render_expert(cx, loc, p)),
        Job::Meetings => lists::render_meetings(cx, loc),
        Job::Meeting(m) => one(pages::render_meeting(cx, loc, m)),
        Job::Page(p) => one(pages::render_page(cx, loc, p)),
        Job::Guide(g) => one(guides::render_guide(cx, loc, *g)),
        Job::Search => one(search_page::render_search(cx, loc)),
        Job::Editions => one(editions::render_list(cx, loc)),
        Job::Edition(e, print) => one(editions::render_edition(cx, loc, e, *print)),
        Job::Alias(d, a) => one(redirect::render_alias(cx, loc, d, a)),
    }
}

/// A page outside the language folders (`404.html`, the language choice): its frame in the
/// default language, its words in every language of the programme, each with its home.
pub(crate) fn render_special(cx: &Ctx, template: &str, path: &str) -> Result<Output, RenderError> {
    let lang = cx.site.programme.default_lang();
    let homes: Vec<view::SpecialLang> = cx
        .languages()
        .iter()
        .map(|l| (l, cx.locale(l)))
        .map(|(l, loc)| view::SpecialLang {
            lang: l.clone(),
            url: cx.urls.path(&urls::home(l)),
            href: cx.urls.absolute(&urls::home(l)),
            label: loc.t(&format!("language_{l}")),
            current: l == lang,
            site_name: cx.site.programme.name.get(l).to_string(),
            call: cx.site.programme.call.get(l).to_string(),
            choose: loc.t("choose_language"),
            not_found_title: loc.t("not_found_title"),
            not_found_text: loc.t("not_found_text"),
        })
        .collect();
    let title = if template == "404.html" {
        let titles: Vec<&str> = homes.iter().map(|h| h.not_found_title.as_str()).collect();
        titles.join(" · ")
    } else {
        cx.site.programme.name.get(lang).to_string()
    };
    let mut out = cx.page(
        cx.locale(lang),
        template,
        Section::Other,
        &urls::home,
        &title,
        &homes,
    )?;
    out.path = path.to_string();
    Ok(out)
}

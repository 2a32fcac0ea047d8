//! Render: `Site` (validated model) + `Theme` → the static files of the public site, written to a
//! staging folder, scanned for private addresses, then swapped into place.

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
pub mod gate;
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
mod on_demand;
mod open_data_page;
mod out_path;
mod output;
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
pub use on_demand::OnDemand;
pub use out_path::{resolve_out, OutPathError};
pub use pictures::PictureStats;
pub use sitemap_limits::SitemapLimits;

// What the later stages read the model through: the search index (`crate::search`) makes its
// documents with the pages' own context, words and views.
pub(crate) use context::Ctx;
pub(crate) use locale::Locale;
pub(crate) use search_page::kind_labels;
pub(crate) use view::ImageView;

use crate::site::urls;
use context::Section;
use rayon::prelude::*;
use std::path::Path;
use std::time::{Duration, Instant};

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
    fn shared(&self, site: &crate::model::Site, theme: &Theme, base_url: &str) -> shared::Shared {
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

/// What a render produced.
#[derive(Clone, Debug)]
pub struct RenderStats {
    /// HTML pages.
    pub pages: usize,
    /// All files written or copied.
    pub files: usize,
    /// Pictures processed now, and taken from the cache.
    pub pictures: PictureStats,
    pub elapsed: Duration,
}

/// Renders `site` with `theme` into `out`, replacing it only if everything succeeded.
pub fn render_site(
    site: &crate::model::Site,
    theme: &Theme,
    options: &RenderOptions,
    out: &Path,
) -> Result<RenderStats, RenderError> {
    let start = Instant::now();
    let base_url = options
        .base_url
        .as_deref()
        .unwrap_or(&site.programme.base_url);
    let shared = options.shared(site, theme, base_url);
    let cx = Ctx::new(site, theme, &shared);
    let staging = output::prepare_staging(out)?;
    let cache = options
        .cache(&site.root)
        .map_err(|e| RenderError::io("opening", DEFAULT_CACHE_DIR, std::io::Error::other(e)))?;
    let scanner = output::LeakScanner::new(&private_emails(site, options));
    let gate = gate::Gate::new(&staging.dir, &scanner);
    let result = render_into(&cx, &gate, &options.extra_files).and_then(|(p, f)| {
        let (pictures, variants) = pictures::publish(site, &cache, &gate)?;
        Ok((p, f + variants, pictures))
    });
    match result {
        Ok((pages, files, pictures)) => {
            if let Err(e) = output::swap_into_place(&staging.dir, out) {
                let _ = output::remove_if_exists(&staging.dir);
                return Err(e);
            }
            Ok(RenderStats {
                pages,
                files,
                pictures,
                elapsed: start.elapsed(),
            })
        }
        Err(e) => {
            let _ = output::remove_if_exists(&staging.dir);
            Err(e)
        }
    }
}

/// Renders every file through the gate, scanning each for private addresses; returns (pages,
/// files). Pictures are published apart (`pictures::publish`).
fn render_into(
    cx: &Ctx,
    gate: &gate::Gate,
    extra: &[Output],
) -> Result<(usize, usize), RenderError> {
    use gate::Origin;
    // The data files, feeds, theme files and linked documents do not depend on the pages: they
    // are written beside them, after the search index.
    let beside = || {
        let mut outputs = data::render_data(cx)?;
        for l in cx.languages() {
            outputs.push(feed::render_atom(cx, cx.locale(l))?);
        }
        outputs.push(feed::render_robots(cx));
        outputs.extend(ical::render_calendars(cx));
        outputs.extend(map_drawing::render_drawings(cx)?);
        let mut written = gate.publish_all(Origin::Rendered, outputs)?;
        for (rel, bytes) in &cx.theme.static_files {
            written.push(gate.publish(Origin::Theme, &urls::static_file(rel), bytes)?);
        }
        for o in extra {
            written.push(gate.publish(Origin::Theme, &o.path, &o.bytes)?);
        }
        written.extend(gate.publish_documents(cx.site)?);
        Ok(written)
    };
    let (mut written, others) = render_pages(cx, gate, beside)?;
    let page_paths: Vec<String> = written
        .iter()
        .filter_map(|o| urls::page_of_file(&o.path).map(str::to_string))
        .filter(|p| !urls::is_print_page(p))
        .collect();
    let pages = written.iter().filter(|o| o.path.ends_with(".html")).count();
    let sitemap = sitemap::render_sitemap(cx, &page_paths)?;
    written.extend(gate.publish_all(Origin::Rendered, sitemap)?);
    written.extend(others);
    refuse_leaks(&written)?;
    Ok((pages, written.len()))
}

/// `RenderError::Leak` naming the first written file (by path) that holds a private address.
fn refuse_leaks(written: &[output::Written]) -> Result<(), RenderError> {
    let mut leaks: Vec<&str> = written
        .iter()
        .filter(|w| w.leak)
        .map(|w| w.path.as_str())
        .collect();
    leaks.sort_unstable();
    match leaks.first() {
        Some(first) => Err(RenderError::Leak {
            file: first.into(),
            more: leaks.len() - 1,
        }),
        None => Ok(()),
    }
}

/// One unit of page rendering.
enum Job<'a> {
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
    fn rel(&self, lang: &str) -> String {
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
    fn paths(&self, site: &crate::model::Site, lang: &str) -> Vec<String> {
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
const SPECIAL_PAGES: [(&str, &str); 2] =
    [("404.html", "404.html"), ("language.html", "index.html")];

fn jobs(site: &crate::model::Site) -> Vec<Job<'_>> {
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

/// Every HTML page of every language, the search indexes, `404.html` and `index.html`, written
/// as they are rendered, in parallel (the search index beside the pages); their paths sorted.
/// `beside` runs after the index, in parallel with the pages; its files are returned apart.
fn render_pages(
    cx: &Ctx,
    gate: &gate::Gate,
    beside: impl FnOnce() -> Result<Vec<output::Written>, RenderError> + Send,
) -> Result<(Vec<output::Written>, Vec<output::Written>), RenderError> {
    let jobs = jobs(cx.site);
    let work: Vec<(&Job, &Locale)> = cx
        .languages()
        .iter()
        .map(|l| cx.locale(l))
        .flat_map(|loc| jobs.iter().map(move |j| (j, loc)))
        .collect();
    cx.prepare_similar();
    let (rendered, index) = rayon::join(
        || {
            work.par_iter()
                .map(|(job, loc)| {
                    gate.publish_all(gate::Origin::Rendered, render_job(cx, loc, job)?)
                })
                .collect::<Result<Vec<Vec<output::Written>>, _>>()
        },
        || {
            let index = crate::search::write_index(cx, &|o| {
                gate.publish_all(gate::Origin::Rendered, vec![o])
            })?;
            Ok::<_, RenderError>((index, beside()?))
        },
    );
    let mut written: Vec<output::Written> = rendered?.into_iter().flatten().collect();
    let (index, others) = index?;
    written.extend(index.into_iter().flatten());
    let special = SPECIAL_PAGES
        .iter()
        .map(|(template, path)| render_special(cx, template, path))
        .collect::<Result<_, _>>()?;
    written.extend(gate.publish_all(gate::Origin::Rendered, special)?);
    written.sort_by(|a, b| a.path.cmp(&b.path));
    Ok((written, others))
}

fn render_job(cx: &Ctx, loc: &Locale, job: &Job) -> Result<Vec<Output>, RenderError> {
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
fn render_special(cx: &Ctx, template: &str, path: &str) -> Result<Output, RenderError> {
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

/// Addresses that must not be published: every reviewer's, every person's without `public_contact`,
/// except the programme's `contact:` address, which is public by definition (a reviewer may well
/// answer at the programme's public address).
pub fn private_emails(site: &crate::model::Site, options: &RenderOptions) -> Vec<String> {
    let public = site
        .programme
        .contact
        .as_ref()
        .and_then(|c| c.email.as_ref())
        .map(|e| e.as_str().to_ascii_lowercase());
    let mut out: Vec<String> = site
        .reviewers
        .iter()
        .filter_map(|r| r.email.as_ref())
        .chain(
            site.persons
                .iter()
                .filter(|p| !p.public_contact)
                .filter_map(|p| p.email.as_ref()),
        )
        .map(|e| e.as_str().to_string())
        .chain(options.extra_private_emails.iter().cloned())
        .filter(|e| public.as_deref() != Some(e.to_ascii_lowercase().as_str()))
        .collect();
    out.sort();
    out.dedup();
    out
}

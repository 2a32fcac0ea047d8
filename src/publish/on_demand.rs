//! Rendering on request, for `serve`: the site's file list comes from the model at once, and each
//! file is rendered only when it is asked for, then kept until the site changes. What the pages
//! share (strings, the map's layout, rendered bodies) is built once per site and kept beside it;
//! a request reads them through a render context that only borrows. A one-file edit then costs
//! a validation and the pages the browser asks for, not a whole build. Every file is the same
//! bytes `render_site` publishes, and is scanned for private addresses the same way.

use super::gate::{admit, documents, Origin};
use super::output::LeakScanner;
use super::private_emails;
use crate::model::Site;
use crate::render::{
    calendar_paths, drawing_paths, jobs, render_atom, render_calendars, render_data,
    render_drawings, render_job, render_robots, render_sitemap, render_special, Ctx, Job, Output,
    RenderError, RenderOptions, Shared, SPECIAL_PAGES,
};
use crate::site::{files, urls};
use crate::theme::Theme;
use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::{Arc, Mutex, OnceLock, PoisonError};

/// A site whose files are rendered when requested.
pub struct OnDemand {
    site: Site,
    theme: Arc<Theme>,
    /// What every page of the site shares, built with it: the strings, the map's layout, the
    /// bodies rendered so far.
    shared: Shared,
    /// Every file of the site by its path (`fr/districts/index.html`): what it is made from.
    sources: HashMap<String, Source>,
    /// The pages' site paths, sorted (for the sitemap).
    page_paths: Vec<String>,
    scanner: LeakScanner,
    /// Where pictures are processed to (and read from), or why the cache folder was refused.
    cache: Result<crate::pictures::Cache, Arc<crate::pictures::CacheError>>,
    /// Files rendered so far (documents and pictures are read each time instead).
    rendered: Mutex<HashMap<String, Arc<[u8]>>>,
    /// The search index files of every language, built when one is first asked for (their
    /// number depends on the content), or the path of a file of theirs holding a private address.
    index: OnceLock<Result<Files, String>>,
}

/// Rendered files by path.
type Files = HashMap<String, Arc<[u8]>>;

/// What a file is made from.
#[derive(Clone, Debug)]
enum Source {
    /// Rendered from the model.
    Rendered(Rendered),
    /// The `i`-th static file of the theme.
    Static(usize),
    /// A linked document on disk, of the type its check found.
    Document(PathBuf, crate::documents::DocumentType),
    /// The variant of a picture (root-relative) of this width, processed into the cache on
    /// first request.
    Picture(PathBuf, u32),
}

/// What a rendered file is.
#[derive(Clone, Debug)]
enum Rendered {
    /// The `job`-th of [`jobs`] in the `lang`-th language.
    Job {
        lang: usize,
        job: usize,
    },
    /// One of [`SPECIAL_PAGES`], from its template.
    Special(&'static str),
    /// The open data files, rendered together.
    Data,
    /// The Atom feed of the `lang`-th language.
    Feed(usize),
    Sitemap,
    Robots,
    /// Every iCalendar feed, rendered together.
    Calendars,
    /// The map's drawing in every language.
    MapDrawings,
}

impl OnDemand {
    /// The site it renders.
    pub fn site(&self) -> &Site {
        &self.site
    }

    /// The render context of a request.
    fn cx(&self) -> Ctx<'_> {
        Ctx::new(&self.site, &self.theme, &self.shared)
    }

    /// Lists the files of `site` rendered with `theme`; renders nothing yet.
    pub fn new(site: Site, theme: Arc<Theme>, options: &RenderOptions) -> OnDemand {
        let base_url = options
            .base_url
            .clone()
            .unwrap_or_else(|| site.programme.base_url.clone());
        let scanner = LeakScanner::new(&private_emails(&site, options));
        let cache = options.cache(&site.root).map_err(Arc::new);
        let shared = options.shared(&site, &theme, &base_url);
        let (sources, page_paths) = list_sources(&site, &theme, &jobs(&site), shared.map.is_some());
        OnDemand {
            site,
            theme,
            shared,
            sources,
            page_paths,
            scanner,
            cache,
            rendered: Mutex::new(HashMap::new()),
            index: OnceLock::new(),
        }
    }

    /// The search index files, built on first use.
    fn index(&self) -> &Result<Files, String> {
        self.index.get_or_init(|| {
            let outputs = crate::search::render_index(&self.cx());
            let mut leaks: Vec<&str> = outputs
                .iter()
                .filter(|o| self.scanner.hits(&o.bytes))
                .map(|o| o.path.as_str())
                .collect();
            leaks.sort_unstable();
            match leaks.first() {
                Some(leak) => Err(leak.to_string()),
                None => Ok(outputs
                    .into_iter()
                    .map(|o| (o.path, o.bytes.into()))
                    .collect()),
            }
        })
    }

    /// A search index file: `None` when `path` is none.
    fn index_file(&self, path: &str) -> Result<Option<Arc<[u8]>>, RenderError> {
        match self.index() {
            Ok(files) => Ok(files.get(path).cloned()),
            Err(leak) => Err(RenderError::Leak {
                file: leak.into(),
                more: 0,
            }),
        }
    }

    /// The number of HTML pages (as `build` counts them).
    pub fn pages(&self) -> usize {
        self.sources
            .iter()
            .filter(|(p, s)| p.ends_with(".html") && is_page(s))
            .count()
    }

    /// The type of the linked document published at `path`, if it is one.
    pub fn document(&self, path: &str) -> Option<crate::documents::DocumentType> {
        match self.sources.get(path) {
            Some(Source::Document(_, t)) => Some(*t),
            _ => None,
        }
    }

    /// Whether the site has a file at `path`.
    pub fn contains(&self, path: &str) -> bool {
        self.sources.contains_key(path)
            || (crate::search::is_index_file(path)
                && self.index().as_ref().is_ok_and(|f| f.contains_key(path)))
    }

    /// Every file's path, in no order (the search index is built for it).
    pub fn paths(&self) -> impl Iterator<Item = &str> {
        let index = self
            .index()
            .as_ref()
            .ok()
            .into_iter()
            .flat_map(|f| f.keys());
        self.sources.keys().chain(index).map(String::as_str)
    }

    /// The bytes of the file at `path` (rendered now if not yet), or `None` if the site has none.
    pub fn file(&self, path: &str) -> Result<Option<Arc<[u8]>>, RenderError> {
        let cached = self.lock().get(path).cloned();
        if cached.is_some() {
            return Ok(cached);
        }
        let Some(source) = self.sources.get(path) else {
            if crate::search::is_index_file(path) {
                return self.index_file(path);
            }
            return Ok(None);
        };
        let outputs = self.render(source, path)?;
        // Through the gate `build` writes through: what it would refuse is not served either.
        for o in &outputs {
            admit(origin(source), &o.path, &o.bytes).map_err(|why| RenderError::Refused {
                file: o.path.clone().into(),
                why,
            })?;
        }
        // Scanned before anything is kept, outside the lock: a file rendered with a leaking
        // one (the search page and its index) is refused as well, now and on later requests.
        if let Some(leak) = outputs.iter().find(|o| self.scanner.hits(&o.bytes)) {
            return Err(RenderError::Leak {
                file: leak.path.clone().into(),
                more: 0,
            });
        }
        let outputs: Vec<(String, Arc<[u8]>)> = outputs
            .into_iter()
            .map(|o| (o.path, o.bytes.into()))
            .collect();
        let found = outputs
            .iter()
            .find(|(p, _)| p == path)
            .map(|(_, b)| b.clone());
        if !matches!(source, Source::Document(..) | Source::Picture(..)) {
            self.lock().extend(outputs);
        }
        Ok(found)
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<String, Arc<[u8]>>> {
        self.rendered.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// What `source` makes: the file at `path`, and the others rendered with it.
    fn render(&self, source: &Source, path: &str) -> Result<Vec<Output>, RenderError> {
        match source {
            Source::Rendered(r) => self.render_model(r, path),
            Source::Static(i) => {
                let (_, bytes) = &self.theme.static_files[*i];
                Ok(vec![Output::new(path.to_string(), bytes.clone())])
            }
            Source::Document(src, _) => {
                let bytes =
                    crate::load::read_bytes(src).map_err(|e| RenderError::io("reading", src, e))?;
                Ok(vec![Output::new(path.to_string(), bytes)])
            }
            Source::Picture(picture, width) => {
                let site = self.site();
                let entry = &site.pictures[picture];
                let cache = self.cache.as_ref().map_err(|e| {
                    RenderError::io(
                        "opening",
                        "the picture cache",
                        std::io::Error::other(e.to_string()),
                    )
                })?;
                let (_, variants) = super::pictures::ensure(site, cache, picture, entry)?;
                Ok(variants
                    .into_iter()
                    .filter(|(w, _)| w == width)
                    .map(|(_, bytes)| Output::new(path.to_string(), bytes))
                    .collect())
            }
        }
    }

    fn render_model(&self, what: &Rendered, path: &str) -> Result<Vec<Output>, RenderError> {
        let cx = &self.cx();
        let locale = |l: &usize| cx.locale(&cx.languages()[*l]);
        Ok(match what {
            // The jobs are listed again (references into the site, in the order `new` numbered
            // them): cheap next to rendering the page.
            Rendered::Job { lang: l, job } => match jobs(&self.site).get(*job) {
                Some(job) => render_job(cx, locale(l), job)?,
                None => Vec::new(),
            },
            Rendered::Special(template) => vec![render_special(cx, template, path)?],
            Rendered::Data => render_data(cx)?,
            Rendered::Feed(l) => vec![render_atom(cx, locale(l))?],
            Rendered::Sitemap => render_sitemap(cx, &self.page_paths)?,
            Rendered::Robots => vec![render_robots(cx)],
            Rendered::Calendars => render_calendars(cx),
            Rendered::MapDrawings => render_drawings(cx)?,
        })
    }
}

/// Every file of the site and what it is made from, and the pages' site paths in the order of
/// their files (for the sitemap).
fn list_sources(
    site: &Site,
    theme: &Theme,
    jobs: &[Job],
    has_map: bool,
) -> (HashMap<String, Source>, Vec<String>) {
    let mut sources = HashMap::new();
    for (l, lang) in site.programme.languages.iter().enumerate() {
        for (j, job) in jobs.iter().enumerate() {
            for path in job.paths(site, lang) {
                sources.insert(path, Source::Rendered(Rendered::Job { lang: l, job: j }));
            }
        }
        sources.insert(urls::atom(lang), Source::Rendered(Rendered::Feed(l)));
    }
    for (template, path) in SPECIAL_PAGES {
        sources.insert(
            path.to_string(),
            Source::Rendered(Rendered::Special(template)),
        );
    }
    // In the order of the pages' file paths, as `build` lists them.
    let mut pages: Vec<&String> = sources
        .iter()
        .filter(|(_, s)| is_page(s))
        .map(|(p, _)| p)
        .collect();
    pages.sort_unstable();
    let page_paths: Vec<String> = pages
        .into_iter()
        .filter_map(|p| urls::page_of_file(p).map(str::to_string))
        .filter(|p| !urls::is_print_page(p))
        .collect();
    for path in files::PUBLISHED {
        sources.insert(path.to_string(), Source::Rendered(Rendered::Data));
    }
    if site.boundaries.is_some() {
        sources.insert(files::BOUNDARIES.into(), Source::Rendered(Rendered::Data));
    }
    sources.insert(files::PACKAGE.into(), Source::Rendered(Rendered::Data));
    sources.insert("sitemap.xml".into(), Source::Rendered(Rendered::Sitemap));
    sources.insert("robots.txt".into(), Source::Rendered(Rendered::Robots));
    for path in calendar_paths(site) {
        sources.insert(path, Source::Rendered(Rendered::Calendars));
    }
    for path in drawing_paths(has_map, &site.programme.languages) {
        sources.insert(path, Source::Rendered(Rendered::MapDrawings));
    }
    for (i, (rel, _)) in theme.static_files.iter().enumerate() {
        sources.insert(urls::static_file(rel), Source::Static(i));
    }
    for (path, src, t) in documents(site) {
        sources.insert(path, Source::Document(src, t));
    }
    for (path, picture, width) in super::pictures::variant_files(site) {
        sources.insert(path, Source::Picture(picture, width));
    }
    (sources, page_paths)
}

/// Where the files made from `source` come from, for the gate.
fn origin(source: &Source) -> Origin {
    match source {
        Source::Rendered(_) => Origin::Rendered,
        Source::Static(_) => Origin::Theme,
        Source::Document(_, t) => Origin::Document(*t),
        Source::Picture(..) => Origin::Picture,
    }
}

/// Whether a file is a page of the site (for the sitemap and the page count).
fn is_page(source: &Source) -> bool {
    matches!(
        source,
        Source::Rendered(Rendered::Job { .. } | Rendered::Special(_))
    )
}

//! Feeds and crawler files: Atom per language (project updates, meetings), drawn by the
//! theme's `atom.xml` from plain values computed here; `robots.txt` (the sitemap is in
//! `sitemap.rs`).

use super::context::Ctx;
use super::lists::news;
use super::locale::Locale;
use super::{Output, RenderError};
use crate::site::urls;
use serde::Serialize;

/// How many entries an Atom feed holds.
const FEED_ENTRIES: usize = 50;

/// What `atom.xml` receives as `feed`.
#[derive(Serialize)]
struct FeedView {
    lang: String,
    title: String,
    /// The feed's author (RFC 4287 asks for one): the programme.
    author: String,
    /// The feed's own URL, also its id.
    url: String,
    home: String,
    /// `YYYY-MM-DD` of the newest entry.
    updated: String,
    entries: Vec<EntryView>,
}

#[derive(Serialize)]
struct EntryView {
    /// The date as the language writes it, for the title.
    date: String,
    title: String,
    /// The title's language, when it differs from the entry's.
    title_lang: Option<String>,
    url: String,
    id: String,
    updated: String,
    /// The language of the summary; the entry says it when it differs from the feed's.
    lang: String,
    summary: String,
}

/// `/<lang>/atom.xml`: newest project updates and meetings.
pub fn render_atom(cx: &Ctx, loc: &Locale) -> Result<Output, RenderError> {
    let items = news(cx, loc);
    let url = cx.urls.absolute(&urls::atom(loc.lang()));
    let updated = items
        .first()
        .map_or_else(|| "1970-01-01".to_string(), |i| i.0.iso());
    let entries = items
        .iter()
        .take(FEED_ENTRIES)
        .enumerate()
        .map(|(i, (date, item))| {
            let url = cx.urls.absolute_of_path(&item.url);
            let n = items
                .iter()
                .take(i)
                .filter(|o| o.1.url == item.url && o.0 == *date)
                .count();
            // RFC 4287 readers show the summary: never an empty one.
            let (summary, summary_lang) = if item.text.trim().is_empty() {
                (&item.title, &item.title_lang)
            } else {
                (&item.text, &item.lang)
            };
            EntryView {
                date: item.date.clone(),
                title: item.title.clone(),
                title_lang: (item.title_lang != *summary_lang).then(|| item.title_lang.clone()),
                id: format!("{url}#{}-{n}", date.iso()),
                url,
                updated: date.iso(),
                lang: summary_lang.clone(),
                summary: summary.clone(),
            }
        })
        .collect();
    let name = cx.site.programme.name.get(loc.lang()).to_string();
    let feed = FeedView {
        lang: loc.lang().to_string(),
        title: name.clone(),
        author: name,
        url,
        home: cx.urls.absolute(&urls::home(loc.lang())),
        updated,
        entries,
    };
    let mut context = tera::Context::new();
    context.insert("feed", &feed);
    let xml = cx.theme.render("atom.xml", &context)?;
    Ok(Output::new(urls::atom(loc.lang()), xml.into_bytes()))
}

/// `/robots.txt`: everything may be crawled; points at the sitemap (or its index).
pub fn render_robots(cx: &Ctx) -> Output {
    let text = format!(
        "User-agent: *\nAllow: /\nSitemap: {}\n",
        cx.urls.absolute("sitemap.xml")
    );
    Output::new("robots.txt".into(), text.into_bytes())
}

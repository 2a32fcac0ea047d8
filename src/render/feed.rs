//! Feeds and crawler files: Atom per language (project updates, meetings) and `sitemap.xml`
//! with hreflang alternates, drawn by the theme's `atom.xml` and `sitemap.xml` templates from
//! plain values computed here; `robots.txt`.

use super::context::Ctx;
use super::lists::news;
use super::{Output, RenderError};
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
pub fn render_atom(cx: &Ctx, lang: &str) -> Result<Output, RenderError> {
    let items = news(cx, lang);
    let url = cx.urls.absolute(&format!("{lang}/atom.xml"));
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
    let name = cx.site.programme.name.get(lang).to_string();
    let feed = FeedView {
        lang: lang.to_string(),
        title: name.clone(),
        author: name,
        url,
        home: cx.urls.absolute(&format!("{lang}/")),
        updated,
        entries,
    };
    let mut context = tera::Context::new();
    context.insert("feed", &feed);
    let xml = cx.theme.render("atom.xml", &context)?;
    Ok(Output::new(format!("{lang}/atom.xml"), xml.into_bytes()))
}

/// A page of the sitemap with its URL in every language.
#[derive(Serialize)]
struct SitemapUrl {
    loc: String,
    alternates: Vec<Alternate>,
}

#[derive(Clone, Serialize)]
struct Alternate {
    lang: String,
    href: String,
}

/// `/sitemap.xml`: every page, with its alternates in the other languages.
pub fn render_sitemap(cx: &Ctx, pages: &[String]) -> Result<Output, RenderError> {
    let langs = cx.languages();
    let first = langs.first().map(String::as_str).unwrap_or("");
    let prefix = format!("{first}/");
    let mut urls = Vec::new();
    let listed = pages
        .iter()
        .filter(|p| !super::redirect::is_alias_page(cx, p));
    for rest in listed.filter_map(|p| p.strip_prefix(&prefix)) {
        let alternates: Vec<Alternate> = langs
            .iter()
            .map(|alt| Alternate {
                lang: alt.clone(),
                href: cx.urls.absolute(&format!("{alt}/{rest}")),
            })
            .collect();
        for a in &alternates {
            urls.push(SitemapUrl {
                loc: a.href.clone(),
                alternates: alternates.clone(),
            });
        }
    }
    let mut context = tera::Context::new();
    context.insert("urls", &urls);
    let xml = cx.theme.render("sitemap.xml", &context)?;
    Ok(Output::new("sitemap.xml".into(), xml.into_bytes()))
}

/// `/robots.txt`: everything may be crawled; points at the sitemap.
pub fn render_robots(cx: &Ctx) -> Output {
    let text = format!(
        "User-agent: *\nAllow: /\nSitemap: {}\n",
        cx.urls.absolute("sitemap.xml")
    );
    Output::new("robots.txt".into(), text.into_bytes())
}

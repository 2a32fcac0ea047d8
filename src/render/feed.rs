//! Feeds and crawler files: Atom per language (project updates, meetings), `sitemap.xml`
//! with hreflang alternates, `robots.txt`.

use super::context::Ctx;
use super::lists::news;
use super::svg::escape;
use super::Output;

/// How many entries an Atom feed holds.
const FEED_ENTRIES: usize = 50;

/// `/<lang>/atom.xml`: newest project updates and meetings.
pub fn render_atom(cx: &Ctx, lang: &str) -> Output {
    let items = news(cx, lang);
    let feed_url = cx.urls.absolute(&format!("{lang}/atom.xml"));
    let updated = items
        .first()
        .map_or_else(|| "1970-01-01".to_string(), |i| i.0.iso());
    let mut x = String::from("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
    x.push_str(&format!(
        "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"{lang}\">\n<title>{}</title>\n<id>{feed_url}</id>\n<link rel=\"self\" href=\"{feed_url}\"/>\n<link href=\"{}\"/>\n<updated>{updated}T00:00:00Z</updated>\n",
        escape(cx.site.programme.name.get(lang)),
        cx.urls.absolute(&format!("{lang}/")),
    ));
    for (i, (date, item)) in items.iter().take(FEED_ENTRIES).enumerate() {
        let url = cx.urls.absolute_of_path(&item.url);
        let n = items
            .iter()
            .take(i)
            .filter(|o| o.1.url == item.url && o.0 == *date)
            .count();
        x.push_str(&format!(
            "<entry>\n<title>{}</title>\n<link href=\"{url}\"/>\n<id>{url}#{}-{n}</id>\n<updated>{}T00:00:00Z</updated>\n<summary xml:lang=\"{}\">{}</summary>\n</entry>\n",
            escape(&format!("{} — {}", item.date, item.title)),
            date.iso(),
            date.iso(),
            item.lang,
            escape(&item.text),
        ));
    }
    x.push_str("</feed>\n");
    Output::new(format!("{lang}/atom.xml"), x.into_bytes())
}

/// `/sitemap.xml`: every page, with its alternates in the other languages.
pub fn render_sitemap(cx: &Ctx, pages: &[String]) -> Output {
    let langs = cx.languages();
    let mut x = String::from("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n");
    let first = langs.first().map(String::as_str).unwrap_or("");
    let prefix = format!("{first}/");
    for rest in pages.iter().filter_map(|p| p.strip_prefix(&prefix)) {
        for lang in langs {
            x.push_str(&format!(
                "<url><loc>{}</loc>",
                cx.urls.absolute(&format!("{lang}/{rest}"))
            ));
            for alt in langs {
                x.push_str(&format!(
                    "<xhtml:link rel=\"alternate\" hreflang=\"{alt}\" href=\"{}\"/>",
                    cx.urls.absolute(&format!("{alt}/{rest}"))
                ));
            }
            x.push_str("</url>\n");
        }
    }
    x.push_str("</urlset>\n");
    Output::new("sitemap.xml".into(), x.into_bytes())
}

/// `/robots.txt`: everything may be crawled; points at the sitemap.
pub fn render_robots(cx: &Ctx) -> Output {
    let text = format!(
        "User-agent: *\nAllow: /\nSitemap: {}\n",
        cx.urls.absolute("sitemap.xml")
    );
    Output::new("robots.txt".into(), text.into_bytes())
}

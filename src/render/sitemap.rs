//! `/sitemap.xml`: every page with its alternates in the other languages, drawn by the theme's
//! `sitemap.xml`. A site over the protocol's limits (50,000 URLs or 50 MB a file) gets
//! `sitemap1.xml`, `sitemap2.xml`, … and `sitemap.xml` becomes their index
//! (`sitemap_index.xml`), as Zola does; `robots.txt` names `sitemap.xml` either way.

use super::context::Ctx;
use super::{Output, RenderError};
use crate::site::urls;
use serde::Serialize;

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

/// `/sitemap.xml`, or its index and the files it names when one file would exceed the build's
/// sitemap limits.
pub fn render_sitemap(cx: &Ctx, pages: &[String]) -> Result<Vec<Output>, RenderError> {
    let limits = cx.shared.sitemap_limits;
    let urls = sitemap_urls(cx, pages);
    let mut per_file = limits.urls.max(1);
    loop {
        let files = urls
            .chunks(per_file)
            .map(|chunk| render_urls(cx, chunk))
            .collect::<Result<Vec<_>, _>>()?;
        let fits = files.iter().all(|f| f.len() <= limits.bytes);
        if fits || per_file == 1 {
            return index(cx, files);
        }
        per_file = per_file.div_ceil(2);
    }
}

/// One file: `sitemap.xml` itself; more: `sitemap<n>.xml` and their index as `sitemap.xml`.
fn index(cx: &Ctx, files: Vec<Vec<u8>>) -> Result<Vec<Output>, RenderError> {
    if files.len() <= 1 {
        let bytes = match files.into_iter().next() {
            Some(b) => b,
            None => render_urls(cx, &[])?,
        };
        return Ok(vec![Output::new("sitemap.xml".into(), bytes)]);
    }
    let mut outputs: Vec<Output> = files
        .into_iter()
        .enumerate()
        .map(|(i, bytes)| Output::new(format!("sitemap{}.xml", i + 1), bytes))
        .collect();
    let locs: Vec<String> = outputs.iter().map(|o| cx.urls.absolute(&o.path)).collect();
    let mut context = tera::Context::new();
    context.insert("sitemaps", &locs);
    let xml = cx.theme.render("sitemap_index.xml", &context)?;
    outputs.push(Output::new("sitemap.xml".into(), xml.into_bytes()));
    Ok(outputs)
}

fn render_urls(cx: &Ctx, urls: &[SitemapUrl]) -> Result<Vec<u8>, RenderError> {
    let mut context = tera::Context::new();
    context.insert("urls", urls);
    Ok(cx.theme.render("sitemap.xml", &context)?.into_bytes())
}

/// Every page in every language, each with its alternates; alias pages left out.
fn sitemap_urls(cx: &Ctx, pages: &[String]) -> Vec<SitemapUrl> {
    let langs = cx.languages();
    let first = langs.first().map(String::as_str).unwrap_or("");
    let mut entries = Vec::new();
    let listed = pages
        .iter()
        .filter(|p| !super::redirect::is_alias_page(cx, p));
    for page in listed {
        let alternates: Vec<Alternate> = langs
            .iter()
            .filter_map(|alt| {
                let rel = urls::in_language(page, first, alt)?;
                Some(Alternate {
                    lang: alt.clone(),
                    href: cx.urls.absolute(&rel),
                })
            })
            .collect();
        for a in &alternates {
            entries.push(SitemapUrl {
                loc: a.href.clone(),
                alternates: alternates.clone(),
            });
        }
    }
    entries
}

//! The sitemap split under an index when one file would pass the protocol's limits (50,000
//! URLs, 50 MB), triggered here at small limits on a small site.

use crate::build_support::*;
use std::path::{Path, PathBuf};
use wijk::render::SitemapLimits;

/// The small fixture built with `limits`; the folder (keep it alive) and the site's path.
fn built_with(limits: SitemapLimits) -> (tempfile::TempDir, PathBuf) {
    let root = fixture("build-small");
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("public");
    let site = wijk::validate::validate(&wijk::load::load(&root).unwrap())
        .site
        .unwrap();
    let theme = wijk::render::Theme::load(&crate_root().join("themes/default")).unwrap();
    let options = wijk::render::RenderOptions {
        cache_dir: Some(out.with_extension("cache")),
        today: Some(TODAY),
        sitemap_limits: limits,
        ..Default::default()
    };
    wijk::publish::render_site(&site, &theme, &options, &out).unwrap();
    (dir, out)
}

/// The `<loc>`s of an XML file, parsed.
fn locs(out: &Path, rel: &str) -> (String, Vec<String>) {
    let text = read(out, rel);
    let doc = roxmltree::Document::parse(&text).unwrap();
    let root = doc.root_element().tag_name().name().to_string();
    let locs = doc
        .descendants()
        .filter(|n| n.tag_name().name() == "loc")
        .filter_map(|n| n.text().map(str::to_string))
        .collect();
    (root, locs)
}

#[test]
fn keeps_one_sitemap_under_the_limits() {
    let (_dir, out) = built_with(SitemapLimits::default());
    let (root, urls) = locs(&out, "sitemap.xml");
    assert_eq!(root, "urlset");
    assert!(urls.len() > 20, "{}", urls.len());
    assert!(!out.join("sitemap1.xml").exists());
    assert!(read(&out, "robots.txt").contains("Sitemap: https://wijken.example.org/sitemap.xml\n"));
}

#[test]
fn splits_the_sitemap_under_an_index_past_a_limit() {
    let (_whole_dir, whole) = built_with(SitemapLimits::default());
    let (_, all) = locs(&whole, "sitemap.xml");
    for limits in [
        SitemapLimits {
            urls: 10,
            bytes: 52_428_800,
        },
        SitemapLimits {
            urls: 50_000,
            bytes: 6_000,
        },
    ] {
        let (_dir, out) = built_with(limits);
        let (root, files) = locs(&out, "sitemap.xml");
        assert_eq!(root, "sitemapindex", "{limits:?}");
        assert!(files.len() > 1, "{limits:?}: {files:?}");
        let mut listed = Vec::new();
        for (i, file) in files.iter().enumerate() {
            let rel = format!("sitemap{}.xml", i + 1);
            assert_eq!(file, &format!("https://wijken.example.org/{rel}"));
            let (root, urls) = locs(&out, &rel);
            assert_eq!(root, "urlset");
            assert!(urls.len() <= limits.urls, "{rel}: {} URLs", urls.len());
            assert!(read(&out, &rel).len() <= limits.bytes, "{rel} too large");
            listed.extend(urls);
        }
        assert_eq!(listed, all, "{limits:?}: the same URLs in the same order");
        // robots.txt names the index, which names the rest.
        assert!(
            read(&out, "robots.txt").contains("Sitemap: https://wijken.example.org/sitemap.xml\n")
        );
    }
}

//! The meetings' calendars are found where the meetings are: each district's and theme's page
//! links its own feed, and the page that says how to subscribe, in every language; every linked
//! file is published.

use crate::build_support::*;
use std::path::Path;

/// The `href`s of `html`'s `<main>`.
fn links(html: &str) -> Vec<String> {
    main_of(html)
        .split("href=\"")
        .skip(1)
        .filter_map(|s| s.split('"').next().map(String::from))
        .collect()
}

/// Whether the site path `href` (`/fr/pages/calendar/`) is published under `out`.
fn published(out: &Path, href: &str) -> bool {
    let rel = href.trim_start_matches('/');
    let file = if rel.ends_with('/') {
        out.join(rel).join("index.html")
    } else {
        out.join(rel)
    };
    file.is_file()
}

/// Checks that the page at `page` (`fr/districts/bervoets/`) links its feed and the help page.
fn links_its_feed(out: &Path, lang: &str, page: &str) {
    let hrefs = links(&read(out, &format!("{page}index.html")));
    let feed = format!("/{page}calendar.ics");
    let help = format!("/{lang}/pages/calendar/");
    for wanted in [&feed, &help] {
        assert!(
            hrefs.contains(wanted),
            "{page} does not link {wanted}: {hrefs:?}"
        );
        assert!(
            published(out, wanted),
            "{wanted}, linked from {page}, is not published"
        );
    }
}

#[test]
fn each_district_and_theme_page_links_its_own_calendar_and_how_to_subscribe() {
    let (_dir, out) = built_example();
    let mut with_meetings = 0;
    for lang in ["fr", "nl"] {
        for kind in ["districts", "themes"] {
            let dir = out.join(lang).join(kind);
            for entry in std::fs::read_dir(&dir).unwrap() {
                let entry = entry.unwrap();
                let id = entry.file_name().to_string_lossy().to_string();
                if !entry.path().join("calendar.ics").is_file() {
                    continue;
                }
                let page = format!("{lang}/{kind}/{id}/");
                let feed = read(&out, &format!("{page}calendar.ics"));
                // A theme page shows its meetings' section only when it has meetings.
                if kind == "themes" && !feed.contains("BEGIN:VEVENT") {
                    continue;
                }
                with_meetings += usize::from(feed.contains("BEGIN:VEVENT"));
                links_its_feed(&out, lang, &page);
            }
        }
    }
    assert!(
        with_meetings >= 4,
        "only {with_meetings} pages with meetings"
    );
}

//! URLs of the site: one place that knows the contract's URL scheme, under a base path — the
//! pages, the pages of a long list, the feeds (Atom and iCalendar), the editions of the call,
//! the theme's static files, media and picture variants.

use super::Kind;
use std::path::Path;

/// Builds absolute-path URLs (`/preview/fr/districts/bervoets/`) and absolute URLs for feeds.
#[derive(Clone, Debug)]
pub struct Urls {
    /// Scheme and host, without trailing slash (`https://x.org`), or empty for a path-only base.
    origin: String,
    /// Path prefix without trailing slash (`/preview`, or empty).
    base_path: String,
}

impl Urls {
    /// Splits a base URL (`https://x.org/preview/`) into origin and path; a base without a
    /// scheme (`/preview/`, `preview`) is a path alone.
    pub fn new(base_url: &str) -> Urls {
        let trimmed = base_url.trim();
        let (origin, path) = match url::Url::parse(trimmed) {
            Ok(u) if u.has_host() => {
                let host = &u[url::Position::BeforeHost..url::Position::AfterPort];
                (format!("{}://{host}", u.scheme()), u.path().to_string())
            }
            _ => (String::new(), trimmed.to_string()),
        };
        let path = path.trim_end_matches('/');
        let base_path = if path.is_empty() || path.starts_with('/') {
            path.to_string()
        } else {
            format!("/{path}")
        };
        Urls { origin, base_path }
    }

    /// The URL of a site path (`fr/districts/`) as an absolute path.
    pub fn path(&self, rel: &str) -> String {
        format!("{}/{}", self.base_path, rel.trim_start_matches('/'))
    }

    /// The full URL (origin included) of a site path, for feeds and the sitemap.
    pub fn absolute(&self, rel: &str) -> String {
        format!("{}{}", self.origin, self.path(rel))
    }

    /// The full URL of an absolute path already produced by [`Urls::path`].
    pub fn absolute_of_path(&self, path: &str) -> String {
        format!("{}{path}", self.origin)
    }
}

/// The site path (no base, no leading slash) of a page in `lang`.
pub fn home(lang: &str) -> String {
    format!("{lang}/")
}
/// `/<lang>/map.svg`: the map's drawing under the markers, one file per language.
pub fn map_drawing(lang: &str) -> String {
    format!("{lang}/map.svg")
}
/// `/<lang>/districts/`.
pub fn districts(lang: &str) -> String {
    format!("{lang}/districts/")
}
/// `/<lang>/districts/<district>/`.
pub fn district(lang: &str, id: &str) -> String {
    of_kind(Kind::District, lang, id)
}
/// `/<lang>/districts/<district>/<project>/`.
pub fn project(lang: &str, district: &str, id: &str) -> String {
    format!("{lang}/districts/{district}/{id}/")
}
/// `/<lang>/themes/<theme>/`.
pub fn theme(lang: &str, id: &str) -> String {
    format!("{lang}/themes/{id}/")
}
/// `/<lang>/communes/<commune>/`: the districts of a commune.
pub fn commune(lang: &str, id: &str) -> String {
    format!("{lang}/communes/{id}/")
}
/// `/<lang>/experts/`.
pub fn experts(lang: &str) -> String {
    format!("{lang}/experts/")
}
/// `/<lang>/experts/<person>/`.
pub fn expert(lang: &str, id: &str) -> String {
    of_kind(Kind::Expert, lang, id)
}
/// `/<lang>/meetings/`.
pub fn meetings(lang: &str) -> String {
    format!("{lang}/meetings/")
}
/// `/<lang>/meetings/<meeting>/`.
pub fn meeting(lang: &str, id: &str) -> String {
    of_kind(Kind::Meeting, lang, id)
}
/// `/<lang>/pages/<page>/`.
pub fn page(lang: &str, id: &str) -> String {
    of_kind(Kind::Page, lang, id)
}
/// `/<lang>/search/`.
pub fn search(lang: &str) -> String {
    format!("{lang}/search/")
}

/// `/<lang>/<segment>/<id>/`: the page of a district, expert, meeting or page (a project's
/// address also names its district: [`project`]).
pub fn of_kind(kind: Kind, lang: &str, id: &str) -> String {
    format!("{lang}/{}/{id}/", kind.segment())
}

/// The site path of page `n` (from 1) of the list at `rel` (`fr/districts/` →
/// `fr/districts/page/2/`); the first page is the list's own address.
pub fn list_page(rel: &str, n: usize) -> String {
    if n <= 1 {
        rel.to_string()
    } else {
        format!("{rel}page/{n}/")
    }
}

/// `/<lang>/atom.xml`: the programme's Atom feed in `lang`.
pub fn atom(lang: &str) -> String {
    format!("{lang}/atom.xml")
}

/// The iCalendar feed beside the page at `rel`, holding its meetings
/// (`fr/districts/bervoets/` → `fr/districts/bervoets/calendar.ics`).
pub fn calendar(rel: &str) -> String {
    format!("{rel}calendar.ics")
}

/// `/<lang>/editions/`: the editions of the call.
pub fn editions(lang: &str) -> String {
    format!("{lang}/editions/")
}
/// `/<lang>/editions/<year>/`: the dossiers of one edition.
pub fn edition(lang: &str, year: u32) -> String {
    format!("{lang}/editions/{year}/")
}
/// `/<lang>/editions/<year>/print/`: the same dossiers in full, for paper.
pub fn edition_print(lang: &str, year: u32) -> String {
    format!("{lang}/editions/{year}/print/")
}

/// Whether a site path is an edition's print page (left out of the sitemap: it repeats the
/// dossiers for paper, not for search engines).
pub fn is_print_page(rel: &str) -> bool {
    rel.strip_suffix("/print/")
        .and_then(|r| r.rsplit_once("/editions/"))
        .is_some_and(|(_, year)| year.parse::<u32>().is_ok())
}

/// The file that holds the page at the site path `rel` (`fr/` → `fr/index.html`).
pub fn page_file(rel: &str) -> String {
    format!("{rel}index.html")
}

/// The site path of the page a file holds, if it is a page's `index.html`.
pub fn page_of_file(path: &str) -> Option<&str> {
    path.strip_suffix("index.html")
}

/// The page at the site path `rel` in another language: `fr/districts/wiels/` in `nl` is
/// `nl/districts/wiels/`. `None` when `rel` is not under `from`'s folder.
pub fn in_language(rel: &str, from: &str, to: &str) -> Option<String> {
    let rest = rel.strip_prefix(from)?.strip_prefix('/')?;
    Some(format!("{to}/{rest}"))
}

/// `/static/<rel>`: a file of the theme's `static/` folder.
pub fn static_file(rel: &str) -> String {
    format!("static/{rel}")
}

/// The URL of a copied content asset: files under `content/` are published under `/media/`.
pub fn media(asset: &Path) -> Option<String> {
    let rel = asset.strip_prefix("content").ok()?;
    let parts: Vec<String> = rel
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    Some(format!("media/{}", parts.join("/")))
}

/// The site path of the variant `width` pixels wide of the picture `asset` (`content/…`):
/// beside where the original would be, named after it, with the start of its cache key (so a
/// changed picture gets a new URL) and its width: `media/districts/x/assets/bacs-1a2b3c4d-480.jpg`.
/// `key` is the picture's cache key and `ext` the extension of the variants' format.
pub fn picture(asset: &Path, key: &str, ext: &str, width: u32) -> Option<String> {
    let media = media(asset)?;
    let (dir, name) = media.rsplit_once('/')?;
    let stem = name.rsplit_once('.').map_or(name, |(stem, _)| stem);
    let key = key.get(..8).unwrap_or(key);
    Some(format!("{dir}/{stem}-{key}-{width}.{ext}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_base_urls() {
        let u = Urls::new("https://x.org/preview/");
        assert_eq!(u.path("fr/districts/"), "/preview/fr/districts/");
        assert_eq!(
            u.absolute("sitemap.xml"),
            "https://x.org/preview/sitemap.xml"
        );
        let root = Urls::new("https://wijken.example.org");
        assert_eq!(root.path("fr/"), "/fr/");
        assert_eq!(root.absolute("fr/"), "https://wijken.example.org/fr/");
        assert_eq!(Urls::new("preview").path("nl/"), "/preview/nl/");
        assert_eq!(Urls::new(" /preview/ ").absolute("nl/"), "/preview/nl/");
        let port = Urls::new("http://127.0.0.1:8080/a/b/");
        assert_eq!(port.absolute("nl/"), "http://127.0.0.1:8080/a/b/nl/");
    }

    #[test]
    fn lists_feeds_and_editions_have_their_addresses() {
        assert_eq!(list_page("fr/districts/", 1), "fr/districts/");
        assert_eq!(list_page("fr/districts/", 3), "fr/districts/page/3/");
        assert_eq!(atom("nl"), "nl/atom.xml");
        assert_eq!(calendar(&meetings("fr")), "fr/meetings/calendar.ics");
        assert_eq!(
            calendar(&district("nl", "wiels")),
            "nl/districts/wiels/calendar.ics"
        );
        assert_eq!(editions("fr"), "fr/editions/");
        assert_eq!(edition("nl", 2025), "nl/editions/2025/");
        assert_eq!(edition_print("fr", 2025), "fr/editions/2025/print/");
        assert_eq!(static_file("site.css"), "static/site.css");
        assert_eq!(page_file(&home("fr")), "fr/index.html");
        assert_eq!(page_of_file("nl/pages/a/index.html"), Some("nl/pages/a/"));
        assert_eq!(page_of_file("nl/atom.xml"), None);
        assert_eq!(
            in_language("fr/districts/wiels/", "fr", "nl").as_deref(),
            Some("nl/districts/wiels/")
        );
        assert_eq!(in_language("frx/a/", "fr", "nl"), None);
        let u = Urls::new("https://x.org/preview/");
        assert_eq!(u.absolute(&atom("fr")), "https://x.org/preview/fr/atom.xml");
    }

    #[test]
    fn knows_an_editions_print_page() {
        assert!(is_print_page(&edition_print("fr", 2025)));
        assert!(!is_print_page(&edition("fr", 2025)));
        assert!(!is_print_page("fr/pages/print/"));
        assert!(!is_print_page("fr/editions/x/print/"));
    }
}

//! Inputs found by the fuzz targets (fuzz/), kept as regression tests.

use std::path::Path;
use wijk::render::markdown::{render_markdown, MdContext};
use wijk::site::urls::Urls;

fn render(text: &str) -> String {
    let urls = Urls::new("https://wijken.example.org/preview/");
    let cx = MdContext {
        file: Path::new("content/districts/wiels/projects/potager.md"),
        lang: "fr",
        urls: &urls,
        min_heading: 2,
        pictures: &Default::default(),
    };
    render_markdown(text, &cx)
}

/// The fixture `tests/fixtures/fuzz/<name>` rendered, checked first: no tag of it holds a
/// `javascript:` URL or an event handler (text may mention them).
fn rendered(name: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/fuzz")
        .join(name);
    let html = render(&std::fs::read_to_string(path).unwrap());
    assert!(!wijk::markdown::has_script_in_tags(&html), "{html}");
    html
}

#[test]
fn a_reference_definition_after_a_table_renders_no_script_url() {
    let html = rendered("markdown-table-refdef.md");
    assert!(html.contains("javascript:alert(1)"), "text is kept: {html}");
}

#[test]
fn a_raw_link_with_a_script_url_is_never_published() {
    let html = rendered("markdown-href-javascript.md");
    assert!(
        html.contains("&lt;a href="),
        "the raw tag is kept as text: {html}"
    );
}

#[test]
fn a_mangled_reference_link_renders_no_script_url() {
    let html = rendered("markdown-javascript-76.md");
    // A destination that is a relative path stays one, under /media/.
    assert!(html.contains("href=\"/preview/media/"), "{html}");
}

#[test]
fn a_relative_destination_holding_javascript_stays_a_path() {
    let html = rendered("markdown-javascript-in-path.md");
    // `[x]: =javascript:alert(1)` is a relative path, published under /media/ like any other.
    assert!(
        html.contains("href=\"/preview/media/districts/wiels/projects/=javascript:alert(1)\""),
        "{html}"
    );
    // The raw link's script URL is dropped by the sanitiser.
    assert!(html.contains("<a>k</a>"), "{html}");
}

/// The `documents` target's oracle over its seeds and inputs cut at every length: no panic, an
/// accepted file's name ends in its type's extension, no accepted file starts with `<`.
#[test]
fn the_document_detector_holds_its_oracle_on_the_seeds_cut_anywhere() {
    let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/seeds/documents");
    let names = [
        "a.pdf", "a.odt", "a.docx", "a.csv", "a.txt", "a.html", "a.svgz", "a", "a.bin",
    ];
    for entry in std::fs::read_dir(seeds).unwrap() {
        let bytes = std::fs::read(entry.unwrap().path()).unwrap();
        for end in 0..=bytes.len() {
            let data = &bytes[..end];
            for name in names {
                if let Ok(t) = wijk::documents::detect(name, data) {
                    assert!(name.ends_with(&format!(".{}", t.extension())), "{name}");
                    let start = data.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(data);
                    let first = start.iter().find(|b| !b.is_ascii_whitespace());
                    assert!(first != Some(&b'<'), "{name}: {data:?}");
                }
            }
        }
    }
}

/// The seeds of the `cache_record` target: the records wijk writes read back, one of another
/// key does not.
#[test]
fn the_cache_record_seeds_read_as_wijk_wrote_them() {
    let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/seeds/cache_record");
    let key = "0123456789abcdef0123456789abcdef";
    let read = |name: &str| {
        let bytes = std::fs::read(seeds.join(name)).unwrap();
        wijk::pictures::record::parse(&bytes, key).map(|r| r.len())
    };
    assert_eq!(read("00"), Some(3));
    assert_eq!(read("01"), Some(1));
    assert_eq!(read("02"), Some(0));
    assert_eq!(read("03"), None);
}

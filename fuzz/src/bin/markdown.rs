//! Fuzz target: a Markdown body rendered as a page would render it (`@/` links and images
//! rewritten, headings shifted, HTML sanitised), then checked: no script survives sanitising.

use std::path::Path;
use wijk::render::markdown::{render_markdown, MdContext};
use wijk::render::urls::Urls;

/// The inside of each tag of `html` (`a href="…"`): escaped text (`&lt;a href=…`) is not a tag.
fn tags(html: &str) -> impl Iterator<Item = &str> {
    html.split('<')
        .skip(1)
        .map(|t| t.split('>').next().unwrap_or(""))
}

fn main() {
    let urls = Urls::new("https://wijken.example.org/preview/");
    afl::fuzz!(|data: &[u8]| {
        let Ok(text) = std::str::from_utf8(data) else {
            return;
        };
        for lang in ["fr", "nl"] {
            let cx = MdContext {
                file: Path::new("content/districts/wiels/projects/potager.md"),
                lang,
                urls: &urls,
                min_heading: 2,
                pictures: &Default::default(),
            };
            let html = render_markdown(text, &cx);
            // Text may say "javascript:" or "onclick="; a tag may not hold them.
            let lower = html.to_ascii_lowercase();
            for tag in tags(&lower) {
                assert!(!tag.starts_with("script"), "a script survived sanitising");
                let script_url = ["=\"javascript:", "='javascript:", "=javascript:"];
                assert!(
                    !script_url.iter().any(|s| tag.contains(s)),
                    "an attribute starts with javascript:"
                );
                let handler = tag
                    .split_whitespace()
                    .skip(1)
                    .any(|a| a.starts_with("on") && a.contains('='));
                assert!(!handler, "an event handler survived");
            }
        }
        let _ = wijk::markdown::find_emails(text);
    });
}

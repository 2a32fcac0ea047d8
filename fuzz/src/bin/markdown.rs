//! Fuzz target: a Markdown body rendered as a page would render it (`@/` links and images
//! rewritten, headings shifted, HTML sanitised), then checked: no script survives sanitising
//! (`wijk::markdown::has_script_in_tags`).

use std::path::Path;
use wijk::render::markdown::{render_markdown, MdContext};
use wijk::site::urls::Urls;

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
            assert!(
                !wijk::markdown::has_script_in_tags(&html),
                "a script survived sanitising"
            );
        }
        let _ = wijk::markdown::find_emails(text);
    });
}

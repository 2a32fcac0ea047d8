//! Markdown HTML is sanitised: known XSS vectors come out inert, and front-matter strings are escaped.

use crate::build_support::*;
use std::path::Path;
use wijk::render::markdown::{render_markdown, MdContext};
use wijk::site::urls::Urls;

fn render(src: &str) -> String {
    let urls = Urls::new("https://x.org");
    let pictures = std::collections::BTreeMap::new();
    let cx = MdContext {
        file: Path::new("content/pages/about.md"),
        lang: "fr",
        urls: &urls,
        min_heading: 2,
        pictures: &pictures,
    };
    render_markdown(src, &cx)
}

const VECTORS: &[&str] = &[
    "<script>alert(1)</script>",
    "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
    "<img src=x onerror=alert(1)>",
    "<svg onload=alert(1)>",
    "<svg><script>alert(1)</script></svg>",
    "<iframe src=\"https://evil.example\"></iframe>",
    "<a href=\"javascript:alert(1)\">x</a>",
    "<a href=\"JaVaScRiPt:alert(1)\">x</a>",
    "<a href=\"&#106;avascript:alert(1)\">x</a>",
    "<a href=\"java\tscript:alert(1)\">x</a>",
    "[x](javascript:alert(1))",
    "[x](vbscript:msgbox(1))",
    "![x](javascript:alert(1))",
    "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">x</a>",
    "<div style=\"background:url(javascript:alert(1))\">x</div>",
    "<body onload=alert(1)>",
    "<details open ontoggle=alert(1)>",
    "<object data=\"javascript:alert(1)\"></object>",
    "<embed src=\"javascript:alert(1)\">",
    "<form action=\"javascript:alert(1)\"><button>x</button></form>",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
    "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
    "<base href=\"javascript:alert(1)//\">",
    "<link rel=stylesheet href=\"https://evil.example/x.css\">",
    "<input onfocus=alert(1) autofocus>",
    "<video><source onerror=\"alert(1)\"></video>",
    "<p onclick=\"alert(1)\">click</p>",
];

#[test]
fn neutralises_known_xss_vectors() {
    for v in VECTORS {
        let html = render(v).to_ascii_lowercase();
        for bad in [
            "<script",
            "javascript:",
            "vbscript:",
            "data:text",
            "onerror",
            "onload",
            "onclick",
            "ontoggle",
            "onfocus",
            "<iframe",
            "<object",
            "<embed",
            "<form",
            "<meta",
            "<base",
            "<link",
            "<style",
            "style=",
        ] {
            assert!(
                !html.contains(bad),
                "`{bad}` survives in {html:?} (from {v:?})"
            );
        }
    }
}

#[test]
fn keeps_harmless_markup() {
    let html = render(
        "<abbr title=\"Région de Bruxelles-Capitale\">RBC</abbr> [site](https://example.org)",
    );
    assert!(
        html.contains("<abbr title=\"Région de Bruxelles-Capitale\">RBC</abbr>"),
        "{html}"
    );
    assert!(html.contains("href=\"https://example.org\""), "{html}");
}

#[test]
fn escapes_front_matter_strings() {
    let site = site_copy("build-small");
    let project = site
        .path()
        .join("content/districts/bervoets/projects/compost.md");
    let text = std::fs::read_to_string(&project).unwrap().replace(
        "title: Compost de quartier",
        "title: \"Compost <script>alert(1)</script> & co\"",
    );
    std::fs::write(&project, text).unwrap();
    let out = site.path().join("public");
    build_lib(site.path(), &out, None);
    let html = read(&out, "fr/districts/bervoets/compost/index.html");
    assert!(!html.contains("<script>alert"), "unescaped title");
    assert!(html.contains("Compost &lt;script&gt;alert(1)&lt;/script&gt; &amp; co"));
    let feed = read(&out, "fr/atom.xml");
    assert!(!feed.contains("<script>"));
}

//! Markdown dialect shared by validation and rendering: CommonMark + tables, footnotes,
//! strikethrough, task lists; and positions of byte offsets in a file.

use pulldown_cmark::Options;

/// The parser options of the contract's Markdown dialect.
pub fn options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_HEADING_ATTRIBUTES
}

/// The 1-based (line, column) in the file of byte `offset` in `body`, which starts at file line `body_line`.
pub fn line_col(body: &str, body_line: u32, offset: usize) -> (u32, u32) {
    let offset = offset.min(body.len());
    let before = &body[..offset];
    let line = body_line + before.matches('\n').count() as u32;
    let col = before
        .rsplit('\n')
        .next()
        .map(|l| l.chars().count())
        .unwrap_or(0) as u32
        + 1;
    (line, col)
}

/// Whether a link or image target points outside the site (has a scheme, or is protocol-relative).
pub fn is_external(dest: &str) -> bool {
    dest.starts_with("//")
        || dest.split_once(':').is_some_and(|(scheme, _)| {
            !scheme.is_empty()
                && scheme
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c))
        })
}

/// Byte ranges of e-mail addresses in `text` (`local@domain.tld`).
pub fn find_emails(text: &str) -> Vec<std::ops::Range<usize>> {
    let b = text.as_bytes();
    let local_ok = |c: u8| c.is_ascii_alphanumeric() || b"._%+-".contains(&c);
    let domain_ok = |c: u8| c.is_ascii_alphanumeric() || c == b'.' || c == b'-';
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'@' {
            let mut s = i;
            while s > 0 && local_ok(b[s - 1]) {
                s -= 1;
            }
            let mut e = i + 1;
            while e < b.len() && domain_ok(b[e]) {
                e += 1;
            }
            while e > i + 1 && (b[e - 1] == b'.' || b[e - 1] == b'-') {
                e -= 1;
            }
            let domain = &text[i + 1..e];
            let tld_ok = domain
                .rsplit('.')
                .next()
                .is_some_and(|t| t.len() >= 2 && t.bytes().all(|c| c.is_ascii_alphabetic()));
            if s < i && domain.contains('.') && tld_ok {
                out.push(s..e);
                i = e;
                continue;
            }
        }
        i += 1;
    }
    out
}

/// Whether HTML holds a script where a browser would run it: a `<script>` tag, an attribute whose
/// value is a `javascript:` URL, or an event handler (`onclick=`); text may mention all three.
/// The fuzz targets check rendered bodies with it (`fuzz/`, `tests/fuzz_regressions.rs`).
pub fn has_script_in_tags(html: &str) -> bool {
    let lower = html.to_ascii_lowercase();
    let mut tags = lower
        .split('<')
        .skip(1)
        .map(|t| t.split('>').next().unwrap_or(""));
    tags.any(|tag| {
        tag.starts_with("script")
            || attributes(tag).iter().any(|(name, value)| {
                name.starts_with("on") || value.trim_start().starts_with("javascript:")
            })
    })
}

/// The URLs a raw HTML fragment would have a browser load from another site, each with the byte
/// offset of its tag's `<`: `src`, `srcset` (every candidate), `poster`, `data` and `background`
/// of any tag, and `href` of `<link>`, `<image>` and `<use>`. At most one per tag.
pub fn external_sources(html: &str) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    for (at, _) in html.match_indices('<') {
        let tag = html[at + 1..].split('>').next().unwrap_or("");
        let name_end = tag
            .find(|c: char| c.is_whitespace() || c == '/')
            .unwrap_or(tag.len());
        let name = tag[..name_end].to_ascii_lowercase();
        let loads_href = matches!(name.as_str(), "link" | "image" | "use");
        let found = attributes(tag).into_iter().find_map(|(attr, value)| {
            let attr = attr.to_ascii_lowercase();
            let urls: Vec<&str> = match attr.as_str() {
                "srcset" => value
                    .split(',')
                    .filter_map(|c| c.split_whitespace().next())
                    .collect(),
                "src" | "poster" | "data" | "background" => vec![value.trim()],
                "href" | "xlink:href" if loads_href => vec![value.trim()],
                _ => Vec::new(),
            };
            urls.into_iter()
                .find(|u| is_external(u))
                .map(str::to_string)
        });
        out.extend(found.map(|u| (at, u)));
    }
    out
}

/// The attributes of the inside of a tag (`a href="x" title=y`) as (name, value), quotes removed.
fn attributes(tag: &str) -> Vec<(&str, &str)> {
    let separator = |c: char| c.is_whitespace() || c == '/';
    let mut out = Vec::new();
    let mut rest = tag.find(separator).map_or("", |i| &tag[i..]);
    loop {
        rest = rest.trim_start_matches(separator);
        if rest.is_empty() {
            return out;
        }
        let name_end = rest
            .find(|c: char| separator(c) || c == '=')
            .unwrap_or(rest.len());
        let name = &rest[..name_end];
        rest = rest[name_end..].trim_start();
        let mut value = "";
        if let Some(after) = rest.strip_prefix('=') {
            let after = after.trim_start();
            match after.chars().next() {
                Some(q @ ('"' | '\'')) => {
                    let inside = &after[1..];
                    let end = inside.find(q).unwrap_or(inside.len());
                    value = &inside[..end];
                    rest = inside.get(end + 1..).unwrap_or("");
                }
                _ => {
                    let end = after.find(char::is_whitespace).unwrap_or(after.len());
                    value = &after[..end];
                    rest = &after[end..];
                }
            }
        }
        out.push((name, value));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scripts_in_tags_are_found_and_text_is_not() {
        for html in [
            "<script>x()</script>",
            "<p><a href=\"javascript:x()\">k</a></p>",
            "<a href=' JavaScript:x()'>k</a>",
            "<a title=t href=javascript:x()>k</a>",
            "<img src=x onerror=\"x()\">",
            "<div/onclick='x()'>",
        ] {
            assert!(has_script_in_tags(html), "{html}");
        }
        for html in [
            "<p>javascript:x() and onclick=x() in text</p>",
            "<a href=\"/media/projects/=javascript:alert(1)\">y</a>",
            "<a title=\"say javascript:x\" href=\"/x/\">k</a>",
            "<p>&lt;script&gt;</p>",
            "<a href=\"/x\" title=\"é ü=\">",
            "<a href=",
            "<a =\"javascript",
        ] {
            assert!(!has_script_in_tags(html), "{html}");
        }
    }

    #[test]
    fn finds_the_sources_raw_html_loads_from_elsewhere() {
        let html = "<p><IMG alt=x SRC=\"https://t.example/p.png\"></p>\n<picture>\
                    <source srcset=\"/media/a.jpg 1x, //cdn.example/b.jpg 2x\"></picture>\
                    <svg><image href='http://t.example/i.png'/></svg><img src=\"assets/ok.png\">\
                    <a href=\"https://example.org\">a link loads nothing</a>";
        let sources = external_sources(html);
        let found: Vec<(usize, &str)> = sources.iter().map(|(at, u)| (*at, u.as_str())).collect();
        assert_eq!(found.len(), 3, "{found:?}");
        assert_eq!(found[0], (3, "https://t.example/p.png"));
        assert_eq!(&html[found[1].0..found[1].0 + 7], "<source");
        assert_eq!(found[1].1, "//cdn.example/b.jpg");
        assert_eq!(found[2].1, "http://t.example/i.png");
    }

    #[test]
    fn finds_addresses_but_not_handles() {
        let t = "Écrire à jan.peeters@example.org. Pas @bervoets ni a@b.";
        let found: Vec<&str> = find_emails(t).into_iter().map(|r| &t[r]).collect();
        assert_eq!(found, vec!["jan.peeters@example.org"]);
    }

    #[test]
    fn tells_external_targets() {
        assert!(is_external("https://example.org"));
        assert!(is_external("mailto:x@y.org"));
        assert!(is_external("//cdn.example.org/x.png"));
        assert!(!is_external("assets/a.jpg"));
        assert!(!is_external("../assets/a.jpg"));
    }

    #[test]
    fn counts_lines_from_the_body_start() {
        assert_eq!(line_col("ab\ncd", 5, 4), (6, 2));
        assert_eq!(line_col("ab", 5, 0), (5, 1));
    }
}

//! Markdown body → safe HTML: parse (the contract's dialect), rewrite `@/` links and images
//! to URLs of the language rendered, add heading anchors, then sanitise with ammonia.

use crate::markdown::{is_external, options};
use crate::model::Picture;
use crate::site::urls::{self, Urls};
use pulldown_cmark::{CowStr, Event, HeadingLevel, Parser, Tag, TagEnd};
use std::collections::{BTreeMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

/// Where a body is rendered: its file, the page language, the URL scheme and the heading level
/// its top headings should get (the page title is the `h1`).
pub struct MdContext<'a> {
    /// The Markdown file, relative to the site root (`content/…`).
    pub file: &'a Path,
    /// The language of the page being rendered (links go to pages in that language).
    pub lang: &'a str,
    pub urls: &'a Urls,
    /// The level of the body's highest headings (2 under a page title).
    pub min_heading: u8,
    /// The site's published pictures: images become `<img srcset>` of their variants.
    pub pictures: &'a BTreeMap<PathBuf, Picture>,
}

/// Renders a Markdown body to sanitised HTML. The body is parsed once: events are collected with
/// their top heading level, then headings are shifted under the page title and given anchors.
pub fn render_markdown(source: &str, cx: &MdContext) -> String {
    let parsed: Vec<Event> = Parser::new_ext(source, options())
        .map(|e| rewrite(e, cx))
        .collect();
    let top = parsed
        .iter()
        .filter_map(|e| match e {
            Event::Start(Tag::Heading { level, .. }) => Some(*level as u8),
            _ => None,
        })
        .min();
    let shift = top.map_or(0, |t| cx.min_heading.saturating_sub(t));
    let mut events: Vec<Event> = Vec::with_capacity(parsed.len());
    let mut ids = HashSet::new();
    let mut heading: Option<(HeadingLevel, Option<CowStr>, Vec<Event>)> = None;
    // The id of the heading before each table: the name of the box it scrolls in.
    let mut last_heading: Option<String> = None;
    let mut tables: Vec<Option<String>> = Vec::new();
    for event in parsed {
        match event {
            Event::Start(Tag::Heading { level, id, .. }) => heading = Some((level, id, Vec::new())),
            Event::End(TagEnd::Heading(_)) => {
                if let Some((level, id, inner)) = heading.take() {
                    let id = push_heading(&mut events, &mut ids, shifted(level, shift), id, inner);
                    last_heading = Some(id);
                }
            }
            e @ Event::Start(Tag::Table(_)) if heading.is_none() => {
                tables.push(last_heading.clone());
                events.push(e);
            }
            e => match heading.as_mut() {
                Some((_, _, inner)) => inner.push(e),
                None => events.push(e),
            },
        }
    }
    let needs_sanitising = events.iter().any(is_unsafe);
    let events = pictures_to_html(events, cx);
    let mut html = String::with_capacity(source.len() * 3 / 2);
    pulldown_cmark::html::push_html(&mut html, events.into_iter());
    let html = if needs_sanitising {
        sanitizer().clean(&html).to_string()
    } else {
        html
    };
    if tables.is_empty() {
        html
    } else {
        wrap_tables(&html, &tables)
    }
}

/// Puts each table of sanitised HTML in a box that scrolls sideways on its own (focusable, so
/// that a keyboard can scroll it, and named by the heading before it): a wide table never
/// pushes the page sideways on a phone.
fn wrap_tables(html: &str, labels: &[Option<String>]) -> String {
    let mut out = String::with_capacity(html.len() + labels.len() * 96);
    let mut rest = html;
    let mut n = 0;
    while let Some(i) = rest.find("<table>") {
        out.push_str(&rest[..i]);
        match labels.get(n).cloned().flatten() {
            Some(id) => {
                let id = crate::site::escape::xml(&id);
                out.push_str(&format!(
                    r#"<div class="table-scroll" role="region" tabindex="0" aria-labelledby="{id}">"#
                ));
            }
            None => out.push_str(r#"<div class="table-scroll" role="group" tabindex="0">"#),
        }
        n += 1;
        let after = &rest[i..];
        let end = after
            .find("</table>")
            .map_or(after.len(), |e| e + "</table>".len());
        out.push_str(&after[..end]);
        out.push_str("</div>");
        rest = &after[end..];
    }
    out.push_str(rest);
    out
}

/// Replaces each image by the `<img>` of its published picture's variants, or by its text when
/// it shows no published picture (another site's image, a path from the root, a file that is
/// not a picture): nothing but the site's own pictures is loaded. Done after the safety check:
/// this markup is built and escaped here.
fn pictures_to_html<'a>(events: Vec<Event<'a>>, cx: &MdContext) -> Vec<Event<'a>> {
    let mut out = Vec::with_capacity(events.len());
    // The image being read: its picture, title, alt text, depth of images nested in its text.
    let mut image: Option<(Option<PathBuf>, String, String, usize)> = None;
    for event in events {
        if let Some((_, _, alt, depth)) = image.as_mut() {
            match event {
                Event::Text(t) | Event::Code(t) => alt.push_str(&t),
                Event::Start(Tag::Image { .. }) => *depth += 1,
                Event::End(TagEnd::Image) if *depth > 0 => *depth -= 1,
                Event::End(TagEnd::Image) => {
                    if let Some((path, title, alt, _)) = image.take() {
                        let view = path.and_then(|p| {
                            super::pictures::image_view(cx.pictures, cx.urls, &p, &alt)
                        });
                        match view {
                            Some(view) => {
                                let html = super::pictures::inline_img(&view, &title);
                                out.push(Event::InlineHtml(html.into()));
                            }
                            None if !alt.is_empty() => out.push(Event::Text(alt.into())),
                            None => {}
                        }
                    }
                }
                _ => {}
            }
            continue;
        }
        match &event {
            Event::Start(Tag::Image {
                dest_url, title, ..
            }) => {
                let path = picture_of(dest_url, cx);
                image = Some((path, title.to_string(), String::new(), 0));
            }
            _ => out.push(event),
        }
    }
    out
}

/// The published picture an image or link target points at.
fn picture_of(dest: &str, cx: &MdContext) -> Option<PathBuf> {
    if dest.is_empty() || dest.starts_with('#') || dest.starts_with('/') || is_external(dest) {
        return None;
    }
    let clean = dest.split(['#', '?']).next().unwrap_or(dest);
    crate::validate::resolve_relative(cx.file, clean).filter(|p| cx.pictures.contains_key(p))
}

/// Whether an event could carry markup pulldown-cmark does not escape: raw HTML, or a link or
/// image whose scheme is not allowed. Bodies without any go out as pulldown-cmark writes them
/// (text and attributes escaped, headings rebuilt without attributes); the others through ammonia.
fn is_unsafe(event: &Event) -> bool {
    match event {
        Event::Html(_) | Event::InlineHtml(_) => true,
        Event::Start(Tag::Link { dest_url, .. }) | Event::Start(Tag::Image { dest_url, .. }) => {
            !is_allowed_url(dest_url)
        }
        _ => false,
    }
}

/// Relative URLs and the schemes the sanitiser allows.
fn is_allowed_url(url: &str) -> bool {
    if !is_external(url) || url.starts_with("//") {
        return true;
    }
    let scheme = url.split(':').next().unwrap_or("").to_ascii_lowercase();
    ALLOWED_SCHEMES.contains(&scheme.as_str())
}

const ALLOWED_SCHEMES: [&str; 4] = ["http", "https", "mailto", "tel"];

/// The first words of a body, without markup, up to about `max_chars` characters (whole words),
/// for the search index.
pub fn plain_text(source: &str, max_chars: usize) -> String {
    let mut out = String::with_capacity(max_chars + 64);
    for event in Parser::new_ext(source, options()) {
        if out.len() > max_chars * 4 {
            break;
        }
        match event {
            Event::Text(t) | Event::Code(t) => out.push_str(&t),
            // Inline markup ends inside a sentence (`**Lambert**, avec`): no space there.
            Event::End(
                TagEnd::Emphasis
                | TagEnd::Strong
                | TagEnd::Strikethrough
                | TagEnd::Link
                | TagEnd::Image,
            ) => {}
            Event::SoftBreak | Event::HardBreak | Event::End(_) => out.push(' '),
            _ => {}
        }
    }
    if out.len() <= max_chars {
        // Nothing to cut (a character is at least a byte): only runs of spaces become one.
        return out.split_whitespace().collect::<Vec<_>>().join(" ");
    }
    let mut words = String::with_capacity(max_chars + 32);
    let mut count = 0;
    for w in out.split_whitespace() {
        if count > 0 && count + w.chars().count() > max_chars {
            break;
        }
        if count > 0 {
            words.push(' ');
            count += 1;
        }
        words.push_str(w);
        count += w.chars().count();
    }
    words
}

fn shifted(level: HeadingLevel, shift: u8) -> HeadingLevel {
    let n = (level as u8 + shift).min(6);
    HeadingLevel::try_from(usize::from(n)).unwrap_or(HeadingLevel::H6)
}

fn push_heading<'a>(
    events: &mut Vec<Event<'a>>,
    ids: &mut HashSet<String>,
    level: HeadingLevel,
    id: Option<CowStr<'a>>,
    inner: Vec<Event<'a>>,
) -> String {
    let text: String = inner
        .iter()
        .filter_map(|e| match e {
            Event::Text(t) | Event::Code(t) => Some(t.as_ref()),
            _ => None,
        })
        .collect();
    let base = id.map_or_else(|| slugify(&text), |i| i.to_string());
    let mut unique = base.clone();
    let mut n = 1;
    while !ids.insert(unique.clone()) {
        unique = format!("{base}-{n}");
        n += 1;
    }
    events.push(Event::Start(Tag::Heading {
        level,
        id: Some(unique.clone().into()),
        classes: Vec::new(),
        attrs: Vec::new(),
    }));
    events.extend(inner);
    events.push(Event::End(TagEnd::Heading(level)));
    unique
}

/// A heading anchor: lowercase letters and digits joined by `-` (accents kept).
fn slugify(text: &str) -> String {
    let mut slug = String::new();
    for c in text.chars().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() {
            slug.push(c);
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    let slug = slug.trim_end_matches('-');
    if slug.is_empty() {
        "section".to_string()
    } else {
        format!("h-{slug}")
    }
}

fn rewrite<'a>(event: Event<'a>, cx: &MdContext) -> Event<'a> {
    match event {
        Event::Start(Tag::Link {
            link_type,
            dest_url,
            title,
            id,
        }) => Event::Start(Tag::Link {
            link_type,
            dest_url: rewrite_link(&dest_url, cx).map_or(dest_url, CowStr::from),
            title,
            id,
        }),
        Event::Start(Tag::Image {
            link_type,
            dest_url,
            title,
            id,
        }) if picture_of(&dest_url, cx).is_none() => Event::Start(Tag::Image {
            link_type,
            dest_url: rewrite_asset(&dest_url, cx).map_or(dest_url, CowStr::from),
            title,
            id,
        }),
        e => e,
    }
}

fn rewrite_link(dest: &str, cx: &MdContext) -> Option<String> {
    match dest.strip_prefix("@/") {
        Some(target) => {
            let (path, frag) = match target.split_once('#') {
                Some((p, f)) => (p, format!("#{f}")),
                None => (target, String::new()),
            };
            let rel = crate::model::content_file_url(cx.lang, path)?;
            Some(format!("{}{frag}", cx.urls.path(&rel)))
        }
        None => rewrite_asset(dest, cx),
    }
}

fn rewrite_asset(dest: &str, cx: &MdContext) -> Option<String> {
    if dest.is_empty() || dest.starts_with('#') || dest.starts_with('/') || is_external(dest) {
        return None;
    }
    if let Some(path) = picture_of(dest, cx) {
        // A link to a picture opens its largest variant.
        let view = super::pictures::image_view(cx.pictures, cx.urls, &path, "")?;
        let largest = view
            .srcset
            .rsplit(", ")
            .next()?
            .rsplit_once(' ')?
            .0
            .to_string();
        return Some(largest);
    }
    let clean = dest.split(['#', '?']).next().unwrap_or(dest);
    let resolved = crate::validate::resolve_relative(cx.file, clean)?;
    if resolved.extension().is_some_and(|e| e == "md") {
        return None;
    }
    Some(cx.urls.path(&urls::media(&resolved)?))
}

fn sanitizer() -> &'static ammonia::Builder<'static> {
    static CLEANER: OnceLock<ammonia::Builder<'static>> = OnceLock::new();
    CLEANER.get_or_init(|| {
        let mut b = ammonia::Builder::default();
        b.add_generic_attributes(["id", "class"])
            .add_tag_attributes("input", ["type", "checked", "disabled"])
            .add_tag_attributes("img", ["srcset", "sizes", "loading", "decoding"])
            .add_tags(["input"])
            .link_rel(None)
            .url_schemes(ALLOWED_SCHEMES.into_iter().collect())
            .attribute_filter(|element, attribute, value| {
                let loads =
                    matches!(element, "img" | "source") && matches!(attribute, "src" | "srcset");
                (!loads || loads_from_the_site(value)).then_some(value.into())
            });
        b
    })
}

/// Whether every URL of a `src` or `srcset` value is a picture variant of the site
/// (`/…/media/….jpg` or `.png`, what the pictures' `<img>` holds): a raw `<img>` of another
/// site, or of a file the site does not publish (`/tmp/x.png`), loses its source.
fn loads_from_the_site(value: &str) -> bool {
    value
        .split(',')
        .filter_map(|c| c.split_whitespace().next())
        .all(|u| {
            u.starts_with('/')
                && !u.starts_with("//")
                && !u.contains(['\\', ':'])
                && !u.contains("/../")
                && u.contains("/media/")
                && (u.ends_with(".jpg") || u.ends_with(".png"))
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn render(src: &str, lang: &str) -> String {
        let urls = Urls::new("https://x.org/preview");
        let pictures = BTreeMap::new();
        let cx = MdContext {
            file: Path::new("content/districts/bervoets/projects/potager.md"),
            lang,
            urls: &urls,
            min_heading: 2,
            pictures: &pictures,
        };
        render_markdown(src, &cx)
    }

    #[test]
    fn sanitises_what_the_fast_path_cannot_prove_safe() {
        let js = render(
            "[x](javascript:alert(1)) and [y](JAVASCRIPT:alert(2))",
            "fr",
        );
        assert!(!js.to_lowercase().contains("javascript"), "{js}");
        let attrs = render("# Titre {#t .c onclick=alert(1)}\n\ntext", "fr");
        assert!(!attrs.contains("onclick"), "{attrs}");
        let raw = render("a <img src=x onerror=alert(1)> b", "fr");
        assert!(!raw.contains("onerror"), "{raw}");
        let plain = render("[site](https://example.org) \"quoted\" & <3", "fr");
        assert!(
            plain.contains(r#"<a href="https://example.org">site</a>"#),
            "{plain}"
        );
        assert!(plain.contains("&lt;3"), "{plain}");
    }

    #[test]
    fn rewrites_internal_links_per_language() {
        let src = "[compost](@/districts/bervoets/projects/compost.md#suites) [m](@/meetings/2024-03-14-compost.md)";
        let fr = render(src, "fr");
        assert!(
            fr.contains(r#"href="/preview/fr/districts/bervoets/compost/#suites""#),
            "{fr}"
        );
        assert!(fr.contains(r#"href="/preview/fr/meetings/2024-03-14-compost/""#));
        let nl = render(src, "nl");
        assert!(nl.contains(r#"href="/preview/nl/districts/bervoets/compost/#suites""#));
    }

    #[test]
    fn shows_no_image_but_the_sites_own_pictures() {
        let local = render("![Bacs](../assets/bacs.png)", "fr");
        assert!(!local.contains("<img"), "not a published picture: {local}");
        assert!(local.contains("Bacs"), "its text is kept: {local}");
        for src in [
            "![Pixel](https://tracker.example/p.png)",
            "![Pixel](//tracker.example/p.png)",
            "![Pixel](http://tracker.example/p.png \"t\")",
            "![Pixel](/tmp/p.png)",
            "[![Pixel](https://tracker.example/p.png)](https://example.org)",
            "<img src=\"https://tracker.example/p.png\"> <img srcset=\"/a.png 1x, //tracker.example/p.png 2x\">",
            "<picture><source srcset=\"https://tracker.example/p.png\"><img src=\"/tmp/p.png\"></picture>",
        ] {
            let html = render(src, "fr");
            assert!(!html.contains("tracker") && !html.contains("/tmp/"), "{src}: {html}");
        }
        let link = render("[le site](https://example.org/a.png)", "fr");
        assert!(
            link.contains(r#"href="https://example.org/a.png""#),
            "{link}"
        );
    }

    #[test]
    fn anchors_and_demotes_headings() {
        let html = render("# Été au jardin\n\n## Été au jardin\n", "fr");
        assert!(html.contains(r#"<h2 id="h-été-au-jardin">"#), "{html}");
        assert!(html.contains(r#"<h3 id="h-été-au-jardin-1">"#), "{html}");
        let kept = render("## Comment\n", "fr");
        assert!(kept.contains(r#"<h2 id="h-comment">"#), "{kept}");
    }

    #[test]
    fn renders_the_dialect() {
        let html = render(
            "| a | b |\n|---|---|\n| 1 | 2 |\n\n~~old~~\n\n- [x] done\n\nNote[^1]\n\n[^1]: foot\n",
            "fr",
        );
        for needle in [
            "<table>",
            "<del>old</del>",
            r#"type="checkbox""#,
            "footnote",
        ] {
            assert!(html.contains(needle), "{needle} missing in {html}");
        }
    }

    #[test]
    fn puts_tables_in_a_named_scrolling_box() {
        let html = render("## Saisons\n\n| a | b |\n|---|---|\n| 1 | 2 |\n", "fr");
        assert!(
            html.contains(r#"<div class="table-scroll" role="region" tabindex="0" aria-labelledby="h-saisons"><table>"#),
            "{html}"
        );
        assert!(html.trim_end().ends_with("</table></div>"), "{html}");
        let bare = render("| a |\n|---|\n| 1 |\n\n<b>x</b>\n", "fr");
        assert!(
            bare.contains(r#"<div class="table-scroll" role="group" tabindex="0"><table>"#),
            "{bare}"
        );
    }

    #[test]
    fn keeps_only_the_first_words_of_long_bodies() {
        let body = "Un potager partagé. ".repeat(100);
        let words = plain_text(&body, 40);
        assert_eq!(words, "Un potager partagé. Un potager partagé.");
    }

    #[test]
    fn extracts_plain_text() {
        assert_eq!(
            plain_text("## Titre\n\nUn **potager** [ici](@/x.md), l'*école*.", 300),
            "Titre Un potager ici, l'école."
        );
    }
}

//! `wijk diff --format markdown` on a pull request written to take over the comment: file names,
//! titles, names, steps, updates and diagnostic messages holding backticks, newlines with
//! headings, HTML comments and tags, mentions, references, links and table pipes. The comment is
//! read back with pulldown-cmark: only its own structure may come out of it.

use crate::diff_support;

use diff_support::{diff, head, Repo};
use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

/// Every trick at once, for a title or a name.
const HOSTILE: &str = "a`b`` <!-- hidden\\n# Owned\\r\\n<script>alert(1)</script>\u{2028}## Again @org/team #123 [x](javascript:alert(1)) | c | *d* _e_ ~~f~~ &amp; https://evil.test www.evil.test";

/// The hostile text as a YAML double-quoted value (`\n` stays an escape YAML turns into a newline).
fn yaml(s: &str) -> String {
    format!("\"{}\"", s.replace('"', "\\\""))
}

/// What GitHub would see: headings, tables, links, HTML, and all the text shown.
#[derive(Debug, Default)]
struct Tree {
    headings: Vec<(usize, String)>,
    tables: Vec<Vec<usize>>,
    links: Vec<String>,
    html: Vec<String>,
    text: String,
}

fn tree(md: &str) -> Tree {
    let mut t = Tree::default();
    let mut heading: Option<String> = None;
    let options = Options::ENABLE_TABLES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_GFM;
    for event in Parser::new_ext(md, options) {
        match event {
            Event::Start(Tag::Heading { .. }) => heading = Some(String::new()),
            Event::End(TagEnd::Heading(level)) => {
                t.headings.push((level as usize, heading.take().unwrap()))
            }
            Event::Start(Tag::Table(_)) => t.tables.push(Vec::new()),
            Event::Start(Tag::TableHead) | Event::Start(Tag::TableRow) => {
                t.tables.last_mut().unwrap().push(0)
            }
            Event::End(TagEnd::TableCell) => *t.tables.last_mut().unwrap().last_mut().unwrap() += 1,
            Event::Start(Tag::Link { dest_url, .. })
            | Event::Start(Tag::Image { dest_url, .. }) => t.links.push(dest_url.to_string()),
            Event::Html(h) | Event::InlineHtml(h) => t.html.push(h.to_string()),
            Event::Text(s) | Event::Code(s) => {
                if let Some(h) = heading.as_mut() {
                    h.push_str(&s);
                }
                t.text.push_str(&s);
            }
            Event::SoftBreak | Event::HardBreak => t.text.push('\n'),
            _ => {}
        }
    }
    t
}

/// A pull request that puts [`HOSTILE`] wherever the content can reach the comment.
fn hostile_pull_request(repo: &Repo) {
    let garden = "content/districts/alpha/projects/garden.md";
    repo.edit(
        garden,
        "title: Potager et citerne",
        &format!("title: {}", yaml(HOSTILE)),
    );
    repo.edit(garden, "amount: 2150", "amount: 2250");
    repo.edit(
        garden,
        "  - {step: \"Plantation\", due: 2025-10-01}",
        &format!(
            "  - {{step: {}, due: 2025-10-01}}\nupdates:\n  - {{date: 2025-08-30, text: {}}}",
            yaml(HOSTILE),
            yaml(HOSTILE)
        ),
    );
    repo.edit(
        "content/districts/beta/district.md",
        "name: Wijk Beta",
        &format!("name: {}", yaml(HOSTILE)),
    );
    repo.edit(
        "content/districts/gamma/district.md",
        "themes: [",
        &format!("themes: [{}, ", yaml("<!-- @org/team #123")),
    );
    let evil = "content/districts/gamma/projects/x`` `\n# Owned <!--.md";
    repo.write(evil, "---\ntitle: X\n---\nX.\n");
}

#[test]
fn rejects_structure_html_links_and_mentions_from_the_content() {
    let repo = Repo::new();
    let since = head(&repo);
    hostile_pull_request(&repo);
    let md = diff(&repo, &["--lang", "en", "--since", &since])
        .expect(0)
        .stdout();
    let t = tree(&md);
    assert!(t.html.is_empty(), "{:?}\n{md}", t.html);
    assert!(
        t.links
            .iter()
            .all(|l| l.starts_with("https://wijken.test/")),
        "{:?}\n{md}",
        t.links
    );
    for (level, h) in &t.headings {
        assert!(*level == 2 || *level == 3, "{level} {h}\n{md}");
        assert!(
            !h.starts_with("Owned") && !h.starts_with("Again"),
            "{h}\n{md}"
        );
    }
    assert!(
        t.headings[0].1.starts_with("What this change means"),
        "{md}"
    );
    // What a reader sees: the characters written, on one line (word joiners are invisible).
    let seen = t.text.replace('\u{2060}', "");
    for shown in [
        "a`b`` <!-- hidden # Owned <script>alert(1)</script> ## Again @org/team #123",
        "[x](javascript:alert(1)) | c | *d* _e_ ~~f~~ &amp; https://evil.test www.evil.test",
    ] {
        assert!(
            seen.contains(shown),
            "`{shown}` is not shown as it is:\n{seen}"
        );
    }
    for word in t.text.split_whitespace() {
        assert!(
            !word.starts_with("@org") && !word.starts_with("#123"),
            "a live mention or reference `{word}`:\n{md}"
        );
    }
    assert!(
        t.text.contains("@\u{2060}org/team #\u{2060}123"),
        "{}",
        t.text
    );
    assert_eq!(t.tables.len(), 1, "{md}");
    assert!(
        t.tables[0].iter().all(|cells| *cells == 4),
        "{:?}\n{md}",
        t.tables
    );
}

#[test]
fn accepts_every_hostile_item_on_its_own_line() {
    let repo = Repo::new();
    let since = head(&repo);
    hostile_pull_request(&repo);
    let md = diff(&repo, &["--lang", "fr", "--since", &since])
        .expect(0)
        .stdout();
    for line in md.lines() {
        assert!(
            !line.starts_with('<') && !line.starts_with("# ") && !line.contains("\n"),
            "{line}\n{md}"
        );
    }
    let shown = md.lines().filter(|l| l.contains("alert")).count();
    assert!(
        shown >= 4,
        "title, step, update and table row: {shown}\n{md}"
    );
    let file = md
        .lines()
        .find(|l| l.contains("gamma/projects/x"))
        .expect(&md);
    let t = tree(file);
    assert!(
        t.text
            .contains("content/districts/gamma/projects/x`` ` # Owned <!--.md"),
        "the path, whole, in one code span: {file}"
    );
}

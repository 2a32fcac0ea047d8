//! Escaping for the pull-request comment: any string wijk did not write itself (paths, titles,
//! names, messages, ids, commit ids, URLs from the content) → Markdown that GitHub and GitLab show
//! as the same characters, on one line, with no structure, HTML, link, mention or reference.
//!
//! Every function first makes the text one line: control characters are removed and every run of
//! whitespace (newlines, CR, tabs, U+2028, U+2029, U+0085, …) becomes one space, so no input can
//! start a heading, a list, a table row or an HTML block of its own. The result is only ever
//! written inside a line the comment starts itself.

/// ASCII punctuation that has a meaning somewhere in CommonMark or GitHub/GitLab Markdown
/// (emphasis, code, links, images, HTML, entities, tables, strikethrough, headings, footnotes,
/// math): escaped with a backslash outside code spans. Letters, digits, `.`, `,`, `'`, `-`, `:`,
/// `;`, `?`, `/`, `"`, `=` and `+` stay as they are (they cannot start anything mid-line).
const PUNCTUATION: &str = "\\`*_[]<>|#~!&(){}$^%@";

/// Characters after which GitHub or GitLab turn a word into a reference: `@user`, `#123`, and
/// GitLab's `!merge-request`, `~label`, `%milestone`, `$snippet`, `&epic`.
const REFERENCES: &str = "@#!~%$&";

/// U+2060 WORD JOINER: invisible, never a line break, and not a word character for either
/// platform's reference syntax, so `@\u{2060}org` reads as `@org` and mentions no one.
pub const JOINER: char = '\u{2060}';

/// `text` as one line: control and format characters that could hide or reorder text are removed,
/// every run of whitespace becomes one space, and the ends are trimmed.
pub fn one_line(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut space = false;
    for c in text.chars() {
        if c.is_whitespace() {
            space = !out.is_empty();
        } else if !is_hidden(c) {
            if space {
                out.push(' ');
                space = false;
            }
            out.push(c);
        }
    }
    out
}

/// Control characters, and the bidirectional controls that can make a line read otherwise than
/// it is written (U+202A–U+202E, U+2066–U+2069).
fn is_hidden(c: char) -> bool {
    c.is_control() || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// Inline text: [`one_line`], every meaningful punctuation character escaped with a backslash,
/// and a [`JOINER`] after a reference sign followed by a letter or digit, inside `://` and before
/// the dot of `www.` (GitHub links bare URLs). Shows exactly the input's characters (apart from
/// whitespace and control characters), with no emphasis, link, image, HTML, entity, table cell,
/// mention or reference.
pub fn text(text: &str) -> String {
    let line = one_line(text);
    let mut out = String::with_capacity(line.len() + 8);
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        let tail = out.len().checked_sub(3).and_then(|i| out.get(i..));
        if c == '.' && tail.is_some_and(|t| t.eq_ignore_ascii_case("www")) {
            out.push(JOINER);
        }
        if PUNCTUATION.contains(c) {
            out.push('\\');
        }
        out.push(c);
        let next = chars.peek().copied();
        let reference = REFERENCES.contains(c) && next.is_some_and(char::is_alphanumeric);
        if reference || (c == ':' && next == Some('/')) {
            out.push(JOINER);
        }
    }
    out
}

/// A code span showing `text` as [`one_line`] makes it, whatever backticks it holds: the fence is
/// one backtick more than the longest run inside, and a space pads each side when the text starts
/// or ends with a backtick (CommonMark strips one space from each side of such a span; the text
/// itself never starts or ends with a space, [`one_line`] trims it). Mentions
/// and references are not active in code. Not for table cells: GitHub splits cells on `|` even
/// inside code, so use [`text`] there.
pub fn code(text: &str) -> String {
    let line = one_line(text);
    if line.is_empty() {
        return "` `".to_string();
    }
    let mut longest = 0;
    let mut run = 0;
    for c in line.chars() {
        run = if c == '`' { run + 1 } else { 0 };
        longest = longest.max(run);
    }
    let fence = "`".repeat(longest + 1);
    if line.starts_with('`') || line.ends_with('`') {
        format!("{fence} {line} {fence}")
    } else {
        format!("{fence}{line}{fence}")
    }
}

/// A link destination: `url` with every byte that could end it or change its meaning in Markdown
/// (space, parentheses, angle brackets, backslash, backticks, quotes, control characters and any
/// non-ASCII) percent-encoded, so `[text](destination)` always ends where the comment ends it.
pub fn destination(url: &str) -> String {
    let mut out = String::with_capacity(url.len());
    for b in url.bytes() {
        let keep = b.is_ascii_alphanumeric() || b"-._~:/?#[]@!$&*+,;=%".contains(&b);
        if keep {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_any_whitespace_as_one_space_and_drops_controls() {
        assert_eq!(
            one_line(" a\r\n# b\u{2028}c\u{2029}\u{85}d\te\u{0}\u{1b}[31m\u{202e}f "),
            "a # b c d e[31mf"
        );
    }

    #[test]
    fn escapes_markdown_and_html_in_content_text() {
        assert_eq!(
            text("<img src=x onerror=alert(1)> *a* | [l](u)\nnext"),
            "\\<img src=x onerror=alert\\(1\\)\\> \\*a\\* \\| \\[l\\]\\(u\\) next"
        );
        assert_eq!(
            text("@org/team #12 a@b"),
            "\\@\u{2060}org/team \\#\u{2060}12 a\\@\u{2060}b"
        );
        assert_eq!(text("50 % de l'école"), "50 \\% de l'école");
        assert_eq!(
            text("https://x.test www.y.test"),
            "https:\u{2060}//x.test www\u{2060}.y.test"
        );
    }

    #[test]
    fn fences_code_with_more_backticks_than_it_holds() {
        assert_eq!(code("a.md"), "`a.md`");
        assert_eq!(code("a`b"), "``a`b``");
        assert_eq!(code("`a``"), "``` `a`` ```");
        assert_eq!(code(" a "), "`a`");
        assert_eq!(code(""), "` `");
        assert_eq!(code("a\n# b"), "`a # b`");
    }

    #[test]
    fn encodes_what_would_end_a_link_destination() {
        assert_eq!(
            destination("https://x.test/a b)(<c>`é\n"),
            "https://x.test/a%20b%29%28%3Cc%3E%60%C3%A9%0A"
        );
    }
}

//! Plain text that is safe to publish as `text/plain` or `text/csv`: UTF-8 without control
//! characters, and nothing a browser sniffing it, or a host guessing its type, could take for
//! markup or script.

/// What a file's bytes are as text.
#[derive(Debug, PartialEq, Eq)]
pub enum Text {
    /// Text safe to serve as text.
    Plain,
    /// Text that looks like HTML, SVG or XML (the kind named).
    Markup(&'static str),
    /// Not UTF-8, or holding NUL or other control characters: a binary file.
    Binary,
}

/// Tag names whose opening anywhere in a text makes it markup: what browsers' type sniffing
/// looks for (WHATWG MIME Sniffing, "identifying an unknown MIME type") and the tags that run
/// or load something. Compared without case, followed by a space, `>`, `/` or the end.
const MARKUP_TAGS: [(&str, &str); 14] = [
    ("<script", "HTML"),
    ("<html", "HTML"),
    ("<!doctype", "HTML"),
    ("<head", "HTML"),
    ("<body", "HTML"),
    ("<iframe", "HTML"),
    ("<object", "HTML"),
    ("<embed", "HTML"),
    ("<meta", "HTML"),
    ("<style", "HTML"),
    ("<!--", "HTML"),
    ("<svg", "SVG"),
    ("<?xml", "XML"),
    ("<xsl", "XML"),
];

/// Classifies `bytes` as text. A text is refused as markup when its first character that is
/// not white space is `<` (every markup a browser recognises starts so), or when it opens one
/// of [`MARKUP_TAGS`] anywhere.
pub fn classify(bytes: &[u8]) -> Text {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let Ok(text) = std::str::from_utf8(bytes) else {
        return Text::Binary;
    };
    let control = |c: char| c.is_control() && !matches!(c, '\t' | '\n' | '\r' | '\x0C');
    if text.chars().any(control) {
        return Text::Binary;
    }
    if let Some(kind) = markup_tag(bytes) {
        return Text::Markup(kind);
    }
    if text.trim_start().starts_with('<') {
        return Text::Markup("HTML");
    }
    Text::Plain
}

/// The kind of the first markup tag opened in `bytes`, if any.
fn markup_tag(bytes: &[u8]) -> Option<&'static str> {
    memchr::memchr_iter(b'<', bytes).find_map(|at| {
        let rest = &bytes[at..];
        MARKUP_TAGS.iter().find_map(|(tag, kind)| {
            let n = tag.len();
            let opens = rest.len() >= n && rest[..n].eq_ignore_ascii_case(tag.as_bytes());
            let ends = *tag == "<!--"
                || rest
                    .get(n)
                    .is_none_or(|c| c.is_ascii_whitespace() || *c == b'>' || *c == b'/');
            (opens && ends).then_some(*kind)
        })
    })
}

//! Escaping text for HTML and XML written outside templates (diagnostic pages, SVG, feeds,
//! attributes built in code): the same five entities the templates use.

/// Escapes text for HTML or XML content and attributes (`& < > " '`), as templates do.
pub fn xml(s: &str) -> String {
    let mut out = Vec::with_capacity(s.len() + 16);
    // Writing into a Vec cannot fail, and the input is UTF-8 with ASCII replaced by ASCII.
    let _ = escape_html(s, &mut out);
    String::from_utf8(out).unwrap_or_default()
}

/// Tera's HTML escaping (`& < > " '`), writing the runs between special characters in one call
/// each instead of byte by byte: the same output, several times faster on long texts.
pub fn escape_html(input: &str, out: &mut dyn std::io::Write) -> std::io::Result<()> {
    let bytes = input.as_bytes();
    let mut start = 0;
    for (i, b) in bytes.iter().enumerate() {
        let entity: &[u8] = match b {
            b'&' => b"&amp;",
            b'<' => b"&lt;",
            b'>' => b"&gt;",
            b'"' => b"&quot;",
            b'\'' => b"&#39;",
            _ => continue,
        };
        out.write_all(&bytes[start..i])?;
        out.write_all(entity)?;
        start = i + 1;
    }
    out.write_all(&bytes[start..])
}

#[cfg(test)]
mod tests {
    #[test]
    fn escapes_the_five_entities_and_nothing_else() {
        assert_eq!(
            super::xml(r#"<a href="x?a=1&b='2'">é</a>"#),
            "&lt;a href=&quot;x?a=1&amp;b=&#39;2&#39;&quot;&gt;é&lt;/a&gt;"
        );
    }
}

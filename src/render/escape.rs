//! Escaping text for HTML and XML written outside templates (diagnostic pages, SVG, feeds,
//! attributes built in code): the same five entities the templates use.

/// Escapes text for HTML or XML content and attributes (`& < > " '`), as templates do.
pub fn xml(s: &str) -> String {
    let mut out = Vec::with_capacity(s.len() + 16);
    // Writing into a Vec cannot fail, and the input is UTF-8 with ASCII replaced by ASCII.
    let _ = crate::theme::escape_html(s, &mut out);
    String::from_utf8(out).unwrap_or_default()
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

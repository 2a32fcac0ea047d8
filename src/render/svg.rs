//! Helpers for markup drawn in code (SVG, XML): escaping as the templates do.

/// Escapes text for XML or HTML content and attributes (`& < > " '`), as templates do.
pub fn escape(s: &str) -> String {
    let mut out = Vec::with_capacity(s.len() + 16);
    // Writing into a Vec cannot fail, and the input is UTF-8 with ASCII replaced by ASCII.
    let _ = super::theme::escape_html(s, &mut out);
    String::from_utf8(out).unwrap_or_default()
}

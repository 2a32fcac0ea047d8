//! A page's description (meta description, Open Graph): plain text drawn from the item's own
//! text, cut at a word boundary, so that no two pages of a kind share one.

use super::markdown::plain_text;
use crate::model::Localized;

/// How long a description may be, in characters: what search engines show of it.
pub const DESCRIPTION_CHARS: usize = 155;

/// An item's description in `lang`: its summary, else the start of its body.
pub fn description(text: &Localized, lang: &str) -> Option<String> {
    let (t, _) = text.get(lang);
    let summary = t.summary.as_deref().and_then(described);
    summary.or_else(|| described(&t.body))
}

/// A district's description in `lang`: its place description (the body), else its summary.
pub fn place_description(text: &Localized, lang: &str) -> Option<String> {
    let (t, _) = text.get(lang);
    described(&t.body).or_else(|| t.summary.as_deref().and_then(described))
}

/// Markdown as plain text of at most [`DESCRIPTION_CHARS`]; `None` when it has no words.
fn described(source: &str) -> Option<String> {
    let plain = plain_text(source, DESCRIPTION_CHARS * 2);
    (!plain.is_empty()).then(|| clip(&plain, DESCRIPTION_CHARS))
}

/// `text` cut to at most `max` characters at a word boundary, with an ellipsis when cut.
pub fn clip(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_string();
    }
    let mut out = String::with_capacity(max + 4);
    let mut count = 0;
    for w in text.split_whitespace() {
        let len = w.chars().count();
        // The ellipsis counts as one character.
        if count + usize::from(count > 0) + len + 1 > max {
            if count == 0 {
                out.extend(w.chars().take(max - 1));
            }
            break;
        }
        if count > 0 {
            out.push(' ');
            count += 1;
        }
        out.push_str(w);
        count += len;
    }
    let trimmed = out.trim_end_matches(|c: char| c.is_ascii_punctuation() || c == ' ');
    format!("{trimmed}…")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_a_short_text_whole() {
        assert_eq!(clip("Un compost collectif.", 155), "Un compost collectif.");
    }

    #[test]
    fn cuts_a_long_text_at_a_word_with_an_ellipsis() {
        let long = "Le Peterbos est une cité de logements sociaux, construite entre 1968 et 1977.";
        let cut = clip(long, 40);
        assert_eq!(cut, "Le Peterbos est une cité de logements…");
        assert!(cut.chars().count() <= 40);
    }

    #[test]
    fn cuts_one_endless_word() {
        let cut = clip(&"a".repeat(300), 155);
        assert_eq!(cut.chars().count(), 155);
        assert!(cut.ends_with('…'));
    }

    #[test]
    fn reads_markdown_as_plain_text() {
        assert_eq!(
            described("## Titre\n\nUn **potager** [ici](@/x.md).").as_deref(),
            Some("Titre Un potager ici.")
        );
        assert_eq!(described("   "), None);
    }
}

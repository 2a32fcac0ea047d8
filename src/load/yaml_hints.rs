//! More of the YAML mistakes residents make, each found from the lines around the parser's error:
//! a value left on a field's line above the list under it, a quote that ends a quoted text too
//! early, a colon without its space, a value starting with a character YAML reserves, a `#`
//! that starts a comment, a decimal comma, a list written as a comma-separated text.

use crate::i18n::Message;
use crate::msg;

/// A mistake found: what went wrong, the corrected line, and where (1-based line of the YAML
/// text, 1-based column of the line).
#[derive(Debug)]
pub(super) struct Fix {
    pub message: Message,
    pub fixed: String,
    pub line: u32,
    pub column: u32,
}

/// 1-based column of byte offset `at` in `line`.
pub(super) fn column_of(line: &str, at: usize) -> u32 {
    u32::try_from(line[..at.min(line.len())].chars().count() + 1).unwrap_or(1)
}

/// Where the value of a block line `key: value` or `- value` starts (byte offset), and the
/// key's span when there is one.
fn value_start(line: &str) -> Option<(usize, Option<(usize, usize)>)> {
    let start = line.len() - line.trim_start().len();
    let body = if line[start..].starts_with("- ") {
        start + 2 + line[start + 2..].len() - line[start + 2..].trim_start().len()
    } else {
        start
    };
    let rest = &line[body..];
    let key_len = rest
        .find(|c: char| !(c.is_alphanumeric() || c == '_' || c == '-'))
        .unwrap_or(rest.len());
    if key_len > 0 && rest[key_len..].starts_with(": ") {
        let after = body + key_len + 1;
        let value = after + line[after..].len() - line[after..].trim_start().len();
        return Some((value, Some((body, body + key_len))));
    }
    (body > start).then_some((body, None))
}

/// A field whose line holds an empty value (`updates: []`) with an indented list or fields
/// under it: the parser stops at the line below; the mistake is the value above.
pub(super) fn value_then_block(lines: &[&str], idx: usize) -> Option<Fix> {
    let here = lines.get(idx)?;
    let indent = |l: &str| l.len() - l.trim_start().len();
    let (prev_idx, prev) = lines[..idx]
        .iter()
        .enumerate()
        .rev()
        .find(|(_, l)| !l.trim().is_empty() && !l.trim_start().starts_with('#'))?;
    if indent(here) <= indent(prev) && !here.trim_start().starts_with("- ") {
        return None;
    }
    let (value_at, key) = value_start(prev)?;
    let (key_start, key_end) = key?;
    let value = prev[value_at..].trim_end();
    if !["[]", "{}", "~", "null", "\"\"", "''"].contains(&value) {
        return None;
    }
    let key_text = &prev[key_start..key_end];
    Some(Fix {
        message: msg!("yaml-value-then-list", key = key_text, value = value),
        fixed: prev[..key_end + 1].trim_start().to_string(),
        line: u32::try_from(prev_idx + 1).ok()?,
        column: column_of(prev, value_at),
    })
}

/// The first line up to `idx` whose quoted value is not closed, or closed too early by a quote
/// inside the text (`"Un "potager" partagé"`, `'l'eau'`).
pub(super) fn broken_quote(lines: &[&str], idx: usize) -> Option<Fix> {
    lines
        .iter()
        .take(idx + 1)
        .enumerate()
        .find_map(|(i, l)| quote_fix(l).map(|(message, fixed, at)| (i, l, message, fixed, at)))
        .and_then(|(i, l, message, fixed, at)| {
            Some(Fix {
                message,
                fixed,
                line: u32::try_from(i + 1).ok()?,
                column: column_of(l, at),
            })
        })
}

/// The message, the corrected line and the offset of the faulty quote, for a block line whose
/// quoted value is broken.
fn quote_fix(line: &str) -> Option<(Message, String, usize)> {
    let (at, _) = value_start(line)?;
    let value = line[at..].trim_end();
    let quote = value.chars().next().filter(|c| *c == '"' || *c == '\'')?;
    let close = closing_quote(&value[1..], quote).map(|i| i + 1);
    let prefix = &line[..at];
    match close {
        None => {
            let text = value[1..].to_string();
            let fixed = format!("{}{}", prefix.trim_start(), requote(&text));
            Some((msg!("yaml-quote"), fixed, at))
        }
        Some(end) => {
            let after = value[end + 1..].trim_start();
            if after.is_empty() || after.starts_with('#') {
                return None;
            }
            let inner = value[1..].strip_suffix(quote).unwrap_or(&value[1..]);
            let fixed = format!("{}{}", prefix.trim_start(), requote(inner));
            let message = match quote {
                '"' => msg!("yaml-quote-inside"),
                _ => msg!("yaml-apostrophe-inside"),
            };
            Some((message, fixed, at + end))
        }
    }
}

/// The byte offset of the quote closing a text that started with `quote`, in `rest`.
fn closing_quote(rest: &str, quote: char) -> Option<usize> {
    let mut chars = rest.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        match c {
            '\\' if quote == '"' => {
                chars.next();
            }
            '\'' if quote == '\'' && chars.peek().map(|p| p.1) == Some('\'') => {
                chars.next();
            }
            c if c == quote => return Some(i),
            _ => {}
        }
    }
    None
}

/// `text` in double quotes, its own double quotes escaped, or in single quotes when it holds
/// double quotes but no apostrophe.
pub(super) fn requote(text: &str) -> String {
    if text.contains('"') && !text.contains('\'') {
        format!("'{text}'")
    } else {
        format!("\"{}\"", text.replace('\\', "\\\\").replace('"', "\\\""))
    }
}

/// `coach:marie-dupont` or `{amount:400}`: a field's colon without the space after it, at or
/// after `column`.
pub(super) fn colon_without_space(line: &str, column: u32) -> Option<Fix> {
    let from = line
        .char_indices()
        .nth(column.saturating_sub(1) as usize)
        .map_or(line.len(), |(i, _)| i);
    let bytes = line.as_bytes();
    let starts_key = |i: usize| {
        let before = line[..i].trim_end_matches(' ');
        let body_start = before.is_empty() || before.ends_with('{') || before.ends_with(',');
        body_start || before.trim_start() == "-"
    };
    let mut i = line[..from].rfind([' ', '{', ',']).map_or(0, |b| b + 1);
    while i < line.len() {
        let key_len = line[i..]
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '-'))
            .unwrap_or(line.len() - i);
        let colon = i + key_len;
        let next = bytes.get(colon + 1).copied();
        let good_next = next.is_some_and(|b| !b" /:".contains(&b));
        if key_len > 0 && bytes.get(colon) == Some(&b':') && good_next && starts_key(i) {
            let fixed = format!("{} {}", &line[..=colon], &line[colon + 1..]);
            return Some(Fix {
                message: msg!("yaml-colon-space", key = &line[i..colon]),
                fixed: fixed.trim().to_string(),
                line: 0,
                column: column_of(line, colon),
            });
        }
        i = colon + 1 + line.get(colon + 1..)?.find([' ', '{', ','])?;
        i += 1;
    }
    None
}

/// A block value starting with a character YAML reserves (`@`, `` ` ``, `*`, `&`, `!`, `%`,
/// or `#`, which starts a comment): the value in quotes.
pub(super) fn reserved_start(line: &str) -> Option<Fix> {
    let (at, _) = value_start(line)?;
    let value = line[at..].trim_end();
    let first = value.chars().next()?;
    let message = match first {
        '#' => msg!("yaml-hash"),
        '@' | '`' | '*' | '&' | '!' | '%' => msg!("yaml-indicator", char = first.to_string()),
        _ => return None,
    };
    Some(Fix {
        message,
        fixed: format!("{}{}", line[..at].trim_start(), requote(value)),
        line: 0,
        column: column_of(line, at),
    })
}

/// `amount: 145,35}` in a `{…}`: the number with its decimal comma, as YAML splits it at the
/// comma, near `column`.
pub(super) fn decimal_comma(line: &str, column: u32) -> Option<Fix> {
    let b = line.as_bytes();
    let digits = |from: usize| b[from..].iter().take_while(|c| c.is_ascii_digit()).count();
    let near = column.saturating_sub(1) as usize;
    (1..b.len()).find_map(|comma| {
        if b[comma] != b',' || !b[comma - 1].is_ascii_digit() {
            return None;
        }
        let start = line[..comma]
            .rfind(|c: char| !c.is_ascii_digit())
            .map_or(0, |i| i + 1);
        let frac = digits(comma + 1);
        let ends = matches!(b.get(comma + 1 + frac), None | Some(b'}' | b',' | b' '));
        let is_value = line[..start].trim_end().ends_with(':');
        let close = start <= near + 1 && near <= comma + 1 + frac;
        (frac > 0 && ends && is_value && close).then(|| {
            let number = format!(
                "{}.{}",
                &line[start..comma],
                &line[comma + 1..comma + 1 + frac]
            );
            Fix {
                message: msg!("yaml-decimal-comma", value = &line[start..comma + 1 + frac]),
                fixed: format!("{}{number}{}", &line[..start], &line[comma + 1 + frac..])
                    .trim()
                    .to_string(),
                line: 0,
                column: column_of(line, start),
            }
        })
    })
}

/// `themes: food, water` where a list belongs: the items in brackets.
pub(super) fn comma_list(line: &str) -> Option<Fix> {
    let (at, key) = value_start(line)?;
    key?;
    let value = line[at..].trim_end();
    if !value.contains(',') || value.starts_with(['[', '{', '"', '\'']) {
        return None;
    }
    let items: Vec<&str> = value.split(',').map(str::trim).collect();
    Some(Fix {
        message: msg!("yaml-comma-list"),
        fixed: format!("{}[{}]", line[..at].trim_start(), items.join(", ")),
        line: 0,
        column: column_of(line, at),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fixed(f: Option<Fix>) -> Option<(&'static str, String, u32, u32)> {
        f.map(|f| (f.message.id(), f.fixed, f.line, f.column))
    }

    #[test]
    fn finds_the_value_left_above_a_list() {
        let lines = ["title: x", "updates: []", "  - {date: 2024-10-05}"];
        assert_eq!(
            fixed(value_then_block(&lines, 2)),
            Some(("yaml-value-then-list", "updates:".into(), 2, 10))
        );
        assert!(value_then_block(&["title: x", "  - a"], 1).is_none());
    }

    #[test]
    fn finds_the_quote_that_breaks_a_text() {
        let lines = ["title: \"Un \"potager\" partagé\"", "lang: fr"];
        assert_eq!(
            fixed(broken_quote(&lines, 1)),
            Some((
                "yaml-quote-inside",
                "title: 'Un \"potager\" partagé'".into(),
                1,
                12
            ))
        );
        let lines = ["title: \"Potager", "summary: \"Un jardin.\""];
        assert_eq!(
            fixed(broken_quote(&lines, 1)),
            Some(("yaml-quote", "title: \"Potager\"".into(), 1, 8))
        );
        let lines = ["title: 'L'eau du quartier'"];
        assert_eq!(
            fixed(broken_quote(&lines, 0)),
            Some((
                "yaml-apostrophe-inside",
                "title: \"L'eau du quartier\"".into(),
                1,
                10
            ))
        );
        assert!(broken_quote(&["title: 'It''s fine' # ok"], 0).is_none());
    }

    #[test]
    fn finds_colons_commas_and_reserved_characters() {
        assert_eq!(
            fixed(colon_without_space("coach:marie-dupont", 1)),
            Some(("yaml-colon-space", "coach: marie-dupont".into(), 0, 6))
        );
        assert_eq!(
            fixed(colon_without_space("  - {label: a, amount:400}", 16)),
            Some((
                "yaml-colon-space",
                "- {label: a, amount: 400}".into(),
                0,
                22
            ))
        );
        assert!(colon_without_space("url: https://x.org", 1).is_none());
        assert_eq!(
            fixed(reserved_start("title: @wiels")),
            Some(("yaml-indicator", "title: \"@wiels\"".into(), 0, 8))
        );
        assert_eq!(
            fixed(decimal_comma("  - {amount: 145,35}", 19)),
            Some(("yaml-decimal-comma", "- {amount: 145.35}".into(), 0, 14))
        );
        assert_eq!(
            fixed(comma_list("themes: food, water")),
            Some(("yaml-comma-list", "themes: [food, water]".into(), 0, 9))
        );
    }
}

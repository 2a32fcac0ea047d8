//! Amounts written as residents write them on paper (`145,35`, `"1.234,50 €"`, `1 234`): the
//! plain number YAML reads, for the help line.

use super::yaml_hints::{column_of, Fix};
use crate::msg;

/// The amount in `text` as a plain decimal number (`1234.50`), when the text is one written
/// with a decimal comma, thousands separators (points, spaces) or a euro sign.
pub(super) fn plain_amount(text: &str) -> Option<String> {
    let t = text.trim().trim_matches(['"', '\'']);
    let t = t.trim_start_matches('€').trim_end_matches('€');
    let t = t
        .trim()
        .trim_end_matches("EUR")
        .trim_end_matches("euros")
        .trim_end_matches("euro");
    let t: String = t
        .chars()
        .filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\''))
        .collect();
    if t.is_empty()
        || !t
            .chars()
            .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
    {
        return None;
    }
    let last = t.rfind(['.', ',']);
    let (whole, frac) = match last {
        // One comma, or a point and a comma: the last one is the decimal mark.
        Some(i) if t[i..].starts_with(',') || t.contains(',') => (&t[..i], &t[i + 1..]),
        // Points only: thousands separators when there are several, a decimal point otherwise.
        Some(i) if t.matches('.').count() == 1 => (&t[..i], &t[i + 1..]),
        Some(_) => (t.as_str(), ""),
        None => (t.as_str(), ""),
    };
    if whole.contains(',') || frac.contains(['.', ',']) {
        return None;
    }
    let whole: String = whole.chars().filter(char::is_ascii_digit).collect();
    if whole.is_empty() {
        return None;
    }
    Some(if frac.is_empty() {
        whole
    } else {
        format!("{whole}.{frac}")
    })
}

/// The fix for an amount YAML read as text: the value at `column` of `line` (quoted, or plain
/// up to the end of the line or of its `{…}` item) replaced by the plain number.
pub(super) fn money_fix(line: &str, column: u32) -> Option<Fix> {
    let at = line
        .char_indices()
        .nth(column.saturating_sub(1) as usize)
        .map(|(i, _)| i)?;
    let rest = &line[at..];
    let len = match rest.chars().next()? {
        q @ ('"' | '\'') => rest[1..].find(q)? + 2,
        _ if line.trim_start().trim_start_matches("- ").starts_with('{') => {
            rest.find([',', '}']).unwrap_or(rest.len())
        }
        _ => rest.find(" #").unwrap_or(rest.len()),
    };
    let value = rest[..len].trim_end();
    let number = plain_amount(value)?;
    let fixed = format!("{}{number}{}", &line[..at], &rest[value.len()..]);
    Some(Fix {
        message: msg!("schema-money-text", value = value),
        fixed: fixed.trim().to_string(),
        line: 0,
        column: column_of(line, at),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_amounts_written_as_on_paper() {
        assert_eq!(plain_amount("145,35").as_deref(), Some("145.35"));
        assert_eq!(plain_amount("\"1.234,50 €\"").as_deref(), Some("1234.50"));
        assert_eq!(plain_amount("1 234").as_deref(), Some("1234"));
        assert_eq!(plain_amount("€ 400").as_deref(), Some("400"));
        assert_eq!(plain_amount("1.234.567").as_deref(), Some("1234567"));
        assert_eq!(plain_amount("400 EUR").as_deref(), Some("400"));
        assert_eq!(plain_amount("quatre cents"), None);
        assert_eq!(plain_amount("1,2,3"), None);
    }

    #[test]
    fn fixes_the_line() {
        let f = money_fix("  amount: \"1.234,50 €\"", 11).map(|f| (f.fixed, f.column));
        assert_eq!(f, Some(("amount: 1234.50".into(), 11)));
        let f = money_fix("  - {label: a, amount: 1 234}", 24).map(|f| (f.fixed, f.column));
        assert_eq!(f, Some(("- {label: a, amount: 1234}".into(), 24)));
    }
}

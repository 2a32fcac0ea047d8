//! Plain fixes for the YAML mistakes residents make: the parser's error and the line it points
//! at → what went wrong, in words, and the corrected line.

use super::yaml_hints::{self as hints, Fix};
use crate::i18n::Message;
use crate::msg;

/// The mistake behind a parser's error at `line`:`column` of `text` (1-based, in the YAML
/// text): what went wrong, the corrected line and the line the resident typed it on.
pub(super) fn suggest(detail: &str, text: &str, line: u32, column: u32) -> Option<Fix> {
    let lines: Vec<&str> = text.lines().collect();
    let idx = (line as usize).saturating_sub(1);
    let source = lines.get(idx).copied().unwrap_or("");
    let here = |f: Fix| Fix { line, ..f };
    let quote_error = detail.contains("unclosed quote") || detail.contains("quoted scalar");
    let block_error = detail.contains("did not find expected")
        || detail.contains("mapping values are not allowed");
    if let Some(fix) = in_line(detail, source) {
        return Some(here(fix));
    }
    if quote_error {
        if let Some(fix) = hints::broken_quote(&lines, idx) {
            return Some(fix);
        }
    }
    if block_error {
        if let Some(fix) = hints::value_then_block(&lines, idx) {
            return Some(fix);
        }
    }
    let fix = hints::decimal_comma(source, column)
        .or_else(|| hints::colon_without_space(source, column))
        .or_else(|| hints::reserved_start(source))
        .or_else(|| {
            let list = detail.contains("sequence");
            list.then(|| hints::comma_list(source)).flatten()
        });
    if let Some(fix) = fix {
        return Some(here(fix));
    }
    line_colon(detail)?;
    let fixed = quote_value(source, column)?;
    Some(Fix {
        message: msg!("yaml-colon"),
        fixed: fixed.trim().to_string(),
        line,
        column,
    })
}

/// A tab used to indent, a list dash without a space, or an unclosed quote in a `{…}`: fixed
/// on the line itself.
fn in_line(detail: &str, line: &str) -> Option<Fix> {
    let indent_len = line.len() - line.trim_start().len();
    let (indent, rest) = line.split_at(indent_len);
    let (message, fixed, at) = if let Some(tab) = indent.find('\t') {
        let fixed = format!("{}{rest}", indent.replace('\t', "  "));
        (msg!("yaml-tab"), fixed, tab)
    } else if let Some(item) = rest.strip_prefix('-').filter(|r| dash_without_space(r)) {
        (msg!("yaml-dash"), format!("{indent}- {item}"), indent_len)
    } else if detail.contains("unclosed quote") && line.trim_start().contains('{') {
        let open = line.find(['"', '\''])?;
        (msg!("yaml-quote"), close_quote(line)?, open)
    } else {
        return None;
    };
    Some(Fix {
        message,
        fixed: fixed.trim().to_string(),
        line: 0,
        column: hints::column_of(line, at),
    })
}

/// Whether the parser's error is one a colon inside an unquoted text causes.
fn line_colon(detail: &str) -> Option<()> {
    (detail.contains("mapping values are not allowed")
        || detail.contains("did not find expected ',' or '}'"))
    .then_some(())
}

/// The help line holding a corrected line.
pub(super) fn help(fix: &Fix) -> Message {
    msg!("yaml-fix.help", line = fix.fixed.as_str())
}

/// After a `-` at the start of a line: text right away (`-food`), not `---` nor a space.
fn dash_without_space(after: &str) -> bool {
    after
        .chars()
        .next()
        .is_some_and(|c| !c.is_whitespace() && c != '-')
}

/// The line with its unclosed quote closed at the end of the line.
fn close_quote(line: &str) -> Option<String> {
    let open = line.find(['"', '\''])?;
    let quote = &line[open..open + 1];
    let inside = &line[open + 1..];
    (!inside.contains(quote)).then(|| format!("{}{quote}", line.trim_end()))
}

/// The line with the text whose colon broke it in quotes: `text: Inauguration : 200 personnes`
/// → `text: "Inauguration : 200 personnes"`, also inside `{…}`.
fn quote_value(line: &str, column: u32) -> Option<String> {
    let at = line
        .char_indices()
        .nth(column.saturating_sub(1) as usize)
        .map_or(line.len(), |(i, _)| i);
    if line.trim_start().starts_with("- {") || line.trim_start().starts_with('{') {
        return quote_in_flow(line, at);
    }
    // Block mapping: `key: value` (after an optional `- `), the error past the key's colon.
    let start = line.len() - line.trim_start().len();
    let body_start = start
        + if line[start..].starts_with("- ") {
            2
        } else {
            0
        };
    let key_colon = body_start + line[body_start..].find(':')?;
    if at <= key_colon + 1 {
        return None; // the key itself is misplaced: an indentation problem, not a colon in text
    }
    let value = line[key_colon + 1..].trim();
    (!value.is_empty()).then(|| format!("{}: {}", &line[..key_colon], hints::requote(value)))
}

fn quote_in_flow(line: &str, at: usize) -> Option<String> {
    // The parser points at the colon in the text, or just past it.
    let upto = line
        .char_indices()
        .find(|(i, _)| *i > at)
        .map_or(line.len(), |(i, _)| i);
    let bad = line[..upto].rfind(':')?;
    let start = line[..bad].rfind(": ")? + 2;
    let end = bad + line[bad..].find([',', '}'])?;
    let value = line[start..end].trim();
    if value.starts_with(['"', '\'']) {
        return None;
    }
    Some(format!(
        "{}{}{}",
        &line[..start],
        hints::requote(value),
        &line[end..]
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fixed(detail: &str, line: &str, column: u32) -> Option<(&'static str, String, u32)> {
        let f = suggest(detail, line, 1, column)?;
        Some((f.message.id(), f.fixed, f.column))
    }

    #[test]
    fn quotes_a_text_with_a_colon() {
        let block = "mapping values are not allowed in this context";
        assert_eq!(
            fixed(block, "title: Inauguration : 200 personnes", 21),
            Some((
                "yaml-colon",
                "title: \"Inauguration : 200 personnes\"".into(),
                21
            ))
        );
        assert_eq!(
            fixed(block, "  - step: Réunion: choix des bacs", 19),
            Some((
                "yaml-colon",
                "- step: \"Réunion: choix des bacs\"".into(),
                19
            ))
        );
        let flow = "while parsing a flow mapping, did not find expected ',' or '}'";
        assert_eq!(
            fixed(
                flow,
                "  - {date: 2024-10-05, text: Inauguration : 200 personnes}",
                43
            ),
            Some((
                "yaml-colon",
                "- {date: 2024-10-05, text: \"Inauguration : 200 personnes\"}".into(),
                43
            ))
        );
        // A key indented too far is not a colon in a text.
        assert_eq!(fixed(block, "  bad: indent", 6), None);
    }

    #[test]
    fn fixes_tabs_dashes_and_quotes() {
        assert_eq!(
            fixed("tabs disallowed", "\t- {step: a}", 2),
            Some(("yaml-tab", "- {step: a}".into(), 1))
        );
        assert_eq!(
            fixed("expected sequence start", "  -food", 3),
            Some(("yaml-dash", "- food".into(), 3))
        );
        assert_eq!(
            fixed("unclosed quote", "title: \"Fête des voisins", 8),
            Some(("yaml-quote", "title: \"Fête des voisins\"".into(), 8))
        );
        assert_eq!(fixed("something else", "title: x", 1), None);
    }
}

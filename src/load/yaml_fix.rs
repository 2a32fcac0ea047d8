//! Plain fixes for the YAML mistakes residents make: the parser's error and the line it points
//! at → what went wrong, in words, and the corrected line.

use crate::i18n::Message;
use crate::msg;

/// A message and a help line holding the corrected line, for a tab used to indent, a list dash
/// without a space, an unclosed quote, or a colon inside a text; `None` for other errors.
pub(super) fn suggest(detail: &str, line: &str, column: u32) -> Option<(Message, Message)> {
    let indent_len = line.len() - line.trim_start().len();
    let (indent, rest) = line.split_at(indent_len);
    let (message, fixed) = if indent.contains('\t') {
        (
            msg!("yaml-tab"),
            format!("{}{rest}", indent.replace('\t', "  ")),
        )
    } else if let Some(item) = rest.strip_prefix('-').filter(|r| dash_without_space(r)) {
        (msg!("yaml-dash"), format!("{indent}- {item}"))
    } else if detail.contains("unclosed quote") || detail.contains("quoted scalar") {
        (msg!("yaml-quote"), close_quote(line)?)
    } else if detail.contains("mapping values are not allowed")
        || detail.contains("did not find expected ',' or '}'")
    {
        (msg!("yaml-colon"), quote_value(line, column)?)
    } else {
        return None;
    };
    Some((message, msg!("yaml-fix.help", line = fixed.trim())))
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
    (!value.is_empty()).then(|| format!("{}: {}", &line[..key_colon], quoted(value)))
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
        quoted(value),
        &line[end..]
    ))
}

/// `value` between double quotes (single quotes when it holds double ones).
fn quoted(value: &str) -> String {
    if value.contains('"') && !value.contains('\'') {
        format!("'{value}'")
    } else {
        format!("\"{}\"", value.replace('\\', "\\\\").replace('"', "\\\""))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fixed(detail: &str, line: &str, column: u32) -> Option<(&'static str, String)> {
        let (m, help) = suggest(detail, line, column)?;
        match &help.args()[0].1 {
            crate::i18n::Arg::Text(t) => Some((m.id(), t.clone())),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn quotes_a_text_with_a_colon() {
        let block = "mapping values are not allowed in this context";
        assert_eq!(
            fixed(block, "title: Inauguration : 200 personnes", 21),
            Some((
                "yaml-colon",
                "title: \"Inauguration : 200 personnes\"".into()
            ))
        );
        assert_eq!(
            fixed(block, "  - step: Réunion: choix des bacs", 19),
            Some(("yaml-colon", "- step: \"Réunion: choix des bacs\"".into()))
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
                "- {date: 2024-10-05, text: \"Inauguration : 200 personnes\"}".into()
            ))
        );
        // A key indented too far is not a colon in a text.
        assert_eq!(fixed(block, "  bad: indent", 6), None);
    }

    #[test]
    fn fixes_tabs_dashes_and_quotes() {
        assert_eq!(
            fixed("tabs disallowed", "\t- {step: a}", 2),
            Some(("yaml-tab", "- {step: a}".into()))
        );
        assert_eq!(
            fixed("expected sequence start", "  -food", 3),
            Some(("yaml-dash", "- food".into()))
        );
        assert_eq!(
            fixed("unclosed quote", "title: \"Fête des voisins", 8),
            Some(("yaml-quote", "title: \"Fête des voisins\"".into()))
        );
        assert_eq!(fixed("something else", "title: x", 1), None);
    }
}

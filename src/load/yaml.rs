//! YAML parsing with serde-saphyr under strict limits, turning its errors into diagnostics.

use crate::diag::{help_with, Diagnostic, Rule, Span};
use crate::i18n::Message;
use crate::msg;
use serde::de::DeserializeOwned;
use std::path::Path;

use super::raw::{MONEY_EXPECTING, S};
use super::yaml_hints::Fix;
use super::yaml_scalars::Resolvable;

/// Where the YAML text sits in its file: lines before it (the `---` of front matter).
#[derive(Clone, Copy, Debug, Default)]
pub struct Origin {
    pub line_offset: u32,
}

impl Origin {
    /// The file span of a spanned value.
    pub fn span<T>(&self, v: &S<T>) -> Span {
        Span::new(v.line + self.line_offset, v.column.max(1), v.len)
    }
}

fn options() -> serde_saphyr::Options {
    let mut o = serde_saphyr::Options::default();
    o.with_snippet = false;
    // YAML 1.2, as the JSON Schemas and editors read it: `yes`, `on` are text, not booleans, and
    // text fields hold text (`title: 2024` is a number; write "2024").
    o.strict_booleans = true;
    o.no_schema = true;
    let mut budget = serde_saphyr::Budget::default();
    budget.max_depth = 64;
    budget.max_aliases = 1_000;
    budget.max_anchors = 1_000;
    budget.max_events = 1_000_000;
    o.budget = Some(budget);
    o
}

/// What kind of YAML file is parsed: in data files a repeated key is a duplicate id.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum YamlKind {
    Data,
    FrontMatter,
}

/// Parses `text` into `T`, or returns the one diagnostic that stops it.
pub fn parse_yaml<T: DeserializeOwned>(
    text: &str,
    file: &Path,
    origin: Origin,
    kind: YamlKind,
) -> Result<T, Diagnostic> {
    serde_saphyr::from_str_with_options::<T>(text, options())
        .map_err(|e| yaml_error_to_diagnostic(&e, text, file, origin, kind))
}

fn yaml_error_to_diagnostic(
    e: &serde_saphyr::Error,
    text: &str,
    file: &Path,
    origin: Origin,
    kind: YamlKind,
) -> Diagnostic {
    let e = innermost(e);
    let (line, column) = e
        .location()
        .map(|l| (l.line() as u32, l.column() as u32))
        .unwrap_or((1, 1));
    let (line, column) = (line.max(1), column.max(1));
    let source = text.lines().nth(line as usize - 1).unwrap_or("");
    let detail = clean_message(&e.to_string());
    // A type error a visitor found (a quoted number, `yes` for a boolean) is placed by
    // serde-saphyr on the field's key; the value after it is what is wrong.
    let value_column = match e {
        serde_saphyr::Error::SerdeInvalidType { .. }
        | serde_saphyr::Error::SerdeInvalidValue { .. } => {
            value_after_key(source, column).unwrap_or(column)
        }
        _ => column,
    };
    // A mistake with a plain fix (a tab, a quote, a colon, a decimal comma, an amount written
    // as on paper) is explained as such, on the line it was typed on, under the rule of the
    // error's kind.
    let fix = match e {
        serde_saphyr::Error::SerdeInvalidType { expected, .. } if expected == MONEY_EXPECTING => {
            super::money_text::money_fix(source, value_column).map(|f| Fix { line, ..f })
        }
        // Too many events or aliases is no typing mistake.
        serde_saphyr::Error::Budget { .. } => None,
        _ => super::yaml_fix::suggest(&detail, text, line, column),
    };
    let explained = explain(e, kind);
    if let Some(fix) = fix {
        let rule = explained.map_or(Rule::YamlSyntax, |(rule, _, _)| rule);
        let span = Span::new(fix.line + origin.line_offset, fix.column, 1);
        let help = super::yaml_fix::help(&fix);
        return Diagnostic::new(rule, file, span, fix.message).with_help(help);
    }
    let (rule, message, help) = explained.unwrap_or_else(|| {
        let help = Some(msg!("yaml-syntax.help"));
        (Rule::YamlSyntax, msg!("yaml-syntax", detail = detail), help)
    });
    // serde reports a missing top-level field where the mapping ended; the start of the
    // document is where the field belongs.
    let (line, column) = if rule == Rule::SchemaMissingField && column <= 1 {
        (1, 1)
    } else {
        (line, value_column)
    };
    let span = Span::new(line + origin.line_offset, column, 1);
    let d = Diagnostic::new(rule, file, span, message);
    match help {
        Some(h) => d.with_help(h),
        None => d,
    }
}

/// The error itself, without the snippet or alias wrappers serde-saphyr puts around it.
fn innermost(e: &serde_saphyr::Error) -> &serde_saphyr::Error {
    match e.without_snippet() {
        serde_saphyr::Error::AliasError { error, .. } => innermost(error),
        inner => inner,
    }
}

type Explained = (Rule, Message, Option<Message>);

/// What the readers of `yaml_scalars` expect, as their errors say it.
const RESOLVED_KINDS: [&str; 3] = [
    <bool as Resolvable>::EXPECTING,
    <u32 as Resolvable>::EXPECTING,
    <f64 as Resolvable>::EXPECTING,
];

/// Errors of the data's shape, from serde-saphyr's error variants; `None` for YAML syntax.
fn explain(e: &serde_saphyr::Error, kind: YamlKind) -> Option<Explained> {
    use serde_saphyr::Error as E;
    let invalid = |m: Message, help: Option<Message>| Some((Rule::SchemaInvalidValue, m, help));
    match e {
        E::SerdeUnknownField {
            field, expected, ..
        } => {
            let rest = msg!("schema-unknown-field.help", list = expected.join(", "));
            let help = help_with(field, expected.iter(), rest);
            let m = msg!("schema-unknown-field", field = field.as_str());
            Some((Rule::SchemaUnknownField, m, Some(help)))
        }
        E::SerdeMissingField { field, .. } => Some((
            Rule::SchemaMissingField,
            msg!("schema-missing-field", field = *field),
            Some(msg!("schema-missing-field.help", field = *field)),
        )),
        E::DuplicateMappingKey { key, .. } => {
            let key = key.clone().unwrap_or_default();
            let rule = match kind {
                YamlKind::Data => Rule::IdDuplicate,
                YamlKind::FrontMatter => Rule::YamlSyntax,
            };
            let m = msg!("yaml-duplicate-key", key = key);
            Some((rule, m, Some(msg!("yaml-duplicate-key.help"))))
        }
        E::InvalidScalar { ty, .. } => invalid(
            msg!("schema-invalid-scalar", kind = scalar_kind(ty)),
            Some(msg!("schema-invalid-scalar.help", kind = scalar_kind(ty))),
        ),
        E::InvalidBooleanStrict { .. } => invalid(
            msg!("schema-invalid-scalar", kind = "bool"),
            Some(msg!("schema-invalid-scalar.help", kind = "bool")),
        ),
        // A quoted number or a YAML 1.1 boolean read where a number or boolean belongs.
        E::SerdeInvalidType { expected, .. } if RESOLVED_KINDS.contains(&expected.as_str()) => {
            let kind = resolved_kind(expected);
            invalid(
                msg!("schema-invalid-scalar", kind = kind),
                Some(msg!("schema-invalid-scalar.help", kind = kind)),
            )
        }
        E::SerdeInvalidType {
            unexpected,
            expected,
            ..
        }
        | E::SerdeInvalidValue {
            unexpected,
            expected,
            ..
        } => invalid(
            msg!(
                "schema-invalid-type",
                found = unexpected.as_str(),
                expected = expected.as_str()
            ),
            None,
        ),
        E::SerdeUnknownVariant {
            variant, expected, ..
        } => invalid(
            msg!("schema-unknown-variant", value = variant.as_str()),
            Some(msg!("one-of", list = expected.join(", "))),
        ),
        // A text field holding what YAML reads as a number or a boolean (`title: 2024`).
        E::QuotingRequired { value, .. } => invalid(
            msg!("schema-quote-text", value = value.as_str()),
            Some(msg!("schema-quote-text.help", value = value.as_str())),
        ),
        E::NullIntoString { .. } => invalid(msg!("schema-null"), Some(msg!("schema-null.help"))),
        E::Unexpected { expected, .. } => invalid(
            msg!("schema-unexpected", kind = container_kind(expected)),
            None,
        ),
        E::Budget { .. } => Some((Rule::YamlSyntax, msg!("yaml-too-large"), None)),
        _ => None,
    }
}

/// `bool`, `int` or `number` for the Fluent selector, from what a resolved scalar expected.
fn resolved_kind(expected: &str) -> &'static str {
    match expected {
        e if e == <bool as Resolvable>::EXPECTING => "bool",
        e if e == <u32 as Resolvable>::EXPECTING => "int",
        _ => "number",
    }
}

/// `bool`, `int` or `number` for the Fluent selector of a scalar type's name.
fn scalar_kind(ty: &str) -> &'static str {
    match ty {
        "bool" | "boolean" => "bool",
        t if t.starts_with('u') || t.starts_with('i') => "int",
        _ => "number",
    }
}

/// `list`, `map` or `text` for what serde-saphyr expected.
fn container_kind(expected: &str) -> &'static str {
    if expected.contains("sequence") {
        "list"
    } else if expected.contains("mapping") {
        "map"
    } else {
        "text"
    }
}

/// Removes serde-saphyr's "error: line X column Y:" prefix and trailing location noise.
fn clean_message(raw: &str) -> String {
    let first = raw.lines().next().unwrap_or(raw).trim();
    let mut s = first.strip_prefix("error: ").unwrap_or(first);
    if let Some(rest) = s.strip_prefix("line ") {
        if let Some((_, after)) = rest.split_once(": ") {
            s = after;
        }
    }
    match s.find(" at line ") {
        Some(i) => s[..i].to_string(),
        None => s.to_string(),
    }
}

/// The 1-based column of the value after the key `key:` that starts at `column` of `line`, when
/// the value is on the same line.
fn value_after_key(line: &str, column: u32) -> Option<u32> {
    let chars: Vec<char> = line.chars().collect();
    let start = column.checked_sub(1)? as usize;
    let key_len = chars
        .get(start..)?
        .iter()
        .take_while(|c| c.is_alphanumeric() || **c == '_' || **c == '-')
        .count();
    let colon = start + key_len;
    if key_len == 0 || chars.get(colon) != Some(&':') {
        return None;
    }
    let value = colon + 1 + chars[colon + 1..].iter().take_while(|c| **c == ' ').count();
    (value > colon + 1 && value < chars.len()).then(|| u32::try_from(value + 1).ok())?
}

#[cfg(test)]
mod tests {
    use super::value_after_key;

    #[test]
    fn finds_the_value_after_a_key() {
        assert_eq!(value_after_key("steering_group: six", 1), Some(17));
        assert_eq!(
            value_after_key("  - {edition: \"2024\", status: x}", 6),
            Some(15)
        );
        assert_eq!(value_after_key("steering_group:", 1), None);
        assert_eq!(value_after_key("\"six\"", 1), None);
        assert_eq!(value_after_key("url: http://x", 6), None);
    }
}

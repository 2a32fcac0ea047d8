//! YAML parsing with serde-saphyr under strict limits, turning its errors into diagnostics.

use crate::diag::{Diagnostic, Rule, Span};
use serde::de::DeserializeOwned;
use std::path::Path;

use super::raw::S;

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
        .map_err(|e| yaml_error_to_diagnostic(&e, file, origin, kind))
}

fn yaml_error_to_diagnostic(
    e: &serde_saphyr::Error,
    file: &Path,
    origin: Origin,
    kind: YamlKind,
) -> Diagnostic {
    let (line, column) = e
        .location()
        .map(|l| (l.line() as u32, l.column() as u32))
        .unwrap_or((1, 1));
    let message = clean_message(&e.to_string());
    let rule = classify(&message, kind);
    // serde reports a missing top-level field where the mapping ended; the start of the
    // document is where the field belongs.
    let (line, column) = if rule == Rule::SchemaMissingField && column <= 1 {
        (1, 1)
    } else {
        (line, column)
    };
    let line = line.max(1) + origin.line_offset;
    let help = match rule {
        Rule::SchemaUnknownField => Some("check the spelling; fields are listed in the README"),
        Rule::SchemaMissingField => Some("add the field"),
        Rule::YamlSyntax => {
            Some("check indentation, colons and quotes around text with `: ` or `#`")
        }
        _ => None,
    };
    let d = Diagnostic::new(rule, file, Span::new(line, column.max(1), 1), message);
    match help {
        Some(h) => d.with_help(h),
        None => d,
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
    let s = match s.find(" at line ") {
        Some(i) => &s[..i],
        None => s,
    };
    s.replace("budget breached: ", "YAML too large or too deep: ")
}

fn classify(message: &str, kind: YamlKind) -> Rule {
    if message.starts_with("unknown field") {
        Rule::SchemaUnknownField
    } else if message.starts_with("missing field") {
        Rule::SchemaMissingField
    } else if message.contains("duplicate mapping key") {
        match kind {
            YamlKind::Data => Rule::IdDuplicate,
            YamlKind::FrontMatter => Rule::YamlSyntax,
        }
    } else if message.starts_with("invalid ")
        || message.starts_with("unknown variant")
        || message.starts_with("expected ")
        || message.contains("cannot deserialize")
        || message.starts_with("null")
    {
        Rule::SchemaInvalidValue
    } else {
        Rule::YamlSyntax
    }
}

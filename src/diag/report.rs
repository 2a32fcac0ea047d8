//! Printing diagnostics: human (rustc-style snippets), JSON, and GitHub workflow commands.

use super::{Diagnostic, Severity};
use crate::i18n::Lang;
use crate::msg;
use std::collections::HashMap;
use std::fmt::Write as _;
use std::path::Path;

/// Output formats of `wijk check --format`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Human,
    Json,
    Github,
}

/// One JSON object per diagnostic, exactly the contract's `{file,line,column,severity,code,message}`;
/// the message in `lang`.
pub fn render_json(diags: &[Diagnostic], lang: Lang) -> String {
    let items: Vec<serde_json::Value> = diags
        .iter()
        .map(|d| {
            serde_json::json!({
                "file": d.file_display(),
                "line": d.span.line,
                "column": d.span.column,
                "severity": d.severity,
                "code": d.rule.code(),
                "message": d.message_in(lang),
            })
        })
        .collect();
    let mut s = serde_json::to_string_pretty(&items).unwrap_or_else(|_| "[]".into());
    s.push('\n');
    s
}

/// GitHub Actions workflow commands, one line per diagnostic, the text in `lang`.
pub fn render_github(diags: &[Diagnostic], lang: Lang) -> String {
    let mut out = String::new();
    for d in diags {
        let level = match d.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        let mut msg = d.message_in(lang);
        if let Some(h) = d.help_in(lang) {
            msg.push_str(" — ");
            msg.push_str(&h);
        }
        let _ = writeln!(
            out,
            "::{level} file={},line={},col={},title={}::{}",
            escape_property(&d.file_display()),
            d.span.line,
            d.span.column,
            escape_property(d.rule.code()),
            escape_data(&msg)
        );
    }
    out
}

fn escape_data(s: &str) -> String {
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

fn escape_property(s: &str) -> String {
    escape_data(s).replace(':', "%3A").replace(',', "%2C")
}

struct Style {
    color: bool,
}

impl Style {
    fn paint(&self, code: &str, s: &str) -> String {
        if self.color {
            format!("\x1b[{code}m{s}\x1b[0m")
        } else {
            s.to_string()
        }
    }
}

/// rustc-style report: header, location, the source line with a caret under the value, help; then a summary.
/// Source lines are read from `root`; a file that cannot be read is shown without snippet.
/// The text is in `lang`; codes and locations are the same in every language.
pub fn render_human(diags: &[Diagnostic], root: &Path, color: bool, lang: Lang) -> String {
    let style = Style { color };
    let error_label = msg!("label-error").text(lang);
    let warning_label = msg!("label-warning").text(lang);
    let help_label = msg!("label-help").text(lang);
    let mut cache: HashMap<&Path, Option<Vec<String>>> = HashMap::new();
    let mut out = String::new();
    for d in diags {
        let (label, code) = match d.severity {
            Severity::Error => (&error_label, "1;31"),
            Severity::Warning => (&warning_label, "1;33"),
        };
        let _ = writeln!(
            out,
            "{}{} {}",
            style.paint(code, &format!("{label}[{}]", d.rule.code())),
            style.paint("1", ":"),
            style.paint("1", &d.message_in(lang))
        );
        let loc = format!("{}:{}:{}", d.file_display(), d.span.line, d.span.column);
        let lines = cache.entry(d.file.as_path()).or_insert_with(|| {
            // The same bounded reader as load: a link, a device or a huge file is never quoted.
            crate::load::read_text(&root.join(&d.file))
                .ok()
                .map(|t| t.lines().map(str::to_string).collect())
        });
        let source = lines
            .as_ref()
            .and_then(|l| l.get((d.span.line as usize).wrapping_sub(1)));
        let width = d.span.line.to_string().len();
        let pad = " ".repeat(width);
        let _ = writeln!(out, "{pad}{} {loc}", style.paint("1;34", "-->"));
        if let Some(src) = source {
            let bar = style.paint("1;34", "|");
            let _ = writeln!(out, "{pad} {bar}");
            let _ = writeln!(
                out,
                "{} {bar} {}",
                style.paint("1;34", &d.span.line.to_string()),
                src.replace('\t', " ")
            );
            let col = d.span.column.max(1) as usize - 1;
            let indent: String = src.chars().take(col).map(|_| ' ').collect();
            let carets = "^".repeat(d.span.len.max(1) as usize);
            let _ = writeln!(out, "{pad} {bar} {indent}{}", style.paint(code, &carets));
        }
        if let Some(h) = d.help_in(lang) {
            let _ = writeln!(out, "{pad} {} {help_label}: {h}", style.paint("1;34", "="),);
        }
        out.push('\n');
    }
    let errors = diags
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .count();
    let warnings = diags.len() - errors;
    let summary = match (errors, warnings) {
        (0, 0) => msg!("summary-clean"),
        (e, w) => msg!("summary", errors = e, warnings = w),
    }
    .text(lang);
    let _ = writeln!(
        out,
        "{}",
        style.paint(if errors > 0 { "1;31" } else { "1;32" }, &summary)
    );
    out
}

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
            let lang = d.reader_lang(lang);
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
        let lang = d.reader_lang(lang);
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
    let mut cache: HashMap<&Path, Option<Vec<String>>> = HashMap::new();
    let mut out = String::new();
    for d in diags {
        let lang = d.reader_lang(lang);
        let (label, code) = match d.severity {
            Severity::Error => (msg!("label-error").text(lang), "1;31"),
            Severity::Warning => (msg!("label-warning").text(lang), "1;33"),
        };
        let help_label = msg!("label-help").text(lang);
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
            let shown = Excerpt::of(src, d.span.column, d.span.len);
            let _ = writeln!(out, "{pad} {bar}");
            let _ = writeln!(
                out,
                "{} {bar} {}",
                style.paint("1;34", &d.span.line.to_string()),
                shown.text.replace('\t', " ")
            );
            let indent = " ".repeat(shown.caret_at);
            let carets = "^".repeat(shown.carets);
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

/// The most characters of a source line a diagnostic quotes: a one-line file of 777,028
/// characters (a GeoJSON export) is shown as a window around the value, not reprinted whole for
/// every diagnostic.
pub const MAX_QUOTED_CHARS: usize = 200;

/// The part of a source line a diagnostic shows, and where its carets go under it.
#[derive(Debug, PartialEq, Eq)]
struct Excerpt {
    /// At most [`MAX_QUOTED_CHARS`] characters of the line, centred on the column, with `…`
    /// where the line was cut.
    text: String,
    /// Characters of `text` before the first caret.
    caret_at: usize,
    /// How many carets: the value's length, cut where the text ends (at least one).
    carets: usize,
}

impl Excerpt {
    /// The excerpt of `line` for a value at 1-based character `column`, `len` characters long.
    fn of(line: &str, column: u32, len: u32) -> Excerpt {
        let col = column.max(1) as usize - 1;
        let total = line.chars().count();
        let (start, end) = if total <= MAX_QUOTED_CHARS {
            (0, total)
        } else {
            let start = col.saturating_sub(MAX_QUOTED_CHARS / 2);
            let end = (start + MAX_QUOTED_CHARS).min(total);
            (end - MAX_QUOTED_CHARS, end)
        };
        let byte = |n: usize| line.char_indices().nth(n).map_or(line.len(), |(i, _)| i);
        let (from, to) = (byte(start), byte(end));
        let mut text = String::new();
        if start > 0 {
            text.push('…');
        }
        text.push_str(&line[from..to]);
        if end < total {
            text.push('…');
        }
        let caret_at = col.min(end).saturating_sub(start) + usize::from(start > 0);
        let room = end.saturating_sub(col.max(start)).max(1);
        Excerpt {
            text,
            caret_at,
            carets: (len.max(1) as usize).min(room),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes_a_short_line_whole() {
        let e = Excerpt::of("base_url: javascript:alert(1)", 11, 19);
        assert_eq!(e.text, "base_url: javascript:alert(1)");
        assert_eq!((e.caret_at, e.carets), (10, 19));
    }

    #[test]
    fn quotes_a_window_of_a_long_line_with_the_caret_on_the_value() {
        let line = format!(
            "{}\"id\": \"ixelles\"{}",
            "é".repeat(5000),
            "x".repeat(5000)
        );
        let e = Excerpt::of(&line, 5001, 7);
        assert_eq!(e.text.chars().count(), MAX_QUOTED_CHARS + 2);
        assert!(e.text.starts_with('…') && e.text.ends_with('…'));
        let under: String = e.text.chars().skip(e.caret_at).take(e.carets).collect();
        assert_eq!(under, "\"id\": \"");
    }

    #[test]
    fn cuts_only_the_end_near_the_start_and_only_the_start_near_the_end() {
        let line = "a".repeat(1000);
        let e = Excerpt::of(&line, 3, 1);
        assert_eq!(
            (e.text.chars().count(), e.caret_at),
            (MAX_QUOTED_CHARS + 1, 2)
        );
        assert!(e.text.ends_with('…') && !e.text.starts_with('…'));
        let e = Excerpt::of(&line, 1000, 50);
        assert!(e.text.starts_with('…') && !e.text.ends_with('…'));
        assert_eq!((e.caret_at, e.carets), (MAX_QUOTED_CHARS, 1));
    }

    #[test]
    fn keeps_carets_of_a_huge_value_within_the_window() {
        let line = "b".repeat(777_028);
        let e = Excerpt::of(&line, 1, 777_028);
        assert_eq!((e.caret_at, e.carets), (0, MAX_QUOTED_CHARS));
    }
}

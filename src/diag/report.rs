//! Printing diagnostics: human (rustc-style snippets), JSON, and GitHub workflow commands.

use super::{Diagnostic, Severity};
use crate::i18n::Lang;
use crate::msg;
use annotate_snippets::{AnnotationKind, Element, Group, Level, Origin, Renderer, Snippet};
use anstyle::{AnsiColor, Effects};
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

/// rustc-style report drawn by `annotate-snippets`: header, location, the source line with
/// carets under the value, help; then a summary. Source lines are read from `root`; a file that
/// cannot be read is shown without snippet. The text is in `lang` (the level's name too: `erreur`,
/// `fout`); codes and locations are the same in every language.
pub fn render_human(diags: &[Diagnostic], root: &Path, color: bool, lang: Lang) -> String {
    let renderer = if color {
        Renderer::styled()
    } else {
        Renderer::plain()
    };
    let mut cache: HashMap<&Path, Option<Vec<String>>> = HashMap::new();
    let mut out = String::new();
    for d in diags {
        let lines = cache.entry(d.file.as_path()).or_insert_with(|| {
            // The same bounded reader as load: a link, a device or a huge file is never quoted.
            crate::bounded::read_text(&root.join(&d.file))
                .ok()
                .map(|t| t.lines().map(str::to_string).collect())
        });
        let source = lines
            .as_ref()
            .and_then(|l| l.get((d.span.line as usize).wrapping_sub(1)));
        out.push_str(&renderer.render(&[group(d, source.map(String::as_str), lang)]));
        out.push_str("\n\n");
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
    let summary_style = if errors > 0 {
        AnsiColor::Red
    } else {
        AnsiColor::Green
    };
    let summary_style = summary_style.on_default().effects(Effects::BOLD);
    if color {
        let _ = writeln!(out, "{summary_style}{summary}{summary_style:#}");
    } else {
        let _ = writeln!(out, "{summary}");
    }
    out
}

/// One diagnostic as a snippet group: the title with the rule code, the contract's
/// `file:line:column`, the source line with the value marked, the help.
fn group<'a>(d: &'a Diagnostic, source: Option<&'a str>, lang: Lang) -> Group<'a> {
    let lang = d.reader_lang(lang);
    let (level, label) = match d.severity {
        Severity::Error => (Level::ERROR, msg!("label-error").text(lang)),
        Severity::Warning => (Level::WARNING, msg!("label-warning").text(lang)),
    };
    let mut elements: Vec<Element<'a>> = Vec::with_capacity(2);
    match source {
        Some(src) => {
            let col = d.span.column.max(1) as usize - 1;
            let byte = |n: usize| src.char_indices().nth(n).map_or(src.len(), |(i, _)| i);
            let span = byte(col)..byte(col + d.span.len.max(1) as usize);
            elements.push(
                Snippet::source(src)
                    .path(d.file_display())
                    .line_start(d.span.line as usize)
                    .annotation(AnnotationKind::Primary.span(span))
                    .into(),
            );
        }
        None => {
            let origin = Origin::path(d.file_display())
                .line(d.span.line as usize)
                .char_column(d.span.column as usize);
            elements.push(origin.into());
        }
    }
    if let Some(h) = d.help_in(lang) {
        let help = msg!("label-help").text(lang);
        elements.push(Level::HELP.with_name(Some(help)).message(h).into());
    }
    level
        .with_name(Some(label))
        .primary_title(d.message_in(lang))
        .id(d.rule.code())
        .elements(elements)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diag::{Rule, Span};

    fn report(line: &str, span: Span) -> String {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("a.md"), format!("---\n{line}\n")).unwrap();
        let d = Diagnostic::new(Rule::PrivacyEmail, "a.md", span, msg!("label-help"))
            .with_help(msg!("label-error"));
        render_human(&[d], dir.path(), false, Lang::En)
    }

    #[test]
    fn marks_the_value_after_a_tab_and_accents_at_the_contract_column() {
        let out = report("\tÉcrivez à jan@example.org", Span::new(2, 12, 15));
        let lines: Vec<&str> = out.lines().collect();
        assert_eq!(lines[0], "warning[privacy.email]: help");
        assert_eq!(lines[1], " --> a.md:2:12");
        assert_eq!(lines[3], "2 |     Écrivez à jan@example.org");
        assert_eq!(lines[4], "  |               ^^^^^^^^^^^^^^^");
        assert_eq!(lines[6], "  = help: error");
        assert!(out.ends_with("\n\n0 errors and 1 warning\n"), "{out}");
    }

    #[test]
    fn quotes_a_window_of_a_long_line_with_the_caret_on_the_value() {
        let line = format!(
            "{}\"id\": \"ixelles\"{}",
            "é".repeat(5000),
            "x".repeat(5000)
        );
        let out = report(&line, Span::new(2, 5001, 7));
        let lines: Vec<&str> = out.lines().collect();
        assert_eq!(lines[1], " --> a.md:2:5001");
        assert!(lines[3].starts_with("2 | ...") && lines[3].ends_with("..."));
        assert!(lines[3].chars().count() < 160, "{}", lines[3]);
        let caret = lines[4].find('^').unwrap();
        let under: String = lines[3].chars().skip(caret).take(7).collect();
        assert_eq!(under, "\"id\": \"");
    }

    #[test]
    fn gives_the_location_without_a_snippet_when_the_file_cannot_be_read() {
        let d = Diagnostic::new(
            Rule::PrivacyEmail,
            "gone.md",
            Span::new(3, 4, 1),
            msg!("label-help"),
        );
        let out = render_human(&[d], Path::new("/nonexistent"), false, Lang::Fr);
        assert!(
            out.starts_with("avertissement[privacy.email]: aide\n--> gone.md:3:4\n\n"),
            "{out}"
        );
    }
}

//! Diagnostics as data: every stage reports problems as `Diagnostic` values (rule, file, span, message).

pub mod guess;
mod report;
mod rule;
mod suggest;

pub use report::{render_github, render_human, render_json, Format};
pub use rule::Rule;
pub use suggest::{closest, help_with};

use crate::i18n::{Lang, Message};
use std::path::{Path, PathBuf};

/// How serious a diagnostic is. Warnings do not fail `check` unless `--deny-warnings`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

/// A 1-based position in a file (line counted from the top of the *file*, not of the front matter).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Span {
    pub line: u32,
    pub column: u32,
    /// Length in characters of the offending value, for the caret (at least 1 when shown).
    pub len: u32,
}

impl Span {
    /// A span at `line:column` with the given length.
    pub fn new(line: u32, column: u32, len: u32) -> Self {
        Span { line, column, len }
    }

    /// The first character of a file.
    pub fn start() -> Self {
        Span::new(1, 1, 0)
    }
}

/// One problem found in the content.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    pub severity: Severity,
    pub rule: Rule,
    /// Path relative to the site root, with `/` separators.
    pub file: PathBuf,
    pub span: Span,
    /// What is wrong, as data: shown in the reader's language by the reports.
    pub message: Message,
    /// What to do about it, if there is something to say (boxed: most diagnostics travel in
    /// `Result`s, where size matters).
    pub help: Option<Box<Message>>,
    /// The language of the file it is about (its `lang`, its district's, its `.nl.md` suffix),
    /// when known: the reports speak it rather than the run's.
    pub lang: Option<Lang>,
}

impl Diagnostic {
    /// An error with the rule's default severity.
    pub fn new(rule: Rule, file: impl AsRef<Path>, span: Span, message: Message) -> Self {
        Diagnostic {
            severity: rule.severity(),
            rule,
            file: file.as_ref().to_path_buf(),
            span,
            message,
            help: None,
            lang: None,
        }
    }

    /// Adds a hint saying what to do.
    pub fn with_help(mut self, help: Message) -> Self {
        self.help = Some(Box::new(help));
        self
    }

    /// Sets the hint saying what to do on a diagnostic already recorded.
    pub fn help(&mut self, help: Message) -> &mut Self {
        self.help = Some(Box::new(help));
        self
    }

    /// The message in `lang`.
    pub fn message_in(&self, lang: Lang) -> String {
        self.message.text(lang)
    }

    /// The help line in `lang`, if any.
    pub fn help_in(&self, lang: Lang) -> Option<String> {
        self.help.as_ref().map(|h| h.text(lang))
    }

    /// The language to show it in: its file's, else `run`.
    pub fn reader_lang(&self, run: Lang) -> Lang {
        self.lang.unwrap_or(run)
    }

    /// The file as a `/`-separated string, as shown to users.
    pub fn file_display(&self) -> String {
        self.file.to_string_lossy().replace('\\', "/")
    }
}

/// A collection of diagnostics, sorted and deduplicated on demand.
#[derive(Default, Debug, Clone)]
pub struct Diagnostics {
    items: Vec<Diagnostic>,
}

impl Diagnostics {
    pub fn new() -> Self {
        Self::default()
    }
    pub fn push(&mut self, d: Diagnostic) {
        self.items.push(d);
    }
    /// Records `d` and returns it, to add a help line.
    pub fn push_mut(&mut self, d: Diagnostic) -> &mut Diagnostic {
        self.items.push(d);
        let last = self.items.len() - 1;
        &mut self.items[last]
    }
    pub fn extend(&mut self, other: impl IntoIterator<Item = Diagnostic>) {
        self.items.extend(other);
    }
    /// Number of errors.
    pub fn error_count(&self) -> usize {
        self.items
            .iter()
            .filter(|d| d.severity == Severity::Error)
            .count()
    }
    /// Number of warnings.
    pub fn warning_count(&self) -> usize {
        self.items
            .iter()
            .filter(|d| d.severity == Severity::Warning)
            .count()
    }
    pub fn has_errors(&self) -> bool {
        self.error_count() > 0
    }
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }
    pub fn len(&self) -> usize {
        self.items.len()
    }
    pub fn iter(&self) -> std::slice::Iter<'_, Diagnostic> {
        self.items.iter()
    }
    /// Keeps the diagnostics for which `keep` is true.
    pub fn retain(&mut self, keep: impl FnMut(&Diagnostic) -> bool) {
        self.items.retain(keep);
    }
    /// Sorted by file, line, column, rule; exact duplicates removed.
    pub fn into_sorted(mut self) -> Vec<Diagnostic> {
        self.items.sort_by(|a, b| {
            (
                &a.file,
                a.span.line,
                a.span.column,
                a.rule.code(),
                &a.message,
            )
                .cmp(&(
                    &b.file,
                    b.span.line,
                    b.span.column,
                    b.rule.code(),
                    &b.message,
                ))
        });
        self.items.dedup();
        self.items
    }
}

impl IntoIterator for Diagnostics {
    type Item = Diagnostic;
    type IntoIter = std::vec::IntoIter<Diagnostic>;
    fn into_iter(self) -> Self::IntoIter {
        self.items.into_iter()
    }
}

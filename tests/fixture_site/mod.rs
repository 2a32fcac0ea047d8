//! A throw-away copy of a fixture site, edited by a test, then loaded and validated.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use wijk::diag::{Diagnostic, Severity};

/// A temporary site root.
pub struct Site {
    pub dir: tempfile::TempDir,
}

/// The crate's own directory.
pub fn manifest_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Copies a folder recursively.
pub fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        let target = to.join(e.file_name());
        if e.file_type().unwrap().is_dir() {
            copy_dir(&e.path(), &target);
        } else {
            std::fs::copy(e.path(), target).unwrap();
        }
    }
}

impl Site {
    /// A copy of `tests/fixtures/<name>`.
    pub fn fixture(name: &str) -> Site {
        let dir = tempfile::tempdir().unwrap();
        copy_dir(
            &manifest_dir().join("tests/fixtures").join(name),
            dir.path(),
        );
        Site { dir }
    }

    /// A copy of the minimal valid site used by the rule tests.
    pub fn base() -> Site {
        Site::fixture("check-base")
    }

    /// A copy of the bundled example programme (content/ and data/ of the crate).
    pub fn example() -> Site {
        let dir = tempfile::tempdir().unwrap();
        for d in ["content", "data"] {
            copy_dir(&manifest_dir().join(d), &dir.path().join(d));
        }
        Site { dir }
    }

    pub fn root(&self) -> &Path {
        self.dir.path()
    }

    /// Replaces the one occurrence of `from` by `to` in `file`; panics if `from` is not there once.
    pub fn edit(&self, file: &str, from: &str, to: &str) -> &Self {
        let path = self.root().join(file);
        let text = std::fs::read_to_string(&path).unwrap();
        assert_eq!(
            text.matches(from).count(),
            1,
            "`{from}` should occur once in {file}"
        );
        std::fs::write(&path, text.replacen(from, to, 1)).unwrap();
        self
    }

    /// Writes `file` (creating folders).
    pub fn write(&self, file: &str, content: impl AsRef<[u8]>) -> &Self {
        let path = self.root().join(file);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, content).unwrap();
        self
    }

    /// Loads and validates; every diagnostic, sorted. Every message and help line is also shown
    /// in the three languages, and must not be the English text in French or Dutch.
    pub fn check(&self) -> Vec<Diagnostic> {
        let corpus = wijk::load::load(self.root()).expect("the fixture is a site root");
        let diags = wijk::validate::validate(&corpus).diagnostics;
        for d in &diags {
            assert_translated(d);
        }
        diags
    }
}

/// Asserts the message and help of `d` read differently in French and Dutch than in English
/// (no silent fallback to English, no message left untranslated).
pub fn assert_translated(d: &Diagnostic) {
    use wijk::i18n::Lang;
    let en = (d.message_in(Lang::En), d.help_in(Lang::En));
    for lang in [Lang::Fr, Lang::Nl] {
        let text = d.message_in(lang);
        assert_ne!(
            text,
            en.0,
            "{} `{}` in {lang}",
            d.rule.code(),
            d.message.id()
        );
        assert!(
            !text.starts_with(d.message.id()),
            "{lang} lacks `{}`",
            d.message.id()
        );
        if let (Some(help), Some(en_help)) = (d.help_in(lang), &en.1) {
            assert_ne!(&help, en_help, "help of {} in {lang}", d.rule.code());
        }
    }
}

fn show(diags: &[Diagnostic]) -> String {
    diags
        .iter()
        .map(|d| {
            format!(
                "  {}:{}:{} {} {}",
                d.file_display(),
                d.span.line,
                d.span.column,
                d.rule.code(),
                d.message_in(wijk::i18n::Lang::En)
            )
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Asserts a diagnostic of `code` at `file:line` (and `column` unless 0) and returns it.
pub fn expect<'a>(
    diags: &'a [Diagnostic],
    code: &str,
    file: &str,
    line: u32,
    column: u32,
) -> &'a Diagnostic {
    diags
        .iter()
        .find(|d| {
            d.rule.code() == code
                && d.file_display() == file
                && d.span.line == line
                && (column == 0 || d.span.column == column)
        })
        .unwrap_or_else(|| {
            panic!(
                "expected {code} at {file}:{line}:{column}, got:\n{}",
                show(diags)
            )
        })
}

/// Asserts that the only diagnostic is `code` at `file:line:column` (column 0: any).
pub fn expect_only<'a>(
    diags: &'a [Diagnostic],
    code: &str,
    file: &str,
    line: u32,
    column: u32,
) -> &'a Diagnostic {
    assert_eq!(
        diags.len(),
        1,
        "expected only {code} at {file}:{line}, got:\n{}",
        show(diags)
    );
    expect(diags, code, file, line, column)
}

/// Asserts there is no diagnostic at all.
pub fn expect_clean(diags: &[Diagnostic]) {
    assert!(
        diags.is_empty(),
        "expected no diagnostic, got:\n{}",
        show(diags)
    );
}

/// Number of errors.
pub fn errors(diags: &[Diagnostic]) -> usize {
    diags
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .count()
}

//! Diagnostics introduced and fixed: the two revisions' diagnostics matched by severity, rule, file
//! and message — not by line, which moves when lines are added above.

use super::changes::{DiagnosticChanges, DiagnosticFact};
use crate::diag::Diagnostic;
use crate::i18n::{Lang, Message};
use std::collections::BTreeMap;

/// Diagnostics of `after` not in `before` (introduced) and of `before` not in `after` (fixed),
/// errors first, then by file, line and column.
/// Matched by message id and arguments, whatever the language; the facts' messages are in `lang`.
pub(crate) fn compare_diagnostics(
    before: &[Diagnostic],
    after: &[Diagnostic],
    lang: Lang,
) -> DiagnosticChanges {
    DiagnosticChanges {
        introduced: only_in(after, before, lang),
        fixed: only_in(before, after, lang),
    }
}

type Key<'a> = (
    crate::diag::Severity,
    &'static str,
    &'a std::path::Path,
    &'a Message,
);

fn key(d: &Diagnostic) -> Key<'_> {
    (d.severity, d.rule.code(), &d.file, &d.message)
}

/// The diagnostics of `these` left over once each one of `others` has cancelled an equal one.
fn only_in(these: &[Diagnostic], others: &[Diagnostic], lang: Lang) -> Vec<DiagnosticFact> {
    let mut counts: BTreeMap<Key<'_>, usize> = BTreeMap::new();
    for d in others {
        *counts.entry(key(d)).or_default() += 1;
    }
    let mut out: Vec<DiagnosticFact> = Vec::new();
    for d in these {
        match counts.get_mut(&key(d)) {
            Some(n) if *n > 0 => *n -= 1,
            _ => out.push(DiagnosticFact {
                severity: d.severity,
                code: d.rule.code(),
                file: d.file_display(),
                line: d.span.line,
                column: d.span.column,
                message: d.message_in(lang),
            }),
        }
    }
    out.sort_by(|a, b| {
        (a.severity, &a.file, a.line, a.column, a.code, &a.message)
            .cmp(&(b.severity, &b.file, b.line, b.column, b.code, &b.message))
    });
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diag::{Rule, Span};

    fn at(line: u32, message: &str) -> Diagnostic {
        Diagnostic::new(
            Rule::BudgetAmount,
            "content/a.md",
            Span::new(line, 1, 1),
            crate::msg!("schema-empty", field = message),
        )
    }

    #[test]
    fn accepts_a_problem_that_only_moved_as_neither_introduced_nor_fixed() {
        let c = compare_diagnostics(&[at(3, "x")], &[at(7, "x")], Lang::En);
        assert!(c.introduced.is_empty() && c.fixed.is_empty(), "{c:?}");
    }

    #[test]
    fn accepts_a_second_equal_problem_as_introduced_once() {
        let c = compare_diagnostics(
            &[at(3, "x")],
            &[at(3, "x"), at(9, "x"), at(1, "y")],
            Lang::En,
        );
        let lines: Vec<u32> = c.introduced.iter().map(|d| d.line).collect();
        assert_eq!(lines, [1, 9]);
        let mut warn = at(2, "w");
        warn.severity = crate::diag::Severity::Warning;
        let c = compare_diagnostics(&[], &[warn, at(5, "e")], Lang::En);
        assert_eq!(c.introduced[0].line, 5, "errors first");
    }
}

//! What a file that cannot be read means to a resident: the diagnostic of each way reading fails
//! (the reading itself is `crate::bounded`'s).

use crate::bounded::ReadError;
use crate::diag::{Diagnostic, Rule, Span};
use crate::msg;
use std::path::Path;

impl ReadError {
    /// The diagnostic for this failure on `file` (relative path).
    pub fn to_diagnostic(&self, file: &Path) -> Diagnostic {
        let (rule, span, m, help) = match self {
            ReadError::TooLarge(n) => (
                Rule::FileTooLarge,
                Span::start(),
                msg!("file-too-large", bytes = *n),
                msg!("file-too-large.help"),
            ),
            ReadError::Encoding { line, column } => (
                Rule::FileEncoding,
                Span::new(*line, *column, 1),
                msg!("file-encoding", line = *line, column = *column),
                msg!("file-encoding.help"),
            ),
            ReadError::Symlink => return symlink_refused(file),
            ReadError::NotRegular => (
                Rule::FileSymlink,
                Span::start(),
                msg!("file-not-regular"),
                msg!("file-not-regular.help"),
            ),
            ReadError::Io(e) => (
                Rule::FileEncoding,
                Span::start(),
                msg!("file-unreadable", error = e.to_string()),
                msg!("file-unreadable.help"),
            ),
        };
        Diagnostic::new(rule, file, span, m).with_help(help)
    }
}

/// The diagnostic of a symbolic link under `content/`, `data/` or `themes/` (`file` relative).
pub fn symlink_refused(file: &Path) -> Diagnostic {
    Diagnostic::new(Rule::FileSymlink, file, Span::start(), msg!("file-symlink"))
        .with_help(msg!("file-symlink.help"))
}

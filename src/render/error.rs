//! Why a render fails: I/O, theme and template errors, and private addresses found in the output.

use crate::theme::ThemeError;
use std::path::PathBuf;

/// A failure of the render stage (content problems are diagnostics, found before).
#[derive(Debug, thiserror::Error)]
pub enum RenderError {
    /// Reading the theme or content assets, or writing the output. The I/O error is part of
    /// the message, not a source, so that a chain of causes prints it once.
    #[error("{action} {}: {cause}", path.display())]
    Io {
        action: &'static str,
        path: PathBuf,
        cause: std::io::Error,
    },
    /// Another build holds the output's lock.
    #[error("{} is being written by another wijk build; run again when it has finished", out.display())]
    Busy { out: PathBuf },
    /// The theme is missing a part or a file does not parse.
    #[error("theme {}: {message}", path.display())]
    Theme { path: PathBuf, message: String },
    /// A template failed to compile or render.
    #[error("template `{name}`: {message}")]
    Template { name: String, message: String },
    /// A private e-mail address appears in the output; nothing was published.
    #[error("a private e-mail address appears in {} (and {more} other file(s)); the build is refused and the previous site is kept", file.display())]
    Leak { file: PathBuf, more: usize },
    /// A file the output gate refused: it is not of the kind its origin may publish (a linked
    /// document that changed since it was checked, a path outside the output).
    #[error("{} is not published: {why}; the build is refused and the previous site is kept", file.display())]
    Refused { file: PathBuf, why: String },
    /// Pictures that passed the checks could not be decoded (`asset.format` at each reference).
    #[error("{} picture(s) could not be processed", .0.len())]
    Pictures(Vec<crate::diag::Diagnostic>),
}

impl RenderError {
    /// An I/O error with what was being done and on which path.
    pub fn io(action: &'static str, path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        RenderError::Io {
            action,
            path: path.into(),
            cause: source,
        }
    }

    /// A template error, with its whole chain of causes.
    pub fn template(name: &str, err: &tera::Error) -> Self {
        ThemeError::template(name, err).into()
    }
}

/// The theme's errors are the render stage's, with the same words.
impl From<ThemeError> for RenderError {
    fn from(e: ThemeError) -> Self {
        match e {
            ThemeError::Io {
                action,
                path,
                cause,
            } => RenderError::Io {
                action,
                path,
                cause,
            },
            ThemeError::Theme { path, message } => RenderError::Theme { path, message },
            ThemeError::Template { name, message } => RenderError::Template { name, message },
        }
    }
}

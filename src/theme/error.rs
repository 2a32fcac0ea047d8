//! Why a theme cannot be loaded or one of its templates rendered. The render stage reports these
//! as its own errors (`RenderError` converts them, message for message).

use std::path::PathBuf;

/// A theme that cannot be read, or a template that fails.
#[derive(Debug, thiserror::Error)]
pub enum ThemeError {
    /// Reading the theme's folder; the I/O error is part of the message, as in `RenderError`.
    #[error("{action} {}: {cause}", path.display())]
    Io {
        action: &'static str,
        path: PathBuf,
        cause: std::io::Error,
    },
    /// The theme is missing a part or a file does not parse.
    #[error("theme {}: {message}", path.display())]
    Theme { path: PathBuf, message: String },
    /// A template failed to compile or render.
    #[error("template `{name}`: {message}")]
    Template { name: String, message: String },
}

impl ThemeError {
    /// A template error, with its whole chain of causes.
    pub fn template(name: &str, err: &tera::Error) -> Self {
        let mut message = err.to_string();
        let mut source = std::error::Error::source(err);
        while let Some(s) = source {
            message.push_str(": ");
            message.push_str(&s.to_string());
            source = s.source();
        }
        ThemeError::Template {
            name: name.to_string(),
            message,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::RenderError;

    #[test]
    fn the_render_stage_says_a_theme_error_in_the_same_words() {
        let mut tera = tera::Tera::default();
        let err = tera
            .add_raw_template("page.html", "{{ unclosed")
            .unwrap_err();
        let theme = ThemeError::template("page.html", &err);
        let said = theme.to_string();
        assert!(said.starts_with("template `page.html`: "), "{said}");
        assert_eq!(RenderError::from(theme).to_string(), said);
        let io = ThemeError::Io {
            action: "reading",
            path: "themes/x".into(),
            cause: std::io::Error::other("gone"),
        };
        let said = io.to_string();
        assert_eq!(said, "reading themes/x: gone");
        assert_eq!(RenderError::from(io).to_string(), said);
    }
}

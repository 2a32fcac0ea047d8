//! Building for `serve`: a site root → a rendered site in one of two folders that take turns
//! (the one being served is never written to), or the problems that stop the build.

use crate::diag::{Diagnostic, Severity};
use crate::render::{self, RenderOptions, Theme};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// What one build produced.
#[derive(Debug)]
pub enum Built {
    /// The site, rendered into `dir`; warnings did not stop it.
    Site {
        dir: PathBuf,
        pages: usize,
        warnings: Vec<Diagnostic>,
        elapsed: Duration,
    },
    /// Nothing was rendered: content errors, or a failure of the theme or the render.
    Failed(Failure),
}

/// Why a build stopped: the diagnostics of the content (errors first), or one message.
#[derive(Debug, Default)]
pub struct Failure {
    pub diagnostics: Vec<Diagnostic>,
    pub message: Option<String>,
}

impl Failure {
    /// Errors only (warnings are not why a build stops).
    pub fn errors(&self) -> impl Iterator<Item = &Diagnostic> {
        self.diagnostics
            .iter()
            .filter(|d| d.severity == Severity::Error)
    }
}

/// Builds a site root again and again into alternating folders under a work folder.
pub struct Builder {
    root: PathBuf,
    options: RenderOptions,
    outs: [PathBuf; 2],
    next: usize,
}

impl Builder {
    /// A builder rendering `root` with `options` into folders under `work`.
    pub fn new(root: &Path, options: RenderOptions, work: &Path) -> Builder {
        Builder {
            root: root.to_path_buf(),
            options,
            outs: [work.join("site-a"), work.join("site-b")],
            next: 0,
        }
    }

    /// Loads, validates and renders once.
    pub fn build(&mut self) -> Built {
        let start = Instant::now();
        let corpus = match crate::load::load(&self.root) {
            Ok(c) => c,
            Err(e) => return failed(e.to_string()),
        };
        let validated = crate::validate::validate(&corpus);
        let diagnostics = validated.diagnostics;
        if diagnostics.iter().any(|d| d.severity == Severity::Error) {
            return Built::Failed(Failure {
                diagnostics,
                message: None,
            });
        }
        let Some(site) = validated.site else {
            return failed("data/programme.yaml could not be read".to_string());
        };
        let theme_dir = self.root.join("themes").join("default");
        let theme = if theme_dir.is_dir() {
            Theme::load(&theme_dir)
        } else {
            Theme::embedded()
        };
        let theme = match theme {
            Ok(t) => t,
            Err(e) => return failed(e.to_string()),
        };
        let dir = self.outs[self.next].clone();
        match render::render_site(&site, &theme, &self.options, &dir) {
            Ok(stats) => {
                self.next = 1 - self.next;
                Built::Site {
                    dir,
                    pages: stats.pages,
                    warnings: diagnostics,
                    elapsed: start.elapsed(),
                }
            }
            Err(e) => failed(e.to_string()),
        }
    }
}

fn failed(message: String) -> Built {
    Built::Failed(Failure {
        diagnostics: Vec::new(),
        message: Some(message),
    })
}

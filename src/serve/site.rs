//! Building for `serve`: a site root → a site rendered on request, or the problems that stop it.
//! The loaded corpus and the theme are kept between builds: after a change only the changed
//! files are read again, the whole site is validated, and pages are rendered when asked for.

use crate::diag::{Diagnostic, Severity};
use crate::load::Corpus;
use crate::publish::OnDemand;
use crate::render::RenderOptions;
use crate::theme::Theme;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

/// What one build produced.
pub enum Built {
    /// The site, ready to render; warnings did not stop it.
    Site {
        site: Arc<OnDemand>,
        pages: usize,
        warnings: Vec<Diagnostic>,
        elapsed: Duration,
    },
    /// Nothing can be rendered: content errors, or a failure of loading or of the theme.
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

/// Builds a site root again and again, reading only what changed.
pub struct Builder {
    root: PathBuf,
    options: RenderOptions,
    /// The corpus of the last build; `None` until loaded, or after loading failed.
    corpus: Option<Corpus>,
    /// The theme of the last build and its name, until something under `themes/` changes or
    /// the programme names another theme.
    theme: Option<(String, Arc<Theme>)>,
}

impl Builder {
    /// A builder of `root` (absolute) rendering with `options`.
    pub fn new(root: &Path, options: RenderOptions) -> Builder {
        Builder {
            root: root.to_path_buf(),
            options,
            corpus: None,
            theme: None,
        }
    }

    /// Loads (after the first time, only the `changed` paths), validates, and lists the files.
    pub fn build(&mut self, changed: &[PathBuf]) -> Built {
        let start = Instant::now();
        let loaded = match self.corpus.take() {
            Some(mut corpus) => crate::load::update(&mut corpus, changed).map(|()| corpus),
            None => crate::load::load(&self.root),
        };
        let corpus = match loaded {
            Ok(c) => self.corpus.insert(c),
            Err(e) => return failed(e.to_string()),
        };
        let validated = crate::validate::validate(corpus);
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
        let themes = self.root.join("themes");
        let name = site.programme.theme_name();
        if changed.iter().any(|p| p.starts_with(&themes))
            || self.theme.as_ref().is_some_and(|(n, _)| n != name)
        {
            self.theme = None;
        }
        let theme = match &self.theme {
            Some((_, t)) => t.clone(),
            None => match Theme::of_root(&self.root, name) {
                Ok(t) => self.theme.insert((name.to_string(), Arc::new(t))).1.clone(),
                Err(e) => return failed(e.to_string()),
            },
        };
        let site = OnDemand::new(site, theme, &self.options);
        Built::Site {
            pages: site.pages(),
            site: Arc::new(site),
            warnings: diagnostics,
            elapsed: start.elapsed(),
        }
    }
}

fn failed(message: String) -> Built {
    Built::Failed(Failure {
        diagnostics: Vec::new(),
        message: Some(message),
    })
}

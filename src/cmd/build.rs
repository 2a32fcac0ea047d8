//! `wijk build`: check, then render the site into `--out`, replaced only when everything succeeded.

use super::Exit;
use crate::diag::{self, Severity};
use crate::i18n::Lang;
use crate::msg;
use crate::publish;
use crate::render::{self, RenderError, RenderOptions, Theme};
use anyhow::Context;
use std::path::Path;

/// Runs `build`: exit 1 when the content has errors (nothing rendered) or a private address
/// would be published; 2 on I/O, theme or template failures.
pub fn run(
    root: &Path,
    out: &Path,
    base_url: Option<&str>,
    cache_dir: Option<std::path::PathBuf>,
    quiet: bool,
    lang: Lang,
) -> anyhow::Result<Exit> {
    let resolved_out = match preflight(root, out, base_url, lang) {
        Ok(p) => p,
        Err(exit) => return Ok(exit),
    };
    let corpus = crate::load::load(root).map_err(|e| super::load_failure(e, lang))?;
    let validated = crate::validate::validate(&corpus);
    // The site holds what rendering needs; the raw corpus is freed before pages pile up.
    drop(corpus);
    let diags = &validated.diagnostics;
    let errors = diags.iter().any(|d| d.severity == Severity::Error);
    if errors || (!quiet && !diags.is_empty()) {
        eprint!(
            "{}",
            diag::render_human(diags, root, super::use_color(), lang)
        );
    }
    if errors {
        eprintln!("{}", super::error_line(lang, msg!("build-not-rendered")));
        return Ok(Exit::Content);
    }
    let site = validated
        .site
        .context(msg!("build-no-programme").text(lang))?;
    let theme = Theme::of_root(root, site.programme.theme_name())
        .context(msg!("build-theme-failed").text(lang))?;
    let options = RenderOptions {
        base_url: base_url.map(str::to_string),
        // Addresses kept outside the repository are never rendered; the output is checked for them too.
        extra_private_emails: crate::load::secrets::reviewer_emails_from_env()?
            .into_values()
            .map(|e| e.as_str().to_string())
            .collect(),
        extra_files: editor_files(&site, root)?,
        cache_dir,
        today: None,
        sitemap_limits: Default::default(),
    };
    match publish::render_site(&site, &theme, &options, &resolved_out) {
        Ok(stats) => {
            if !quiet {
                let m = msg!(
                    "build-done",
                    pages = stats.pages,
                    files = stats.files,
                    seconds = crate::i18n::format::format_seconds(
                        stats.elapsed.as_secs_f64(),
                        lang.code()
                    ),
                    dir = out.display().to_string(),
                    processed = stats.pictures.processed,
                    cached = stats.pictures.cached
                );
                eprintln!("{}", m.text(lang));
            }
            Ok(Exit::Ok)
        }
        Err(RenderError::Pictures(diags)) => {
            eprint!(
                "{}",
                diag::render_human(&diags, root, super::use_color(), lang)
            );
            eprintln!("{}", super::error_line(lang, msg!("build-not-rendered")));
            Ok(Exit::Content)
        }
        Err(RenderError::Leak { file, more }) => {
            let m = msg!("build-leak", file = file.display().to_string(), more = more);
            eprintln!("{}", super::error_line(lang, m));
            Ok(Exit::Content)
        }
        Err(e) => Err(e).context(msg!("build-render-failed").text(lang)),
    }
}

/// What is refused before anything is read or moved: a `--base-url` that is not an address or a
/// path, and an output over the sources (it would replace them). The output folder otherwise.
fn preflight(
    root: &Path,
    out: &Path,
    base_url: Option<&str>,
    lang: Lang,
) -> Result<std::path::PathBuf, Exit> {
    if let Some(url) = base_url.filter(|u| !is_preview_base(u)) {
        let m = msg!("build-base-url", value = url);
        eprintln!("{}", super::error_line(lang, m));
        return Err(Exit::Failure);
    }
    publish::resolve_out(root, out).map_err(|e| {
        eprintln!("{}: {e}", msg!("label-error").text(lang));
        Exit::Failure
    })
}

/// The browser editor under `admin/` when the programme has `editing:`; nothing otherwise.
fn editor_files(site: &crate::model::Site, root: &Path) -> anyhow::Result<Vec<render::Output>> {
    let Some(editing) = &site.programme.editing else {
        return Ok(Vec::new());
    };
    let files = crate::cms::admin_with_vendor(site, &crate::cms::Target::Hosted(editing), root)
        .context("publishing the browser editor (editing: in data/programme.yaml)")?;
    Ok(files
        .into_iter()
        .map(|(rel, bytes)| render::Output::new(format!("{}/{rel}", crate::cms::ADMIN_DIR), bytes))
        .collect())
}

/// Whether `--base-url` may prefix every link of the site: an `http://` or `https://` address
/// with a host and neither credentials, query nor fragment (http anywhere: a preview may be
/// served on a local network; `data/programme.yaml` itself must say https), or a path from the
/// site's root (`/preview/`) of letters, digits and `-._~/%`. `javascript:`, `//other.host` and
/// the like are refused before anything is read.
fn is_preview_base(s: &str) -> bool {
    if let Some(path) = s.strip_prefix('/') {
        return !path.starts_with('/')
            && path
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || "-._~/%".contains(c));
    }
    match url::Url::parse(s) {
        Ok(u) => {
            matches!(u.scheme(), "http" | "https")
                && !s.chars().any(|c| c.is_whitespace() || c.is_control())
                && u.host_str().is_some_and(|h| !h.is_empty())
                && u.username().is_empty()
                && u.password().is_none()
                && u.query().is_none()
                && u.fragment().is_none()
        }
        Err(_) => false,
    }
}

#[cfg(test)]
mod tests {
    use super::is_preview_base;

    #[test]
    fn accepts_http_addresses_and_root_paths_for_previews() {
        for good in [
            "https://preview.example.org",
            "https://x.org/preview/",
            "http://192.168.1.20:8000/",
            "/preview/",
            "/",
            "/pr-12/site%20v2/",
        ] {
            assert!(is_preview_base(good), "{good}");
        }
        for bad in [
            "javascript:alert(document.cookie)",
            "data:text/html,x",
            "//evil.example.org/",
            "/\\evil.example.org",
            "preview",
            "https://user:pw@x.org",
            "https://x.org/?a=b",
            "https://x.org/#a",
            "https://x .org",
            "ftp://x.org",
            "",
        ] {
            assert!(!is_preview_base(bad), "{bad}");
        }
    }
}

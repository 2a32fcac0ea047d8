//! The browser editor while serving: `/admin/` generated from the site being served, saving
//! through a `decap-server` in git mode on this computer (no account), with Decap CMS built into
//! wijk (or the site root's own `vendor/decap-cms/`).

use crate::cms::{self, vendor, Target};
use crate::model::Site;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

/// The default port of `decap-server`.
pub const DEFAULT_PROXY_PORT: u16 = 8081;

/// The vendored files by name, or why they cannot be served.
type Vendored = Result<HashMap<String, Arc<[u8]>>, String>;

/// What `/admin/` needs besides the site.
pub struct Admin {
    root: PathBuf,
    proxy_url: String,
    branch: String,
    /// The vendored files, read and checked on first use.
    vendor: OnceLock<Vendored>,
}

/// A file of `/admin/`, or why there is none.
pub enum AdminFile {
    File(Arc<[u8]>),
    NotFound,
    /// The vendored editor is missing or damaged.
    Unavailable(String),
}

impl Admin {
    /// The editor of the site root `root`, saving through decap-server on `proxy_port`, on the
    /// branch the repository has checked out (else `main`).
    pub fn new(root: &Path, proxy_port: u16) -> Admin {
        Admin {
            root: root.to_path_buf(),
            proxy_url: format!("http://127.0.0.1:{proxy_port}/api/v1"),
            branch: current_branch(root).unwrap_or_else(|| "main".into()),
            vendor: OnceLock::new(),
        }
    }

    /// The URL the editor saves through.
    pub fn proxy_url(&self) -> &str {
        &self.proxy_url
    }

    /// The file `rel` of `/admin/` (`""` is `index.html`) for `site`.
    pub fn file(&self, site: &Site, rel: &str) -> AdminFile {
        let rel = if rel.is_empty() { "index.html" } else { rel };
        if let Some(name) = rel.strip_prefix("decap-cms/") {
            let vendored = self.vendor.get_or_init(|| {
                vendor::for_root(&self.root)
                    .map(|files| files.into_iter().map(|(n, b)| (n, Arc::from(b))).collect())
                    .map_err(|e| e.to_string())
            });
            return match vendored {
                Ok(files) => files
                    .get(name)
                    .map_or(AdminFile::NotFound, |b| AdminFile::File(b.clone())),
                Err(e) => AdminFile::Unavailable(e.clone()),
            };
        }
        let target = Target::Local {
            proxy_url: self.proxy_url.clone(),
            branch: self.branch.clone(),
        };
        match cms::admin_files(site, &target) {
            Ok(files) => files
                .into_iter()
                .find(|(name, _)| name == rel)
                .map_or(AdminFile::NotFound, |(_, bytes)| {
                    AdminFile::File(Arc::from(bytes))
                }),
            Err(e) => AdminFile::Unavailable(e.to_string()),
        }
    }
}

/// The branch checked out at `root`, read from `.git/HEAD` (no git needed).
fn current_branch(root: &Path) -> Option<String> {
    let head = std::fs::read_to_string(root.join(".git/HEAD")).ok()?;
    head.trim()
        .strip_prefix("ref: refs/heads/")
        .map(str::to_string)
}

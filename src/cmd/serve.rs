//! `wijk serve`: build and serve on 127.0.0.1 with live reload until Ctrl-C.

use super::Exit;
use crate::i18n::Lang;
use crate::msg;
use crate::serve::{self, ServeOptions};
use anyhow::Context;
use std::path::Path;

/// What `serve` is asked to do.
#[derive(Clone, Debug)]
pub struct Args {
    pub port: u16,
    pub open: bool,
    pub poll: bool,
    pub idle_timeout: std::time::Duration,
    /// The port of the local decap-server for `/admin/`.
    pub cms_port: u16,
    pub quiet: bool,
    pub verbose: bool,
    pub cache_dir: Option<std::path::PathBuf>,
    pub lang: Lang,
}

/// Runs `serve`; content errors do not stop it (they are shown in the browser).
pub fn run(root: &Path, args: Args) -> anyhow::Result<Exit> {
    if !root.join("data/programme.yaml").is_file() {
        let e = crate::load::LoadError::NoProgramme(root.to_path_buf());
        return Err(super::load_failure(e, args.lang));
    }
    let options = ServeOptions {
        port: args.port,
        open: args.open,
        poll: args.poll,
        idle_timeout: args.idle_timeout,
        cms_port: Some(args.cms_port),
        quiet: args.quiet,
        verbose: args.verbose,
        lang: args.lang,
        color: super::use_color(),
        cache_dir: args.cache_dir,
        extra_private_emails: crate::load::secrets::reviewer_emails_from_env()?
            .into_values()
            .map(|e| e.as_str().to_string())
            .collect(),
    };
    serve::serve(root, options).context(msg!("serve-failed").text(args.lang))?;
    Ok(Exit::Ok)
}

//! Commands: one module per command; each turns arguments into a run of the pipeline and an exit code.

mod build;
mod check;
mod cms;
mod diff;
mod init;
mod new;
mod notify;
mod schema;
mod serve;

use crate::cli::{Cli, Command};
use crate::i18n::{self, Lang, Message};
use crate::msg;

/// Exit codes of the contract.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Exit {
    /// Success.
    Ok = 0,
    /// The content has errors.
    Content = 1,
    /// Usage, configuration, I/O or delivery failure.
    Failure = 2,
}

/// Runs a parsed command line in the language it chooses (see [`i18n::choose`]); a failure is
/// printed here, in that language, and is exit code 2.
pub fn run(cli: Cli) -> Exit {
    let root = cli.root.clone();
    let lang = i18n::choose(cli.lang.first().copied(), || {
        crate::load::first_language(&root)
    });
    let init = matches!(cli.command, Command::Init { .. });
    if cli.lang.len() > 1 && !init {
        let m = msg!("lang-one", list = crate::init::codes(&cli.lang));
        eprintln!("{}", error_line(lang, m));
        return Exit::Failure;
    }
    match run_in(cli, lang) {
        Ok(exit) => exit,
        Err(e) => {
            eprintln!("{}: {e:#}", msg!("label-error").text(lang));
            Exit::Failure
        }
    }
}

fn run_in(cli: Cli, lang: Lang) -> anyhow::Result<Exit> {
    let root = cli.root.clone();
    let quiet = cli.quiet;
    // The picture cache is refused before anything is read or written through it; `check`
    // decodes through the cache opened here.
    let pictures = matches!(
        cli.command,
        Command::Check { .. } | Command::Build { .. } | Command::Serve { .. }
    );
    let options = crate::render::RenderOptions {
        cache_dir: cli.cache_dir.clone(),
        ..Default::default()
    };
    let cache = match pictures.then(|| options.cache(&root)) {
        Some(Err(e)) => return Ok(refuse_cache(&e, lang)),
        Some(Ok(cache)) => Some(cache),
        None => None,
    };
    match cli.command {
        Command::Init { dir, example } => {
            let langs = cli.lang_on_command_line.then_some(cli.lang);
            init::run(&dir, langs, example, quiet, lang)
        }
        Command::Check {
            format,
            deny_warnings,
        } => check::run(&root, format, deny_warnings, cache.as_ref(), lang),
        Command::Build { out, base_url } => {
            build::run(&root, &out, base_url.as_deref(), cli.cache_dir, quiet, lang)
        }
        Command::Serve {
            port,
            open,
            poll,
            idle_timeout,
            cms_port,
        } => serve::run(
            &root,
            serve::Args {
                port,
                open,
                poll,
                idle_timeout: std::time::Duration::from_secs(idle_timeout),
                cms_port,
                quiet,
                verbose: cli.verbose,
                cache_dir: cli.cache_dir,
                lang,
            },
        ),
        Command::Notify(args) => notify::run(&root, &args, quiet, lang),
        Command::Diff(args) => diff::run(&root, &args, lang),
        Command::New { what } => new::run(&root, what, lang),
        Command::Schema { out } => schema::run(&out, quiet, lang),
        Command::Cms { out, proxy, branch } => cms::run(&root, &out, proxy, branch, quiet, lang),
    }
}

/// An error line (`error: …`) in `lang`, for failures that are reported without stopping.
fn error_line(lang: Lang, m: Message) -> String {
    format!("{}: {}", msg!("label-error").text(lang), m.text(lang))
}

/// Says why the picture cache folder is refused; the command exits 2 without touching it.
fn refuse_cache(e: &crate::pictures::CacheError, lang: Lang) -> Exit {
    let m = msg!("cache-refused", error = e.to_string());
    eprintln!("{}", error_line(lang, m));
    Exit::Failure
}

/// The failure of loading a site, in `lang`.
fn load_failure(e: crate::load::LoadError, lang: Lang) -> anyhow::Error {
    anyhow::anyhow!(e.message().text(lang))
}

/// The failure of reading a revision, in `lang` when it has words for the reader.
fn revision_failure(e: crate::notify::RevisionError, lang: Lang) -> anyhow::Error {
    match e.message() {
        Some(m) => anyhow::anyhow!(m.text(lang)),
        None => e.into(),
    }
}

/// Whether colours may be used on stderr/stdout: a terminal, and NO_COLOR unset.
pub fn use_color() -> bool {
    use std::io::IsTerminal;
    std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()) && std::io::stdout().is_terminal()
}

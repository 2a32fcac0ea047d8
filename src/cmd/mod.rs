//! Commands: one module per command; each turns arguments into a run of the pipeline and an exit code.

mod build;
mod check;
mod cms;
mod diff;
mod new;
mod notify;
mod schema;
mod serve;

use crate::cli::{Cli, Command};

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

/// Runs a parsed command line. `Err` is a failure of exit code 2.
pub fn run(cli: Cli) -> anyhow::Result<Exit> {
    let root = cli.root.clone();
    match cli.command {
        Command::Check {
            format,
            deny_warnings,
        } => check::run(&root, format, deny_warnings),
        Command::Build { out, base_url } => {
            build::run(&root, &out, base_url.as_deref(), cli.cache_dir, cli.quiet)
        }
        Command::Serve {
            port,
            open,
            poll,
            idle_timeout,
        } => serve::run(
            &root,
            serve::Args {
                port,
                open,
                poll,
                idle_timeout: std::time::Duration::from_secs(idle_timeout),
                quiet: cli.quiet,
                verbose: cli.verbose,
                cache_dir: cli.cache_dir,
            },
        ),
        Command::Notify(args) => notify::run(&root, &args, cli.quiet),
        Command::Diff(args) => diff::run(&root, &args),
        Command::New { what } => new::run(&root, what),
        Command::Schema { out } => schema::run(&out, cli.quiet),
        Command::Cms { out, proxy, branch } => cms::run(&root, &out, proxy, branch, cli.quiet),
    }
}

/// Whether colours may be used on stderr/stdout: a terminal, and NO_COLOR unset.
pub fn use_color() -> bool {
    use std::io::IsTerminal;
    std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()) && std::io::stdout().is_terminal()
}

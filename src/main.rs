//! The `wijk` binary: parse arguments, run the command, exit with its code (0, 1 or 2).

#![forbid(unsafe_code)]
#![warn(clippy::too_many_lines)]

use std::process::ExitCode;

fn main() -> ExitCode {
    wijk::working::install_panic_hook();
    let cli = match wijk::cli::Cli::try_parse_args() {
        Ok(c) => c,
        Err(e) => {
            let _ = e.print();
            return ExitCode::from(match e.kind() {
                clap::error::ErrorKind::DisplayHelp | clap::error::ErrorKind::DisplayVersion => 0,
                _ => 2,
            });
        }
    };
    ExitCode::from(wijk::cmd::run(cli) as u8)
}

/// glibc's allocator spent a third of the build's CPU in `_int_malloc` and chunk consolidation on
/// a 10,000-project corpus (perf); mimalloc's thread-local heaps fit the parallel render.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

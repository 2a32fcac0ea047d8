//! Command-line arguments (clap derive): raw flags only; commands in `cmd/` validate and run them.

use crate::diag::Format;
use crate::i18n::Lang;
use clap::{Parser, Subcommand};
use std::path::PathBuf;

/// wijk — validate, publish and follow a participatory sustainable-neighbourhoods programme.
#[derive(Debug, Parser)]
#[command(name = "wijk", version, about, long_about = None)]
pub struct Cli {
    /// The site root (the folder holding content/, data/ and themes/).
    #[arg(long, global = true, default_value = ".", value_name = "DIR")]
    pub root: PathBuf,
    /// Print only errors.
    #[arg(long, short, global = true, conflicts_with = "verbose")]
    pub quiet: bool,
    /// Say more about what is done (for serve: which files changed before each update).
    #[arg(long, short, global = true)]
    pub verbose: bool,
    /// Where build and serve keep processed pictures (default: .wijk-cache under the root).
    #[arg(long, global = true, value_name = "DIR")]
    pub cache_dir: Option<PathBuf>,
    /// Language of messages: fr, nl or en. Default: WIJK_LANG, else the locale (LC_ALL,
    /// LC_MESSAGES, LANG), else the programme's first language, else en.
    /// With `init`, the programme's languages, comma-separated (`fr,nl`; the first is the
    /// default), its messages being in the first.
    #[arg(
        long,
        global = true,
        value_enum,
        env = "WIJK_LANG",
        value_name = "LANG",
        value_delimiter = ','
    )]
    pub lang: Vec<Lang>,
    /// Whether `--lang` was written on the command line (not taken from WIJK_LANG).
    #[arg(skip)]
    pub lang_on_command_line: bool,
    #[command(subcommand)]
    pub command: Command,
}

impl Cli {
    /// Parses the process's arguments, noting whether `--lang` came from the command line.
    pub fn try_parse_args() -> Result<Cli, clap::Error> {
        use clap::{parser::ValueSource, CommandFactory, FromArgMatches};
        let matches = Cli::command().try_get_matches()?;
        let mut cli = Cli::from_arg_matches(&matches)?;
        let given = |m: &clap::ArgMatches| m.value_source("lang") == Some(ValueSource::CommandLine);
        cli.lang_on_command_line =
            given(&matches) || matches.subcommand().is_some_and(|(_, sub)| given(sub));
        Ok(cli)
    }
}

/// The commands of the contract.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Start a programme: write a content repository that passes `check` into an empty folder
    /// (data files, an empty content/ or the example's, a README, CI for GitHub and GitLab).
    ///
    /// Example: wijk init quartiers --lang fr,nl --example
    Init {
        /// The folder to create (it must not exist, or be empty).
        dir: PathBuf,
        /// Write the example programme's content (six districts in every phase, fr and nl).
        #[arg(long)]
        example: bool,
    },
    /// Validate everything and report problems with file:line:column.
    ///
    /// Example: wijk check --format github --deny-warnings
    Check {
        /// Output format.
        #[arg(long, value_enum, default_value = "human")]
        format: Format,
        /// Fail (exit 1) on warnings too.
        #[arg(long)]
        deny_warnings: bool,
    },
    /// Check, then render the site into a folder (replaced atomically).
    ///
    /// Example: wijk build --out public --base-url https://preview.example.org
    Build {
        /// Output folder.
        #[arg(long, default_value = "public", value_name = "DIR")]
        out: PathBuf,
        /// Base URL of the site (overrides programme.yaml).
        #[arg(long, value_name = "URL")]
        base_url: Option<String>,
    },
    /// Serve the site on 127.0.0.1, rendering pages on request, with live reload; content errors
    /// are shown in the browser.
    ///
    /// Example: wijk serve --port 1111 --open
    Serve {
        /// Port to listen on (0: any free port).
        #[arg(long, default_value_t = 1111)]
        port: u16,
        /// Open the site in the default browser.
        #[arg(long)]
        open: bool,
        /// Poll for changes instead of relying on file-system events (containers, network drives).
        #[arg(long)]
        poll: bool,
        /// Seconds after which a connection without traffic is closed.
        #[arg(long, default_value_t = 30, value_name = "SECS", hide = true, value_parser = clap::value_parser!(u64).range(1..))]
        idle_timeout: u64,
        /// Port of the local decap-server (git mode) that the browser editor at /admin/ saves
        /// through.
        #[arg(long, default_value_t = 8081, value_name = "PORT")]
        cms_port: u16,
    },
    /// E-mail reviewers what changed between two revisions.
    ///
    /// Example: wijk notify --since HEAD~1 --smtp smtp://mail.example.org:587 --ledger notify.ledger
    Notify(NotifyArgs),
    /// What a change means for the programme, between two revisions, for a pull-request comment.
    ///
    /// Example: wijk diff --since origin/main --format markdown
    Diff(DiffArgs),
    /// Scaffold a district, project or expert that passes `check` as it stands.
    ///
    /// Example: wijk new project potager --district bervoets
    New {
        #[command(subcommand)]
        what: NewWhat,
    },
    /// Write JSON Schemas of every front matter and data file, for editors.
    ///
    /// Example: wijk schema --out schemas
    Schema {
        /// Output folder.
        #[arg(long, default_value = "schemas", value_name = "DIR")]
        out: PathBuf,
    },
    /// Write the browser editor (Decap CMS) generated from the content model: what `build`
    /// publishes under /admin/ when data/programme.yaml has `editing:`.
    ///
    /// Example: wijk cms --out admin
    Cms {
        /// Output folder.
        #[arg(long, default_value = "admin", value_name = "DIR")]
        out: PathBuf,
        /// Save through a local decap-server (git mode) at this URL instead of the `editing:`
        /// backend, e.g. http://127.0.0.1:8081/api/v1.
        #[arg(long, value_name = "URL")]
        proxy: Option<String>,
        /// The branch the local decap-server works on (with --proxy).
        #[arg(long, default_value = "main", requires = "proxy")]
        branch: String,
    },
}

/// `wijk notify` arguments.
#[derive(Debug, clap::Args)]
pub struct NotifyArgs {
    /// The revision before the change (e.g. the previous commit of main).
    #[arg(long, value_name = "REV")]
    pub since: String,
    /// The revision after the change; default: the working tree.
    #[arg(long, value_name = "REV")]
    pub until: Option<String>,
    /// Deliver by SMTP: smtp://host:587 (STARTTLS when offered; required with credentials;
    /// `?tls=required|opportunistic|none`) or smtps://host:465. Credentials in the URL or in
    /// WIJK_SMTP_USER / WIJK_SMTP_PASSWORD.
    #[arg(long, value_name = "URL", conflicts_with = "outbox")]
    pub smtp: Option<String>,
    /// Write messages as .eml files into this folder (the default, with `outbox/`).
    #[arg(long, value_name = "DIR")]
    pub outbox: Option<PathBuf>,
    /// Append-only record of delivered messages; a message in it is never sent again.
    #[arg(long, value_name = "FILE")]
    pub ledger: Option<PathBuf>,
    /// Link to a commit, `{sha}` replaced by the commit id
    /// (e.g. https://github.com/org/repo/commit/{sha}).
    #[arg(long, value_name = "TEMPLATE")]
    pub commit_url: Option<String>,
    /// Base URL of the site for links (overrides programme.yaml).
    #[arg(long, value_name = "URL")]
    pub base_url: Option<String>,
    /// Seconds allowed for delivering one message (connection, every retry and wait included);
    /// a message that runs out of time stops the batch, the server being unusable.
    #[arg(long, default_value_t = 60, value_name = "SECS")]
    pub timeout: u64,
    /// Attempts per message after a temporary failure (4xx, lost connection), the first included.
    #[arg(long, default_value_t = 3, value_name = "N", value_parser = clap::value_parser!(u32).range(1..=20))]
    pub attempts: u32,
    /// Seconds to wait before the second attempt, doubled before each further one.
    #[arg(long, default_value_t = 1.0, value_name = "SECS")]
    pub retry_delay: f64,
}

/// `wijk diff` arguments.
#[derive(Debug, clap::Args)]
pub struct DiffArgs {
    /// The revision before the change (e.g. the pull request's base).
    #[arg(long, value_name = "REV")]
    pub since: String,
    /// The revision after the change; default: the working tree.
    #[arg(long, value_name = "REV")]
    pub until: Option<String>,
    /// Output format: one pull-request comment, or the same facts for other tools.
    #[arg(long, value_enum, default_value = "markdown")]
    pub format: DiffFormat,
}

/// Output formats of `wijk diff`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum DiffFormat {
    /// One pull-request comment (the default).
    Markdown,
    /// The same facts for other tools.
    Json,
}

/// What `wijk new` creates.
#[derive(Debug, Subcommand)]
pub enum NewWhat {
    /// content/districts/<id>/district.md, in preparation for the latest edition.
    ///
    /// Example: wijk new district anneessens
    District {
        /// The district's id: lower-case letters, digits and dashes.
        id: String,
    },
    /// content/districts/<district>/projects/<id>.md, in the district's latest dossier.
    ///
    /// Example: wijk new project potager --district bervoets
    Project {
        /// The project's id: lower-case letters, digits and dashes.
        id: String,
        /// The district the project belongs to.
        #[arg(long)]
        district: String,
    },
    /// content/experts/<id>.md, an expert's profile (change `role` for a coach).
    ///
    /// Example: wijk new expert jan-peeters
    Expert {
        /// The person's id: lower-case letters, digits and dashes.
        id: String,
    },
}

//! `wijk notify`: e-mail reviewers what changed between two revisions.

use super::Exit;
use crate::cli::NotifyArgs;
use crate::i18n::Lang;
use crate::model::Site;
use crate::msg;
use crate::notify::{self, Ledger, Links, Mailer, Outcome, Outgoing};
use crate::render::Theme;
use anyhow::{bail, Context};
use std::path::{Path, PathBuf};
use std::time::Duration;

/// Runs `notify`.
pub fn run(root: &Path, args: &NotifyArgs, quiet: bool, lang: Lang) -> anyhow::Result<Exit> {
    let before =
        notify::load_revision(root, &args.since).map_err(|e| super::revision_failure(e, lang))?;
    let before_site = before.validated.and_then(|v| v.site);
    let Some((mut site, sha)) = load_after(root, args.until.as_deref(), lang)? else {
        return Ok(Exit::Content);
    };
    notify::apply_reviewer_emails(&mut site, &notify::reviewer_emails_from_env()?);
    let notices = notify::plan(before_site.as_ref(), &site);
    if notices.is_empty() {
        if !quiet {
            println!("{}", msg!("notify-none").text(lang));
        }
        return Ok(Exit::Ok);
    }
    let theme = Theme::of_root(root, site.programme.theme_name())?;
    let links = Links {
        base_url: args
            .base_url
            .clone()
            .unwrap_or_else(|| site.programme.base_url.clone()),
        commit_sha: sha,
        commit_url: args.commit_url.clone(),
    };
    let (messages, unwritten) = compose_all(&site, &theme, &notices, &links, lang);
    let mut mailer = make_mailer(args, lang)?;
    let mut ledger = match &args.ledger {
        Some(path) => Some(Ledger::open(path)?),
        None => None,
    };
    let mut progress = |m: &Outgoing, o: &Outcome| print_outcome(m, o, quiet, lang);
    let outcomes = notify::deliver(
        &messages,
        mailer.as_mut(),
        ledger.as_mut(),
        retry(args)?,
        &mut progress,
    )?;
    Ok(summarise(&outcomes, unwritten, quiet, lang))
}

/// The site after the change and its commit; `None` (exit 1) when it has errors, printed.
fn load_after(
    root: &Path,
    until: Option<&str>,
    lang: Lang,
) -> anyhow::Result<Option<(Site, Option<String>)>> {
    let (validated, sha, diag_root, _dir) = match until {
        Some(rev) => {
            let r =
                notify::load_revision(root, rev).map_err(|e| super::revision_failure(e, lang))?;
            let Some(v) = r.validated else {
                bail!(msg!("notify-no-programme", rev = rev).text(lang));
            };
            (v, Some(r.sha), r.dir.path().to_path_buf(), Some(r.dir))
        }
        None => {
            let corpus = crate::load::load(root).map_err(|e| super::load_failure(e, lang))?;
            let sha = notify::resolve(root, "HEAD").ok();
            (
                crate::validate::validate(&corpus),
                sha,
                root.to_path_buf(),
                None,
            )
        }
    };
    let errors = validated.error_count();
    if errors > 0 {
        let diags = crate::diag::render_human(&validated.diagnostics, &diag_root, false, lang);
        eprint!("{diags}");
        let m = match until {
            Some(rev) => msg!("notify-content-errors", rev = rev, errors = errors),
            None => msg!("notify-worktree-errors", errors = errors),
        };
        eprintln!("{}", super::error_line(lang, m));
        return Ok(None);
    }
    let site = validated
        .site
        .context(msg!("build-no-programme").text(lang))?;
    Ok(Some((site, sha)))
}

/// Every message of every notice that can be composed, and how many cannot: each of those is
/// reported (a recipient without an address) and the others are still delivered.
fn compose_all(
    site: &Site,
    theme: &Theme,
    notices: &[notify::Notice],
    links: &Links,
    lang: Lang,
) -> (Vec<Outgoing>, usize) {
    let mut messages = Vec::new();
    let mut unwritten = 0;
    for notice in notices {
        for to in notify::recipients(site, notice) {
            match notify::compose(site, theme, notice, &to, links) {
                Ok(m) => messages.push(m),
                Err(e) => {
                    eprintln!("{}: {e}", msg!("label-error").text(lang));
                    unwritten += 1;
                }
            }
        }
    }
    (messages, unwritten)
}

/// The retry policy and the deadline of one message, from the flags.
fn retry(args: &NotifyArgs) -> anyhow::Result<notify::Retry> {
    let first_delay = Duration::try_from_secs_f64(args.retry_delay)
        .ok()
        .filter(|d| *d <= Duration::from_secs(3600))
        .context("--retry-delay must be a number of seconds between 0 and 3600")?;
    Ok(notify::Retry {
        attempts: args.attempts,
        first_delay,
        deadline: Duration::from_secs(args.timeout.max(1)),
    })
}

/// SMTP when `--smtp` is given, else the outbox (default `outbox/`).
fn make_mailer(args: &NotifyArgs, lang: Lang) -> anyhow::Result<Box<dyn Mailer>> {
    let timeout = Duration::from_secs(args.timeout.max(1));
    if let Some(url) = &args.smtp {
        let env = |k: &str| std::env::var(k).ok();
        let mut settings = notify::SmtpSettings::parse(
            url,
            env(notify::USER_ENV),
            env(notify::PASSWORD_ENV),
            timeout,
        )?;
        settings.ca_file = env(notify::CA_ENV)
            .filter(|s| !s.is_empty())
            .map(PathBuf::from);
        let mailer = notify::SmtpMailer::new(&settings).map_err(|e| match e.message() {
            Some(m) => anyhow::anyhow!(m.text(lang)),
            None => e.into(),
        })?;
        return Ok(Box::new(mailer));
    }
    let dir = args
        .outbox
        .clone()
        .unwrap_or_else(|| PathBuf::from("outbox"));
    let outbox = notify::Outbox::new(dir.clone())
        .with_context(|| format!("cannot create the outbox {}", dir.display()))?;
    Ok(Box::new(outbox))
}

/// One line per message: event, district, edition, recipient id (never the address).
fn print_outcome(m: &Outgoing, o: &Outcome, quiet: bool, lang: Lang) {
    let n = &m.notice;
    let r = &m.recipient;
    let what = format!(
        "{} {} {} → {} {} ({})",
        n.kind.as_str(),
        n.district,
        n.edition,
        r.kind.as_str(),
        r.id,
        r.lang
    );
    match o {
        Outcome::Sent if !quiet => println!("{}", msg!("notify-sent", what = what).text(lang)),
        Outcome::AlreadySent if !quiet => {
            println!("{}", msg!("notify-already-sent", what = what).text(lang))
        }
        Outcome::Failed(why) => {
            let m = msg!("notify-failed", what = what, why = why.to_string());
            eprintln!("{}", m.text(lang))
        }
        Outcome::NotAttempted => {
            eprintln!("{}", msg!("notify-not-attempted", what = what).text(lang))
        }
        _ => {}
    }
}

/// Prints the totals (`unwritten`: messages that could not be composed); exit 2 when anything
/// was not delivered.
fn summarise(outcomes: &[Outcome], unwritten: usize, quiet: bool, lang: Lang) -> Exit {
    let count = |f: fn(&Outcome) -> bool| outcomes.iter().filter(|o| f(o)).count();
    let sent = count(|o| *o == Outcome::Sent);
    let before = count(|o| *o == Outcome::AlreadySent);
    let missing = count(|o| !o.is_delivered()) + unwritten;
    if !quiet || missing > 0 {
        let m = msg!(
            "notify-summary",
            sent = sent,
            before = before,
            missing = missing
        );
        println!("{}", m.text(lang));
    }
    if missing > 0 {
        let m = msg!("notify-undelivered", missing = missing);
        eprintln!("{}", super::error_line(lang, m));
        Exit::Failure
    } else {
        Exit::Ok
    }
}

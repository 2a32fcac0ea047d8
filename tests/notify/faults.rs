//! `notify` against SMTP servers that misbehave, and killed in the middle of a batch: bounded time,
//! retries that do not sleep for seconds, the rest of the batch delivered, a summary, and a rerun
//! that sends every message exactly once (but the one in flight at a kill). Counted, not timed:
//! what the server saw (connections, bytes, recipients) says what wijk did; a run is only given a
//! budget of 60 s, which no run reaches unless it hangs (each takes a second or two).

use crate::notify_support;
use crate::smtp;

use notify_support::{submitted_alpha, ALPHA_RECIPIENTS};
use smtp::{Behaviour, SmtpServer};
use std::time::{Duration, Instant};

const FAST_RETRY: [&str; 2] = ["--retry-delay", "0.02"];

/// How long a run may take before it counts as a hang: it is killed and the test fails.
const BUDGET: Duration = Duration::from_secs(60);

/// Waits for `child` to end within [`BUDGET`], killing it (and failing) if it does not.
fn within_budget(mut child: std::process::Child) -> notify_support::Run {
    let start = Instant::now();
    while child.try_wait().unwrap().is_none() {
        if start.elapsed() > BUDGET {
            let _ = child.kill();
            panic!("notify still running after {BUDGET:?}");
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    notify_support::Run(child.wait_with_output().unwrap())
}

/// `notify ARGS` on `repo`, within [`BUDGET`].
fn notify(repo: &notify_support::Repo, args: &[&str]) -> notify_support::Run {
    within_budget(repo.notify_command(args).spawn().unwrap())
}

#[test]
fn rejects_a_silent_server_within_one_deadline_and_stops_the_batch() {
    let (repo, base) = submitted_alpha();
    let server = SmtpServer::start(Behaviour {
        silent: true,
        ..Behaviour::default()
    });
    let url = server.url();
    let mut args = vec!["--since", &base, "--smtp", &url, "--timeout", "1"];
    args.extend(FAST_RETRY);
    let run = notify(&repo, &args).expect(2);
    let err = run.stderr();
    assert!(err.contains("timed out"), "{err}");
    assert!(!err.contains("os error"), "{err}");
    assert!(err.contains("not attempted"), "{err}");
    assert!(
        run.stdout()
            .contains("0 sent, 0 already sent, 4 not delivered"),
        "{}",
        run.stdout()
    );
    assert_eq!(
        server.connections(),
        1,
        "the batch stops after the first deadline"
    );
}

/// Counted, not timed: the server writes a byte of its greeting every 200 ms for as long as the
/// client listens. With a deadline of 1 s for the exchange, the client hangs up after about five;
/// a client that only limited each read would listen forever. A loaded machine makes the
/// server's ticks slower, never more, so the bound of 15 holds however slow the machine is;
/// the run is killed (and the test fails) if it is still running after its budget.
#[test]
fn rejects_a_trickling_greeting_within_the_deadline() {
    let (repo, base) = submitted_alpha();
    let server = SmtpServer::start(Behaviour {
        trickle: true,
        ..Behaviour::default()
    });
    let url = server.url();
    let run = notify(&repo, &["--since", &base, "--smtp", &url, "--timeout", "1"]);
    assert_eq!(run.code(), 2, "{}", run.stderr());
    assert!(run.stderr().contains("timed out"), "{}", run.stderr());
    // The server notices the hang-up at its next write or two.
    std::thread::sleep(Duration::from_millis(600));
    let trickled = server.trickled();
    assert!((1..=15).contains(&trickled), "{trickled} bytes of greeting");
}

/// Three attempts of each message within a deadline of 2 s: the configured pauses (20 then
/// 40 ms) leave room for all three, the default ones (1 then 2 s) for two only, as a pause that
/// would outlast the deadline is not taken. So the count of connections tells which were used.
#[test]
fn retries_a_busy_server_with_the_configured_backoff_and_reports_every_message() {
    let (repo, base) = submitted_alpha();
    let server = SmtpServer::start(Behaviour {
        busy: true,
        ..Behaviour::default()
    });
    let url = server.url();
    let mut args = vec!["--since", &base, "--smtp", &url, "--attempts", "3"];
    args.extend(["--timeout", "2"]);
    args.extend(FAST_RETRY);
    let run = notify(&repo, &args).expect(2);
    assert_eq!(
        server.connections(),
        4 * 3,
        "each message tried three times"
    );
    assert!(run.stderr().contains("421"), "{}", run.stderr());
    assert!(
        run.stdout()
            .contains("0 sent, 0 already sent, 4 not delivered"),
        "{}",
        run.stdout()
    );
}

#[test]
fn delivers_the_batch_when_the_connection_drops_mid_data_once() {
    let (repo, base) = submitted_alpha();
    let server = SmtpServer::start(Behaviour {
        drop_in_data_once: vec!["pieter@reviewers.test".into()],
        tempfail_once: vec!["wendy@reviewers.test".into()],
        ..Behaviour::default()
    });
    let url = server.url();
    let mut args = vec!["--since", &base, "--smtp", &url];
    args.extend(FAST_RETRY);
    notify(&repo, &args).expect(0);
    assert_eq!(server.recipients(), ALPHA_RECIPIENTS);
}

#[cfg(unix)]
#[test]
fn a_kill_mid_batch_then_a_rerun_delivers_each_message_once_but_the_one_in_flight() {
    let (repo, base) = submitted_alpha();
    let server = SmtpServer::start(Behaviour {
        pause_before_accepting: Some(Duration::from_millis(300)),
        ..Behaviour::default()
    });
    let ledger = repo.scratch("notify.ledger");
    let url = server.url();
    let args = [
        "--since",
        base.as_str(),
        "--smtp",
        &url,
        "--ledger",
        ledger.to_str().unwrap(),
    ];
    let mut child = repo.notify_command(&args).spawn().unwrap();
    // Killed while the server holds the second message, before its 250 reaches wijk.
    let start = Instant::now();
    while server.mails().len() < 2 {
        assert!(start.elapsed() < Duration::from_secs(20), "no progress");
        std::thread::sleep(Duration::from_millis(5));
    }
    child.kill().unwrap();
    child.wait().unwrap();
    let recorded = std::fs::read_to_string(&ledger).unwrap();
    assert_eq!(recorded.lines().count(), 1, "{recorded}");
    repo.notify(&args, &[]).expect(0);
    let mails = server.mails();
    let mut ids: Vec<(String, String)> = mails
        .iter()
        .map(|m| (m.rcpt.join(","), m.header("Message-ID").unwrap()))
        .collect();
    ids.sort();
    let mut recipients: Vec<String> = ids.iter().map(|(r, _)| r.clone()).collect();
    recipients.dedup();
    assert_eq!(recipients, ALPHA_RECIPIENTS, "every message delivered");
    assert_eq!(
        ids.len(),
        ALPHA_RECIPIENTS.len() + 1,
        "one message twice: {ids:?}"
    );
    let twice: Vec<_> = ids.windows(2).filter(|w| w[0] == w[1]).collect();
    assert_eq!(
        twice.len(),
        1,
        "the duplicate has the same Message-ID: {ids:?}"
    );
    let ledger_text = std::fs::read_to_string(&ledger).unwrap();
    assert_eq!(ledger_text.lines().count(), 4, "{ledger_text}");
    assert!(ledger_text.ends_with('\n'));
}

#[test]
fn accepts_a_ten_megabyte_acceptance_as_sent_once_and_recorded() {
    let (repo, base) = submitted_alpha();
    let server = SmtpServer::start(Behaviour {
        long_acceptance: Some(10 * 1024 * 1024),
        ..Behaviour::default()
    });
    let ledger = repo.scratch("notify.ledger");
    let url = server.url();
    let mut args = vec![
        "--since",
        &base,
        "--smtp",
        &url,
        "--ledger",
        ledger.to_str().unwrap(),
    ];
    args.extend(FAST_RETRY);
    let run = repo.notify(&args, &[]).expect(0);
    assert_eq!(server.recipients(), ALPHA_RECIPIENTS, "each once");
    let recorded = std::fs::read_to_string(&ledger).unwrap();
    assert_eq!(recorded.lines().count(), 4, "{recorded}");
    assert!(run.all().len() < 64 * 1024, "the reply is not echoed");
    let again = repo.notify(&args, &[]).expect(0);
    assert!(
        again.stdout().contains("0 sent, 4 already sent"),
        "{}",
        again.stdout()
    );
    assert_eq!(server.mails().len(), 4, "nothing sent twice");
}

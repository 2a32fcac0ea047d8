//! `wijk notify --smtp` against a real SMTP server on 127.0.0.1, over real git repositories.

use crate::notify_support;
use crate::smtp;

use notify_support::{submitted_alpha, Repo, ALPHA_RECIPIENTS};
use smtp::{free_port, Behaviour, SmtpServer};

#[test]
fn accepts_a_submission_routed_to_matching_reviewers_and_the_coach() {
    let (repo, base) = submitted_alpha();
    let server = SmtpServer::start(Behaviour::default());
    let sha = repo.git(&["rev-parse", "HEAD"]);
    let url = server.url();
    let commit_url = "https://git.test/commit/{sha}";
    let run = repo
        .notify(
            &["--since", &base, "--smtp", &url, "--commit-url", commit_url],
            &[],
        )
        .expect(0);
    // One message per recipient; reviewers of Jette or of energy only are left out.
    assert_eq!(server.recipients(), ALPHA_RECIPIENTS);
    let mails = server.mails();
    assert!(mails
        .iter()
        .all(|m| m.rcpt.len() == 1 && m.from == "noreply@wijken.test"));
    let by = |to: &str| mails.iter().find(|m| m.rcpt[0] == to).unwrap().clone();
    let subject = |to: &str| by(to).header("Subject").unwrap();
    assert!(subject("anne@reviewers.test").contains("Quartier Alpha"));
    assert!(subject("wendy@reviewers.test").contains("2025"));
    let anne = by("anne@reviewers.test").decoded();
    assert!(anne.contains("Feuille de route soumise"), "{anne}");
    assert!(anne.contains("https://wijken.test/fr/districts/alpha/garden/"));
    assert!(anne.contains(&format!("https://git.test/commit/{sha}")));
    assert!(by("pieter@reviewers.test")
        .decoded()
        .contains("Stappenplan ingediend"));
    assert!(by("wendy@reviewers.test")
        .decoded()
        .contains("Roadmap submitted"));
    assert!(by("wendy@reviewers.test").decoded().contains("€2,330.50"));
    assert!(by("claire@coaches.test")
        .decoded()
        .contains("en tant que coach"));
    let mut ids: Vec<_> = mails
        .iter()
        .map(|m| m.header("Message-ID").unwrap())
        .collect();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), 4);
    // RFC 3834: automatic answers (out of office) are not sent back to a program.
    assert!(mails
        .iter()
        .all(|m| m.header("Auto-Submitted").as_deref() == Some("auto-generated")));
    // Addresses never reach the log (CI logs may be public).
    assert!(!run.all().contains("@reviewers.test"), "{}", run.all());
}

#[test]
fn accepts_unrelated_changes_without_sending_anything() {
    let repo = Repo::new();
    let base = repo.git(&["rev-parse", "HEAD"]);
    repo.edit(
        "content/districts/alpha/district.md",
        "terrain vague",
        "parc",
    );
    repo.edit(
        "content/districts/gamma/projects/compost.md",
        "Un compost collectif.",
        "Un compost.",
    );
    repo.commit("wording");
    let server = SmtpServer::start(Behaviour::default());
    let run = repo
        .notify(&["--since", &base, "--smtp", &server.url()], &[])
        .expect(0);
    assert!(run.stdout().contains("no notices"));
    assert!(server.rcpt_attempts().is_empty());
}

#[test]
fn accepts_a_resubmission_when_budget_changes_but_not_when_only_text_does() {
    let (repo, _) = submitted_alpha();
    let submitted = repo.git(&["rev-parse", "HEAD"]);
    repo.edit(
        "content/districts/alpha/projects/garden.md",
        "Un potager arrosé",
        "Un beau potager arrosé",
    );
    let text_only = repo.commit("summary wording");
    let server = SmtpServer::start(Behaviour::default());
    repo.notify(&["--since", &submitted, "--smtp", &server.url()], &[])
        .expect(0);
    assert!(server.mails().is_empty());
    repo.edit(
        "content/districts/alpha/projects/garden.md",
        "amount: 2150",
        "amount: 2500",
    );
    repo.commit("more soil");
    repo.notify(&["--since", &text_only, "--smtp", &server.url()], &[])
        .expect(0);
    assert_eq!(server.recipients(), ALPHA_RECIPIENTS);
    let anne = server
        .mails()
        .into_iter()
        .find(|m| m.rcpt[0] == "anne@reviewers.test")
        .unwrap();
    let text = anne.decoded();
    assert!(text.contains("Feuille de route modifiée"), "{text}");
    assert!(text.contains("2\u{202f}680,50\u{a0}€"), "{text}");
}

#[test]
fn accepts_ready_for_evaluation_when_the_last_step_is_done() {
    let repo = Repo::new();
    let base = repo.git(&["rev-parse", "HEAD"]);
    repo.edit(
        "content/districts/gamma/projects/compost.md",
        "due: 2025-09-01}",
        "due: 2025-09-01, done: 2025-08-30}",
    );
    repo.commit("compost done");
    let server = SmtpServer::start(Behaviour::default());
    repo.notify(&["--since", &base, "--smtp", &server.url()], &[])
        .expect(0);
    // Gamma is in Forest with the theme food: no water reviewer.
    assert_eq!(
        server.recipients(),
        [
            "anne@reviewers.test",
            "claire@coaches.test",
            "pieter@reviewers.test"
        ]
    );
    assert!(server.mails()[0]
        .header("Subject")
        .unwrap()
        .contains("Gamma"));
}

#[test]
fn accepts_a_rerun_with_the_ledger_without_sending_twice() {
    let (repo, base) = submitted_alpha();
    let server = SmtpServer::start(Behaviour::default());
    let ledger = repo.scratch("notify.ledger");
    let ledger_arg = ledger.to_str().unwrap();
    let args = [
        "--since",
        &base,
        "--smtp",
        &server.url(),
        "--ledger",
        ledger_arg,
    ];
    repo.notify(&args, &[]).expect(0);
    assert_eq!(server.mails().len(), 4);
    let text = std::fs::read_to_string(&ledger).unwrap();
    assert_eq!(text.lines().count(), 4);
    for line in text.lines() {
        let fields: Vec<&str> = line.split('\t').collect();
        assert_eq!(fields.len(), 3, "{line}");
        assert!(fields[0].starts_with('<') && fields[2].ends_with('Z'));
        assert!(
            !fields[1].contains('@'),
            "the ledger names recipients by id: {line}"
        );
    }
    let again = repo.notify(&args, &[]).expect(0);
    assert_eq!(server.mails().len(), 4, "nothing is sent twice");
    assert!(
        again.stdout().contains("0 sent, 4 already sent"),
        "{}",
        again.stdout()
    );
    assert_eq!(std::fs::read_to_string(&ledger).unwrap(), text);
}

#[test]
fn rejects_delivery_while_the_server_is_down_then_a_rerun_delivers_all() {
    let (repo, base) = submitted_alpha();
    let port = free_port();
    let url = format!("smtp://127.0.0.1:{port}");
    let ledger = repo.scratch("notify.ledger");
    let args = [
        "--since",
        &base,
        "--smtp",
        &url,
        "--ledger",
        ledger.to_str().unwrap(),
    ];
    let run = repo.notify(&args, &[]).expect(2);
    assert!(run.stderr().contains("not delivered"), "{}", run.stderr());
    assert_eq!(std::fs::read_to_string(&ledger).unwrap_or_default(), "");
    let server = SmtpServer::start_on(port, Behaviour::default());
    repo.notify(&args, &[]).expect(0);
    assert_eq!(server.recipients(), ALPHA_RECIPIENTS);
}

#[test]
fn rejects_one_recipient_reports_it_and_a_rerun_sends_only_that_one() {
    let (repo, base) = submitted_alpha();
    let refusing = SmtpServer::start(Behaviour {
        reject: vec!["pieter@reviewers.test".into()],
        ..Behaviour::default()
    });
    let ledger = repo.scratch("notify.ledger");
    let ledger = ledger.to_str().unwrap();
    let run = repo
        .notify(
            &[
                "--since",
                &base,
                "--smtp",
                &refusing.url(),
                "--ledger",
                ledger,
            ],
            &[],
        )
        .expect(2);
    assert_eq!(
        refusing.recipients(),
        [
            "anne@reviewers.test",
            "claire@coaches.test",
            "wendy@reviewers.test"
        ]
    );
    // 5xx is permanent: tried once, reported by id, the address blanked out.
    let tries = refusing.rcpt_attempts();
    assert_eq!(tries.iter().filter(|t| t.starts_with("pieter")).count(), 1);
    assert!(
        run.stderr().contains("r-forest") && run.stderr().contains("550"),
        "{}",
        run.stderr()
    );
    assert!(!run.all().contains("pieter@"), "{}", run.all());
    let fixed = SmtpServer::start(Behaviour::default());
    repo.notify(
        &["--since", &base, "--smtp", &fixed.url(), "--ledger", ledger],
        &[],
    )
    .expect(0);
    assert_eq!(fixed.recipients(), ["pieter@reviewers.test"]);
}

#[test]
fn accepts_a_temporary_failure_then_success() {
    let (repo, base) = submitted_alpha();
    let server = SmtpServer::start(Behaviour {
        tempfail_once: vec!["wendy@reviewers.test".into()],
        ..Behaviour::default()
    });
    repo.notify(
        &[
            "--since",
            &base,
            "--smtp",
            &server.url(),
            "--retry-delay",
            "0.02",
        ],
        &[],
    )
    .expect(0);
    assert_eq!(server.recipients(), ALPHA_RECIPIENTS);
    let tries = server.rcpt_attempts();
    assert_eq!(tries.iter().filter(|t| t.starts_with("wendy")).count(), 2);
}

#[test]
fn accepts_credentials_from_the_url_or_the_environment_and_never_prints_them() {
    let (repo, base) = submitted_alpha();
    let auth = Some(("mailer".to_string(), "s3cret pw".to_string()));
    let server = SmtpServer::start(Behaviour {
        auth,
        ..Behaviour::default()
    });
    let url = format!(
        "smtp://mailer:s3cret%20pw@127.0.0.1:{}?tls=none",
        server.port
    );
    let run = repo
        .notify(&["--since", &base, "--smtp", &url], &[])
        .expect(0);
    assert_eq!(server.mails().len(), 4);
    assert!(server
        .mails()
        .iter()
        .all(|m| m.authenticated_as.as_deref() == Some("mailer")));
    assert!(!run.all().contains("s3cret"));
    let plain = format!("smtp://127.0.0.1:{}?tls=none", server.port);
    let env = [
        ("WIJK_SMTP_USER", "mailer"),
        ("WIJK_SMTP_PASSWORD", "wrong-s3cret"),
    ];
    let wrong = repo
        .notify(&["--since", &base, "--smtp", &plain], &env)
        .expect(2);
    assert!(wrong.stderr().contains("535"), "{}", wrong.stderr());
    assert!(!wrong.all().contains("s3cret"), "{}", wrong.all());
    let env = [
        ("WIJK_SMTP_USER", "mailer"),
        ("WIJK_SMTP_PASSWORD", "s3cret pw"),
    ];
    repo.notify(&["--since", &base, "--smtp", &plain], &env)
        .expect(0);
    assert_eq!(server.mails().len(), 8);
}

#[test]
fn rejects_credentials_over_plain_text_unless_asked_for() {
    let (repo, base) = submitted_alpha();
    let server = SmtpServer::start(Behaviour::default());
    let url = format!("smtp://mailer:pw-s3cret@127.0.0.1:{}", server.port);
    // With credentials, STARTTLS is required; this server offers none.
    let run = repo
        .notify(&["--since", &base, "--smtp", &url], &[])
        .expect(2);
    assert!(server.mails().is_empty());
    assert!(!run.all().contains("pw-s3cret"), "{}", run.all());
}

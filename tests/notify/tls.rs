//! `wijk notify --smtp` over TLS against a real SMTP server on 127.0.0.1: STARTTLS (port 587's
//! way) with AUTH PLAIN and AUTH LOGIN, TLS from the first byte (`smtps://`, port 465's way), a
//! certificate that is not trusted, a private CA named by `WIJK_SMTP_CA`, and credentials that
//! would go out in clear.

use crate::notify_support;
use crate::smtp_tls;

use notify_support::{submitted_alpha, ALPHA_RECIPIENTS};
use smtp_tls::{Auth, TlsBehaviour, TlsSmtpServer};
use std::net::IpAddr;

const PASSWORD: &str = "s3cret pw";

/// `WIJK_SMTP_CA` naming the test CA that signed the server's certificate.
const CA_ENV: (&str, &str) = (
    "WIJK_SMTP_CA",
    concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/tls/ca.pem"),
);

/// Asserts that every connection upgraded before it said anything that matters: per connection
/// EHLO, STARTTLS, then everything else encrypted, and every AUTH encrypted.
fn assert_upgraded_first(server: &TlsSmtpServer) {
    let commands = server.commands();
    let starttls = commands.iter().filter(|c| c.verb == "STARTTLS").count();
    assert_eq!(starttls, server.connections(), "{commands:?}");
    for c in &commands {
        let allowed_in_clear = c.verb == "EHLO" || c.verb == "STARTTLS";
        assert!(
            c.encrypted || allowed_in_clear,
            "{c:?} in clear: {commands:?}"
        );
    }
    assert!(server.auths().iter().all(|a| a.encrypted));
}

fn expected_auth(mechanism: &str) -> Auth {
    Auth {
        mechanism: mechanism.into(),
        user: "mailer".into(),
        password: PASSWORD.into(),
        encrypted: true,
    }
}

#[test]
fn accepts_starttls_then_auth_plain_with_a_private_ca() {
    let (repo, base) = submitted_alpha();
    let server = TlsSmtpServer::start(TlsBehaviour::default());
    let url = format!("smtp://mailer:s3cret%20pw@127.0.0.1:{}", server.port);
    let run = repo
        .notify(&["--since", &base, "--smtp", &url], &[CA_ENV])
        .expect(0);
    let mut rcpt: Vec<String> = server.mails().into_iter().flat_map(|m| m.rcpt).collect();
    rcpt.sort();
    assert_eq!(rcpt, ALPHA_RECIPIENTS);
    assert!(server
        .mails()
        .iter()
        .all(|m| m.authenticated_as.as_deref() == Some("mailer")));
    assert_eq!(server.auths(), vec![expected_auth("PLAIN"); 4]);
    assert_upgraded_first(&server);
    assert!(!run.all().contains("s3cret"), "{}", run.all());
}

#[test]
fn accepts_starttls_then_auth_login_with_credentials_from_the_environment() {
    let (repo, base) = submitted_alpha();
    let server = TlsSmtpServer::start(TlsBehaviour {
        mechanisms: vec!["LOGIN"],
        ..TlsBehaviour::default()
    });
    let url = format!("smtp://127.0.0.1:{}", server.port);
    let env = [
        CA_ENV,
        ("WIJK_SMTP_USER", "mailer"),
        ("WIJK_SMTP_PASSWORD", PASSWORD),
    ];
    repo.notify(&["--since", &base, "--smtp", &url], &env)
        .expect(0);
    assert_eq!(server.mails().len(), 4);
    assert_eq!(server.auths(), vec![expected_auth("LOGIN"); 4]);
    assert_upgraded_first(&server);
}

#[test]
fn accepts_implicit_tls_on_the_smtps_port() {
    let (repo, base) = submitted_alpha();
    let server = TlsSmtpServer::start(TlsBehaviour::default());
    // By name: the certificate is checked for `localhost`, not only for 127.0.0.1.
    let url = format!("smtps://mailer:s3cret%20pw@localhost:{}", server.tls_port);
    repo.notify(&["--since", &base, "--smtp", &url], &[CA_ENV])
        .expect(0);
    assert_eq!(server.mails().len(), 4);
    assert_eq!(server.auths(), vec![expected_auth("PLAIN"); 4]);
    let commands = server.commands();
    assert!(commands.iter().all(|c| c.encrypted), "{commands:?}");
    assert!(!commands.iter().any(|c| c.verb == "STARTTLS"));
}

#[test]
fn rejects_a_certificate_that_is_not_trusted_and_sends_nothing() {
    let (repo, base) = submitted_alpha();
    let server = TlsSmtpServer::start(TlsBehaviour::default());
    for url in [
        format!("smtp://mailer:s3cret%20pw@127.0.0.1:{}", server.port),
        format!("smtps://mailer:s3cret%20pw@127.0.0.1:{}", server.tls_port),
    ] {
        let ledger = repo.scratch("notify.ledger");
        let ledger_arg = ledger.to_string_lossy().into_owned();
        let run = repo
            .notify(
                &["--since", &base, "--smtp", &url, "--ledger", &ledger_arg],
                &[],
            )
            .expect(2);
        let err = run.stderr();
        assert!(err.contains("TLS"), "{err}");
        assert!(
            err.contains("certificate of 127.0.0.1 is not trusted"),
            "{err}"
        );
        assert!(err.contains("WIJK_SMTP_CA"), "{err}");
        assert!(!run.all().contains("s3cret"), "{}", run.all());
        assert_eq!(std::fs::read_to_string(&ledger).unwrap_or_default(), "");
    }
    assert!(server.mails().is_empty());
    assert!(server.auths().is_empty());
    let commands = server.commands();
    assert!(commands.iter().all(|c| !c.encrypted), "{commands:?}");
}

#[test]
fn rejects_a_ca_file_that_cannot_be_read_or_holds_no_certificate_in_every_language() {
    let (repo, base) = submitted_alpha();
    let server = TlsSmtpServer::start(TlsBehaviour::default());
    let url = format!("smtp://mailer:s3cret%20pw@127.0.0.1:{}", server.port);
    let missing = repo.scratch("no-such-ca.pem");
    let no_cert = repo.scratch("not-a-ca.pem");
    std::fs::write(&no_cert, "just some text\n").unwrap();
    let cases = [
        (&missing, "en", "WIJK_SMTP_CA: cannot read"),
        (&missing, "fr", "WIJK_SMTP_CA : impossible de lire"),
        (&missing, "nl", "kan niet gelezen worden"),
        (&no_cert, "en", "holds no certificate"),
        (&no_cert, "fr", "ne contient aucun certificat"),
        (&no_cert, "nl", "bevat geen certificaat"),
    ];
    for (path, lang, words) in cases {
        let path = path.to_string_lossy().into_owned();
        let env = [("WIJK_SMTP_CA", path.as_str()), ("WIJK_LANG", lang)];
        let run = repo
            .notify(&["--since", &base, "--smtp", &url], &env)
            .expect(2);
        let err = run.stderr();
        assert!(err.contains(words) && err.contains(&path), "{lang}: {err}");
    }
    assert_eq!(server.connections(), 0, "nothing is tried without the CA");
}

/// This machine's address on its network (not a loopback one), when it has one.
fn own_network_address() -> Option<IpAddr> {
    let probe = std::net::UdpSocket::bind("0.0.0.0:0").ok()?;
    // Connecting a UDP socket sends nothing: it only chooses the route and the local address.
    probe.connect("203.0.113.1:9").ok()?;
    let ip = probe.local_addr().ok()?.ip();
    (!ip.is_loopback() && !ip.is_unspecified()).then_some(ip)
}

#[test]
#[ignore = "needs a network address besides loopback: cargo test -- --include-ignored"]
fn rejects_credentials_in_clear_to_another_machine_whatever_the_url_says() {
    let ip = own_network_address()
        .expect("this machine has a network address besides loopback (the test sends to it)");
    let (repo, base) = submitted_alpha();
    let server = TlsSmtpServer::start(TlsBehaviour {
        ip,
        starttls: false,
        ..TlsBehaviour::default()
    });
    let userinfo = "mailer:s3cret%20pw";
    for (query, says) in [
        ("", "does not offer STARTTLS"),
        ("?tls=opportunistic", "never sent in clear"),
        ("?tls=none", "never sent in clear"),
    ] {
        let url = format!("smtp://{userinfo}@{ip}:{}{query}", server.port);
        let run = repo
            .notify(&["--since", &base, "--smtp", &url], &[])
            .expect(2);
        assert!(run.stderr().contains(says), "{query}: {}", run.stderr());
    }
    assert!(server.auths().is_empty(), "{:?}", server.auths());
    assert!(server.mails().is_empty());
}

//! `wijk notify` without `--smtp` (the outbox), revisions, addresses and hostile content.

use crate::notify_support;
use crate::smtp;

use notify_support::{submitted_alpha, Repo, ALPHA_RECIPIENTS};
use smtp::{Behaviour, SmtpServer};
use std::path::Path;

/// `(file name, text)` of each `.eml` in `dir`, sorted.
fn eml_files(dir: &Path) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = std::fs::read_dir(dir)
        .map(|rd| {
            rd.map(|e| {
                let e = e.unwrap();
                let text = std::fs::read_to_string(e.path()).unwrap();
                (e.file_name().to_string_lossy().into_owned(), text)
            })
            .collect()
        })
        .unwrap_or_default();
    out.sort();
    out
}

fn header(text: &str, name: &str) -> String {
    let head = text.split("\r\n\r\n").next().unwrap().replace("\r\n ", " ");
    head.lines()
        .find_map(|l| l.strip_prefix(&format!("{name}: ")).map(str::to_string))
        .unwrap_or_default()
}

#[test]
fn accepts_outbox_mode_by_default_with_stable_message_ids() {
    let (repo, base) = submitted_alpha();
    repo.notify(&["--since", &base], &[]).expect(0);
    let first = eml_files(&repo.scratch("outbox"));
    assert_eq!(first.len(), 4);
    let other = repo.scratch("again");
    repo.notify(
        &["--since", &base, "--outbox", other.to_str().unwrap()],
        &[],
    )
    .expect(0);
    let second = eml_files(&other);
    let names = |v: &[(String, String)]| v.iter().map(|f| f.0.clone()).collect::<Vec<_>>();
    assert_eq!(names(&first), names(&second));
    for ((name, a), (_, b)) in first.iter().zip(&second) {
        assert!(name.starts_with("2025-alpha-submission-") && name.ends_with(".eml"));
        let id = header(a, "Message-ID");
        assert!(id.starts_with("<2025-alpha-submission-") && id.ends_with("@wijken.test>"));
        assert_eq!(id, header(b, "Message-ID"));
    }
    let mut to: Vec<String> = first.iter().map(|f| header(&f.1, "To")).collect();
    to.sort();
    assert!(
        to.iter().zip(ALPHA_RECIPIENTS).all(|(t, r)| t.contains(r)),
        "{to:?}"
    );
}

#[test]
fn accepts_a_composed_message_as_snapshotted() {
    let (repo, base) = submitted_alpha();
    let out = repo.scratch("outbox");
    repo.notify(
        &[
            "--since",
            &base,
            "--commit-url",
            "https://git.test/commit/{sha}",
        ],
        &[],
    )
    .expect(0);
    let sha = repo.git(&["rev-parse", "HEAD"]);
    let anne = eml_files(&out)
        .into_iter()
        .map(|f| f.1)
        .find(|t| header(t, "To").contains("anne@"))
        .unwrap();
    // Quoted-printable undone so that the snapshot reads as the recipient will.
    let normalised: String = smtp::decode_qp(&anne)
        .replace(&sha, "<sha>")
        .replace(&sha[..8], "<sha>")
        .lines()
        .map(|l| {
            if l.starts_with("Date: ") {
                "Date: <date>"
            } else {
                l
            }
        })
        .collect::<Vec<_>>()
        .join("\n");
    // Kept in tests/snapshots under the name it had when this was a test binary of its own.
    insta::with_settings!({
        snapshot_path => "../snapshots",
        prepend_module_to_snapshot => false,
    }, {
        insta::assert_snapshot!("notify_outbox__submission_fr", normalised);
    });
}

#[test]
fn rejects_an_unknown_revision_with_exit_2() {
    let repo = Repo::new();
    let run = repo.notify(&["--since", "no-such-rev"], &[]).expect(2);
    assert!(
        run.stderr().contains("unknown revision `no-such-rev`"),
        "{}",
        run.stderr()
    );
    let run = repo
        .notify(&["--since", "HEAD", "--until", "nope"], &[])
        .expect(2);
    assert!(
        run.stderr().contains("unknown revision `nope`"),
        "{}",
        run.stderr()
    );
    assert!(!repo.scratch("outbox").exists());
}

#[test]
fn rejects_an_invalid_after_with_exit_1_and_sends_nothing() {
    let repo = Repo::new();
    let base = repo.git(&["rev-parse", "HEAD"]);
    repo.submit("alpha");
    repo.edit(
        "content/districts/alpha/district.md",
        "steering_group: 6",
        "steering_group: 6\ncolour: red",
    );
    repo.commit("typo");
    let run = repo.notify(&["--since", &base], &[]).expect(1);
    assert!(
        run.stderr().contains("schema.unknown-field"),
        "{}",
        run.stderr()
    );
    assert!(
        run.stderr().contains("content/districts/alpha/district.md"),
        "{}",
        run.stderr()
    );
    assert!(run.stderr().contains("nothing sent"));
    assert!(eml_files(&repo.scratch("outbox")).is_empty());
}

#[test]
fn accepts_an_invalid_before_and_an_explicit_until() {
    let repo = Repo::new();
    repo.edit(
        "content/districts/alpha/district.md",
        "steering_group: 6",
        "steering_group: [6",
    );
    let broken = repo.commit("broken yaml");
    repo.edit(
        "content/districts/alpha/district.md",
        "steering_group: [6",
        "steering_group: 6",
    );
    repo.submit("alpha");
    let fixed = repo.commit("fixed and submitted");
    repo.submit("beta");
    repo.commit("beta submits too (not asked about below)");
    let run = repo
        .notify(&["--since", &broken, "--until", &fixed], &[])
        .expect(0);
    let files = eml_files(&repo.scratch("outbox"));
    assert_eq!(files.len(), 4, "{}", run.all());
    assert!(files.iter().all(|f| f.0.contains("alpha")));
}

#[test]
fn delivers_the_others_when_a_recipient_has_no_address_until_the_secrets_file_gives_one() {
    let repo = Repo::new();
    let base = repo.git(&["rev-parse", "HEAD"]);
    repo.submit("beta");
    repo.commit("beta submits");
    let server = SmtpServer::start(Behaviour::default());
    let url = server.url();
    let run = repo
        .notify(&["--since", &base, "--smtp", &url], &[])
        .expect(2);
    assert!(
        run.stderr()
            .contains("reviewer `r-secret` has no e-mail address"),
        "{}",
        run.stderr()
    );
    assert!(run.stderr().contains("WIJK_REVIEWER_EMAILS"));
    assert!(
        run.stdout()
            .contains("4 sent, 0 already sent, 1 not delivered"),
        "{}",
        run.stdout()
    );
    // One recipient without an address does not stop the others' mail.
    assert_eq!(
        server.recipients(),
        [
            "anne@reviewers.test",
            "erik@reviewers.test",
            "jan@coaches.test",
            "jeanne@reviewers.test",
        ]
    );
    let server = SmtpServer::start(Behaviour::default());
    let url = server.url();
    // The secrets file gives the missing address and wins over the repository's.
    let secrets = repo.scratch("reviewers.secret.yaml");
    std::fs::write(
        &secrets,
        "r-secret: sophie@private.test\nr-all: anne.private@private.test\n",
    )
    .unwrap();
    let env = [("WIJK_REVIEWER_EMAILS", secrets.to_str().unwrap())];
    let run = repo
        .notify(&["--since", &base, "--smtp", &url], &env)
        .expect(0);
    assert_eq!(
        server.recipients(),
        [
            "anne.private@private.test",
            "erik@reviewers.test",
            "jan@coaches.test",
            "jeanne@reviewers.test",
            "sophie@private.test"
        ]
    );
    assert!(!run.all().contains("private.test"), "{}", run.all());
}

#[test]
fn rejects_header_injection_attempts() {
    let (repo, base) = submitted_alpha();
    // A secrets file smuggling a second header is refused, naming the id only.
    let secrets = repo.scratch("reviewers.secret.yaml");
    std::fs::write(
        &secrets,
        "r-all: \"anne@x.test\\r\\nBcc: evil@attacker.test\"\n",
    )
    .unwrap();
    let env = [("WIJK_REVIEWER_EMAILS", secrets.to_str().unwrap())];
    let run = repo.notify(&["--since", &base], &env).expect(2);
    assert!(
        run.stderr()
            .contains("`r-all` is not a single e-mail address"),
        "{}",
        run.stderr()
    );
    assert!(!run.all().contains("evil@"));
    // Line breaks in names and titles of the content end up inside one header, never as another.
    repo.edit(
        "content/districts/alpha/district.md",
        "name: Quartier Alpha",
        "name: \"Quartier Alpha\\r\\nBcc: evil@attacker.test\"",
    );
    repo.edit(
        "content/districts/alpha/projects/garden.md",
        "title: Potager et citerne",
        "title: \"Potager\\nBcc: evil2@attacker.test\"",
    );
    repo.commit("hostile names");
    let server = SmtpServer::start(Behaviour::default());
    let run = repo.notify(&["--since", &base, "--smtp", &server.url()], &[]);
    assert!(run.code() == 0 || run.code() == 1, "{}", run.all());
    assert!(server
        .rcpt_attempts()
        .iter()
        .all(|r| !r.contains("attacker")));
    for m in server.mails() {
        let head = m.data.split("\r\n\r\n").next().unwrap().to_string();
        assert!(
            !head
                .lines()
                .any(|l| l.to_ascii_lowercase().starts_with("bcc")),
            "{head}"
        );
    }
    // A reviewer's name with a line break does not pass `check`: nothing is sent.
    repo.edit(
        "data/reviewers.yaml",
        "name: Anne Martin",
        "name: \"Anne\\nBcc: evil@attacker.test\"",
    );
    repo.commit("hostile reviewer");
    let before = server.mails().len();
    repo.notify(&["--since", &base, "--smtp", &server.url()], &[])
        .expect(1);
    assert_eq!(server.mails().len(), before);
}

#[test]
fn an_amount_is_written_by_the_theme_s_language_file_in_e_mails_and_on_pages_alike() {
    let (repo, base) = submitted_alpha();
    // A programme theme that only replaces the French language file, writing euros as `EUR`.
    let default_fr = Path::new(env!("CARGO_MANIFEST_DIR")).join("themes/default/i18n/fr.yaml");
    let fr = std::fs::read_to_string(default_fr)
        .unwrap()
        .replace("money: \"{amount}\\u00a0€\"", "money: \"{amount} EUR\"");
    assert!(fr.contains("{amount} EUR"));
    std::fs::create_dir_all(repo.root.join("themes/default/i18n")).unwrap();
    repo.write("themes/default/i18n/fr.yaml", &fr);
    let out = repo.scratch("outbox");
    repo.notify(&["--since", &base], &[]).expect(0);
    let anne = eml_files(&out)
        .into_iter()
        .map(|f| smtp::decode_qp(&f.1))
        .find(|t| header(t, "To").contains("anne@"))
        .unwrap();
    let total = "2\u{202f}330,50 EUR";
    assert!(anne.contains(&format!("est de {total}.")), "{anne}");

    let public = repo.scratch("public");
    let build = std::process::Command::new(env!("CARGO_BIN_EXE_wijk"))
        .args(["--root", repo.root.to_str().unwrap(), "build", "--out"])
        .arg(&public)
        .env_remove("WIJK_REVIEWER_EMAILS")
        .output()
        .unwrap();
    assert!(build.status.success(), "{build:?}");
    let page = std::fs::read_to_string(public.join("fr/districts/alpha/index.html")).unwrap();
    assert!(
        page.contains(total),
        "the district page does not write {total}"
    );
    assert!(!page.contains("\u{a0}€"), "an amount in the default format");
}

#[test]
fn names_an_edition_by_its_label_in_each_recipient_s_language() {
    let repo = Repo::new();
    repo.edit(
        "data/programme.yaml",
        "  - {year: 2025, submission_deadline: 2025-06-30}",
        "  - {year: 2025, label: {fr: \"2025-2026 (printemps)\", nl: \"2025-2026 (lente)\", en: \"2025-2026 (spring)\"}, submission_deadline: 2025-06-30}",
    );
    let base = repo.commit("edition 2025 gets its label");
    repo.submit("alpha");
    repo.commit("alpha submits its roadmap");
    let out = repo.scratch("outbox");
    repo.notify(&["--since", &base], &[]).expect(0);
    let mails = decoded_mails(&out);
    let to = |who: &str| mail_to(&mails, who);
    let anne = to("anne@");
    assert!(
        header(&anne, "Subject").contains(" 2025-2026 (printemps), "),
        "{anne}"
    );
    assert!(
        anne.contains("pour l'édition 2025-2026 (printemps)."),
        "{anne}"
    );
    let pieter = to("pieter@");
    assert!(
        pieter.contains("voor editie 2025-2026 (lente) ingediend"),
        "{pieter}"
    );
    let wendy = to("wendy@");
    assert!(
        wendy.contains("for the 2025-2026 (spring) edition"),
        "{wendy}"
    );
    // The message ids keep the year: a label is free to change.
    assert!(mails
        .iter()
        .all(|m| header(m, "Message-ID").starts_with("<2025-alpha-submission-")));
}

/// The committee is asked to review a submitted dossier; the district's coach, who neither
/// selects nor evaluates, is told what the committee does, in the coach's language.
#[test]
fn asks_the_committee_to_review_and_only_informs_the_coach() {
    let (repo, base) = submitted_alpha();
    let out = repo.scratch("outbox");
    repo.notify(&["--since", &base], &[]).expect(0);
    let mails = decoded_mails(&out);
    let to = |who: &str| mail_to(&mails, who);
    let anne = to("anne@");
    assert!(
        anne.contains("Merci d'examiner le dossier en vue de la sélection."),
        "{anne}"
    );
    let claire = to("claire@").replace('\u{a0}', " ");
    assert!(!claire.contains("Merci d'examiner"), "{claire}");
    assert!(
        claire.contains("Pour information : le comité de pilotage examine ce dossier"),
        "{claire}"
    );
    assert!(claire.contains("en tant que coach du quartier"), "{claire}");
}

/// The messages of the outbox `out`, quoted-printable undone.
fn decoded_mails(out: &Path) -> Vec<String> {
    eml_files(out)
        .into_iter()
        .map(|f| smtp::decode_qp(&f.1))
        .collect()
}

/// The message among `mails` whose `To` contains `who`.
fn mail_to(mails: &[String], who: &str) -> String {
    mails
        .iter()
        .find(|t| header(t, "To").contains(who))
        .unwrap_or_else(|| panic!("no message to {who}"))
        .clone()
}

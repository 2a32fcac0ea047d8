//! The language of `wijk`'s messages as a contributor meets it: chosen by flag, environment, locale
//! or programme; plain French and Dutch help for the YAML mistakes residents make.

use crate::fixture_site;
use crate::fixture_site::{expect_only, Site};
use std::process::{Command, Output};
use wijk::diag::Diagnostic;
use wijk::i18n::Lang;

const PROJECT: &str = "content/districts/wiels/projects/potager.md";

/// Runs the binary with no language set by the machine: only `vars` choose.
fn wijk(args: &[&str], vars: &[(&str, &str)]) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_wijk"));
    cmd.args(args).env("NO_COLOR", "1");
    for k in ["WIJK_LANG", "LC_ALL", "LC_MESSAGES", "LANG"] {
        cmd.env_remove(k);
    }
    for (k, v) in vars {
        cmd.env(k, v);
    }
    cmd.output().unwrap()
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

/// A base site with one error (a `requested` that is not the sum of the lines).
fn broken() -> Site {
    let s = Site::base();
    s.edit(PROJECT, "requested: 2330.5", "requested: 2330");
    s
}

/// `wijk --root … <global> check <after>`.
fn check_with(s: &Site, global: &[&str], after: &[&str], vars: &[(&str, &str)]) -> String {
    let root = s.root().to_str().unwrap();
    let mut args = vec!["--root", root];
    args.extend_from_slice(global);
    args.push("check");
    args.extend_from_slice(after);
    let out = wijk(&args, vars);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
    text(&out.stdout)
}

fn check(s: &Site, global: &[&str], vars: &[(&str, &str)]) -> String {
    check_with(s, global, &[], vars)
}

const FR: &str = "1 erreur et 0 avertissement";
const NL: &str = "1 fout en 0 waarschuwingen";
const EN: &str = "1 error and 0 warnings";

#[test]
fn the_flag_then_wijk_lang_then_the_locale_then_the_programme_choose() {
    let s = broken();
    let all = [
        ("WIJK_LANG", "nl"),
        ("LC_ALL", "en_GB.UTF-8"),
        ("LANG", "fr_BE.UTF-8"),
    ];
    assert!(check(&s, &["--lang", "fr"], &all).contains(FR));
    assert!(check(&s, &[], &all).contains(NL));
    assert!(check(&s, &[], &all[1..]).contains(EN));
    assert!(check(&s, &[], &all[2..]).contains(FR));
    assert!(check(&s, &[], &[("LANG", "nl_BE.UTF-8")]).contains(NL));
    // LC_ALL=C decides nothing: the programme's first language (fr) does.
    assert!(check(&s, &[], &[("LC_ALL", "C"), ("LANG", "nl_BE")]).contains(FR));
    s.edit(
        "data/programme.yaml",
        "languages: [fr, nl]",
        "languages: [nl, fr]",
    );
    let out = check(&s, &[], &[]);
    assert!(out.contains(" fouten en ") || out.contains(NL), "{out}");
}

#[test]
fn the_french_report_keeps_codes_and_locations() {
    let out = check(&broken(), &["--lang", "fr"], &[]);
    let expected = format!(
        "erreur[budget.total]: le montant demandé (2\u{202f}330,00\u{a0}€) diffère de la somme des lignes (2\u{202f}330,50\u{a0}€)\n  --> {PROJECT}:12:14\n"
    );
    assert!(out.starts_with(&expected), "{out}");
    assert!(
        out.contains("= aide: indiquez `requested: 2330.50` ou corrigez les lignes"),
        "{out}"
    );
}

#[test]
fn json_and_github_output_speak_the_language_with_the_same_keys() {
    let s = broken();
    let out = check_with(&s, &["--lang", "nl"], &["--format", "json"], &[]);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let d = &v[0];
    assert_eq!(d["code"], "budget.total");
    assert_eq!(d["severity"], "error");
    let message = d["message"].as_str().unwrap();
    assert!(
        message.starts_with("het gevraagde bedrag (€\u{a0}2.330,00)"),
        "{message}"
    );
    let out = check_with(&s, &["--lang", "fr"], &["--format", "github"], &[]);
    assert!(
        out.starts_with(&format!(
            "::error file={PROJECT},line=12,col=14,title=budget.total::le montant demandé"
        )),
        "{out}"
    );
}

#[test]
fn rejects_an_unknown_language_naming_the_three() {
    let s = broken();
    let root = s.root().to_str().unwrap();
    for (args, vars) in [
        (vec!["--root", root, "--lang", "de", "check"], vec![]),
        (vec!["--root", root, "check"], vec![("WIJK_LANG", "de")]),
    ] {
        let out = wijk(&args, &vars);
        assert_eq!(out.status.code(), Some(2));
        let err = text(&out.stderr);
        assert!(err.contains("[possible values: fr, nl, en]"), "{err}");
        assert!(out.stdout.is_empty());
    }
}

#[test]
fn says_in_the_language_when_the_root_is_not_a_site() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().to_str().unwrap();
    let out = wijk(&["--root", root, "--lang", "nl", "check"], &[]);
    assert_eq!(out.status.code(), Some(2));
    let err = text(&out.stderr);
    assert!(err.starts_with("fout: "), "{err}");
    assert!(err.contains("geen hoofdmap van een wijk-site"), "{err}");
}

/// The only diagnostic of `file` after writing `yaml` as its front matter, with its help in
/// French and Dutch.
fn yaml_help(front: &str, code: &str, line: u32) -> (Diagnostic, String, String) {
    let s = Site::base();
    let file = "content/pages/fete.md";
    s.write(file, format!("---\n{front}---\nTexte.\n"));
    let diags = s.check();
    let d = expect_only(&diags, code, file, line, 0).clone();
    let fr = d.help_in(Lang::Fr).unwrap();
    let nl = d.help_in(Lang::Nl).unwrap();
    (d, fr, nl)
}

#[test]
fn a_colon_in_a_text_asks_for_quotes_with_the_corrected_line() {
    let (d, fr, nl) = yaml_help("title: Inauguration : 200 personnes\n", "yaml.syntax", 2);
    assert!(d
        .message_in(Lang::Fr)
        .contains("mettez le texte entre guillemets"));
    assert!(d
        .message_in(Lang::Nl)
        .contains("zet de tekst tussen aanhalingstekens"));
    assert_eq!(
        fr,
        "écrivez la ligne ainsi : title: \"Inauguration : 200 personnes\""
    );
    assert_eq!(
        nl,
        "schrijf de regel zo: title: \"Inauguration : 200 personnes\""
    );
}

#[test]
fn a_colon_inside_braces_asks_for_quotes_too() {
    let s = Site::base();
    s.edit(
        PROJECT,
        "text: \"Premières récoltes.\"",
        "text: Inauguration : 200 personnes",
    );
    let diags = s.check();
    let d = expect_only(&diags, "yaml.syntax", PROJECT, 19, 0);
    assert_eq!(
        d.help_in(Lang::Fr).unwrap(),
        "écrivez la ligne ainsi : - {date: 2024-10-05, text: \"Inauguration : 200 personnes\"}"
    );
}

/// The only diagnostic after editing the base project, with its help in French and Dutch.
fn project_help(from: &str, to: &str, code: &str, line: u32) -> (String, String) {
    let s = Site::base();
    s.edit(PROJECT, from, to);
    let diags = s.check();
    let d = expect_only(&diags, code, PROJECT, line, 0);
    (d.help_in(Lang::Fr).unwrap(), d.help_in(Lang::Nl).unwrap())
}

#[test]
fn a_tab_a_dash_and_an_unclosed_quote_get_their_fix() {
    let step = "{step: \"Accord de la commune\", due: 2024-08-15, done: 2024-08-10}";
    let (fr, nl) = project_help(
        &format!("  - {step}"),
        &format!("\t- {step}"),
        "yaml.syntax",
        16,
    );
    assert_eq!(fr, format!("écrivez la ligne ainsi : - {step}"));
    assert_eq!(nl, format!("schrijf de regel zo: - {step}"));

    let (fr, nl) = project_help(
        "themes: [food]",
        "themes:\n  -food",
        "schema.invalid-value",
        5,
    );
    assert_eq!(fr, "écrivez la ligne ainsi : - food");
    assert_eq!(nl, "schrijf de regel zo: - food");

    let (fr, nl) = project_help(
        "themes: [food]",
        "themes:\n  - food\n  -water",
        "yaml.syntax",
        6,
    );
    assert_eq!(fr, "écrivez la ligne ainsi : - water");
    assert_eq!(nl, "schrijf de regel zo: - water");

    let (d, fr, nl) = yaml_help("title: \"Fête des voisins\n", "yaml.syntax", 2);
    assert!(d.message_in(Lang::Nl).contains("niet gesloten"), "{d:?}");
    assert_eq!(fr, "écrivez la ligne ainsi : title: \"Fête des voisins\"");
    assert_eq!(nl, "schrijf de regel zo: title: \"Fête des voisins\"");
}

#[test]
fn yes_no_and_on_stay_text_and_a_wrong_boolean_says_true_or_false() {
    // A text field keeps `no`, `oui` or `on` as written: no quotes needed.
    let s = Site::base();
    s.write("content/pages/no.md", "---\ntitle: no\n---\nTexte.\n");
    s.write("content/pages/on.md", "---\ntitle: on\n---\nTexte.\n");
    fixture_site::expect_clean(&s.check());
    let s = Site::base();
    s.edit(
        "content/experts/jan-peeters.md",
        "role: expert",
        "role: expert\npublic_contact: nee",
    );
    let diags = s.check();
    let d = &diags[0];
    assert_eq!(d.rule.code(), "schema.invalid-value", "{diags:?}");
    assert_eq!(
        d.help_in(Lang::Nl).unwrap(),
        "schrijf true (ja) of false (nee), zonder aanhalingstekens"
    );
    assert_eq!(
        d.help_in(Lang::Fr).unwrap(),
        "écrivez true (oui) ou false (non), sans guillemets"
    );
}

#[test]
fn rejects_quoted_booleans_and_numbers_as_yaml_1_2_does() {
    for (from, to, line, column) in [
        (
            "role: expert",
            "role: expert\npublic_contact: \"false\"",
            4,
            17,
        ),
        ("role: expert", "role: expert\npublic_contact: yes", 4, 17),
    ] {
        let s = Site::base();
        s.edit("content/experts/jan-peeters.md", from, to);
        let diags = s.check();
        let d = fixture_site::expect_only(
            &diags,
            "schema.invalid-value",
            "content/experts/jan-peeters.md",
            line,
            column,
        );
        assert_eq!(
            d.help_in(Lang::En).unwrap(),
            "write true or false, without quotes"
        );
    }
    let s = Site::base();
    s.edit(
        "content/districts/wiels/projects/potager.md",
        "edition: 2024",
        "edition: \"2024\"",
    );
    let diags = s.check();
    let d = fixture_site::expect_only(
        &diags,
        "schema.invalid-value",
        "content/districts/wiels/projects/potager.md",
        3,
        10,
    );
    assert!(d.message_in(Lang::En).contains("whole number"), "{d:?}");
}

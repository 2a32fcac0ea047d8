//! The mistakes residents make most in YAML and front matter: each one reported on the line it
//! was typed on, in words, with the corrected line as help, in French, Dutch and English.

use crate::fixture_site::{expect_clean, Site};
use wijk::diag::Diagnostic;
use wijk::i18n::Lang;

const PROJECT: &str = "content/districts/wiels/projects/potager.md";
const DISTRICT: &str = "content/districts/wiels/district.md";
const PROGRAMME: &str = "data/programme.yaml";

/// One mistake: the edit to the base fixture, then what must be reported.
struct Mistake {
    file: &'static str,
    from: &'static str,
    to: &'static str,
    code: &'static str,
    line: u32,
    column: u32,
    message: &'static str,
    /// Part of the help line, the same in every language (the corrected line or value).
    help: &'static str,
}

const MISTAKES: &[Mistake] = &[
    Mistake {
        file: PROJECT,
        from: "amount: 2150",
        to: "amount: 145,35",
        code: "schema.invalid-value",
        line: 10,
        column: 62,
        message: "yaml-decimal-comma",
        help: "amount: 145.35}",
    },
    Mistake {
        file: PROJECT,
        from: "amount: 2150",
        to: "amount: \"1.234,50 €\"",
        code: "schema.invalid-value",
        line: 10,
        column: 62,
        message: "schema-money-text",
        help: "amount: 1234.50}",
    },
    Mistake {
        file: PROJECT,
        from: "amount: 2150",
        to: "amount: 1 234",
        code: "schema.invalid-value",
        line: 10,
        column: 62,
        message: "schema-money-text",
        help: "amount: 1234}",
    },
    Mistake {
        file: PROGRAMME,
        from: "grant_max: 15000",
        to: "grant_max: 15000,50",
        code: "schema.invalid-value",
        line: 6,
        column: 12,
        message: "schema-money-text",
        help: "grant_max: 15000.50",
    },
    Mistake {
        file: PROGRAMME,
        from: "grant_max: 15000",
        to: "grant_max: 15 000 €",
        code: "schema.invalid-value",
        line: 6,
        column: 12,
        message: "schema-money-text",
        help: "grant_max: 15000",
    },
    Mistake {
        file: PROJECT,
        from: "updates:\n",
        to: "updates: []\n",
        code: "yaml.syntax",
        line: 18,
        column: 10,
        message: "yaml-value-then-list",
        help: "updates:",
    },
    Mistake {
        file: PROJECT,
        from: "summary: \"Un potager",
        to: "summary: \"Un \"potager\"",
        code: "yaml.syntax",
        line: 5,
        column: 14,
        message: "yaml-quote-inside",
        help: "summary: 'Un \"potager\" partagé au pied de la brasserie.'",
    },
    Mistake {
        file: PROJECT,
        from: "title: Potager collectif du Wiels",
        to: "title: \"Potager collectif",
        code: "yaml.syntax",
        line: 2,
        column: 8,
        message: "yaml-quote",
        help: "title: \"Potager collectif\"",
    },
    Mistake {
        file: PROJECT,
        from: "title: Potager collectif du Wiels",
        to: "title: 'L'eau du Wiels'",
        code: "yaml.syntax",
        line: 2,
        column: 10,
        message: "yaml-apostrophe-inside",
        help: "title: \"L'eau du Wiels\"",
    },
    Mistake {
        file: PROJECT,
        from: "  requested: 2330.5",
        to: "\trequested: 2330.5",
        code: "yaml.syntax",
        line: 12,
        column: 1,
        message: "yaml-tab",
        help: "requested: 2330.5",
    },
    Mistake {
        file: PROJECT,
        from: "themes: [food]",
        to: "themes:\n  -food",
        code: "schema.invalid-value",
        line: 5,
        column: 3,
        message: "yaml-dash",
        help: "- food",
    },
    Mistake {
        file: DISTRICT,
        from: "coach: marie-dupont",
        to: "coach:marie-dupont",
        code: "yaml.syntax",
        line: 5,
        column: 6,
        message: "yaml-colon-space",
        help: "coach: marie-dupont",
    },
    Mistake {
        file: PROJECT,
        from: "amount: 2150",
        to: "amount:2150",
        code: "schema.unknown-field",
        line: 10,
        column: 60,
        message: "yaml-colon-space",
        help: "amount: 2150}",
    },
    Mistake {
        file: PROJECT,
        from: "title: Potager collectif du Wiels",
        to: "title: Compost: la suite",
        code: "yaml.syntax",
        line: 2,
        column: 15,
        message: "yaml-colon",
        help: "title: \"Compost: la suite\"",
    },
    Mistake {
        file: PROJECT,
        from: "title: Potager collectif du Wiels",
        to: "title: @wiels au potager",
        code: "yaml.syntax",
        line: 2,
        column: 8,
        message: "yaml-indicator",
        help: "title: \"@wiels au potager\"",
    },
    Mistake {
        file: PROJECT,
        from: "title: Potager collectif du Wiels",
        to: "title: *Potager* du Wiels",
        code: "yaml.syntax",
        line: 2,
        column: 8,
        message: "yaml-indicator",
        help: "title: \"*Potager* du Wiels\"",
    },
    Mistake {
        file: PROJECT,
        from: "title: Potager collectif du Wiels",
        to: "title: #1 des potagers",
        code: "schema.invalid-value",
        line: 2,
        column: 8,
        message: "yaml-hash",
        help: "title: \"#1 des potagers\"",
    },
    Mistake {
        file: PROJECT,
        from: "themes: [food]",
        to: "themes: food, biodiversity",
        code: "schema.invalid-value",
        line: 4,
        column: 9,
        message: "yaml-comma-list",
        help: "themes: [food, biodiversity]",
    },
    Mistake {
        file: DISTRICT,
        from: "submitted: 2024-05-28",
        to: "submitted: 28/05/2024",
        code: "schema.invalid-value",
        line: 12,
        column: 16,
        message: "schema-not-date",
        help: "2024-05-28",
    },
    Mistake {
        file: DISTRICT,
        from: "submitted: 2024-05-28",
        to: "submitted: 28 mai 2024",
        code: "schema.invalid-value",
        line: 12,
        column: 16,
        message: "schema-not-date",
        help: "2024-05-28",
    },
    Mistake {
        file: PROJECT,
        from: "title: Potager collectif du Wiels",
        to: "Title: Potager collectif du Wiels",
        code: "schema.unknown-field",
        line: 2,
        column: 1,
        message: "schema-unknown-field",
        help: "`title`",
    },
    Mistake {
        file: PROJECT,
        from: "edition: 2024",
        to: "edition: 2024\ntitle: Encore",
        code: "yaml.syntax",
        line: 4,
        column: 1,
        message: "yaml-duplicate-key",
        help: "",
    },
    Mistake {
        file: "content/experts/marie-dupont.md",
        from: "public_contact: false",
        to: "public_contact: oui",
        code: "schema.invalid-value",
        line: 8,
        column: 17,
        message: "schema-invalid-scalar",
        help: "",
    },
];

fn found<'a>(diags: &'a [Diagnostic], m: &Mistake) -> &'a Diagnostic {
    diags
        .iter()
        .find(|d| d.file_display() == m.file && d.message.id() == m.message)
        .unwrap_or_else(|| panic!("`{}`: no {} in {:#?}", m.to, m.message, diags))
}

#[test]
fn each_mistake_is_explained_on_its_line_with_the_corrected_line() {
    let mut wrong = Vec::new();
    for m in MISTAKES {
        let site = Site::base();
        site.edit(m.file, m.from, m.to);
        let diags = site.check();
        let d = found(&diags, m);
        let at = (d.rule.code(), d.span.line, d.span.column);
        if at != (m.code, m.line, m.column) {
            wrong.push(format!("`{}`: {at:?}", m.to));
        }
        for lang in Lang::ALL {
            let help = d.help_in(lang).unwrap_or_default();
            if !help.contains(m.help) {
                wrong.push(format!("`{}` in {lang}: help `{help}`", m.to));
            }
        }
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
}

/// The words each language uses, checked on three mistakes: the message and the help line.
#[test]
fn the_messages_read_in_french_dutch_and_english() {
    let cases: [(&Mistake, [&str; 3], [&str; 3]); 3] = [
        (
            &MISTAKES[0],
            ["virgule décimale", "decimale komma", "decimal comma"],
            [
                "écrivez la ligne ainsi",
                "schrijf de regel zo",
                "write the line like this",
            ],
        ),
        (
            &MISTAKES[5],
            [
                "a déjà une valeur sur sa ligne",
                "heeft al een waarde",
                "already has a value",
            ],
            ["updates:", "updates:", "updates:"],
        ),
        (
            &MISTAKES[1],
            ["n'est pas un montant", "is geen bedrag", "is not an amount"],
            ["1234.50", "1234.50", "1234.50"],
        ),
    ];
    for (m, messages, helps) in cases {
        let site = Site::base();
        site.edit(m.file, m.from, m.to);
        let diags = site.check();
        let d = found(&diags, m);
        for (i, lang) in Lang::ALL.into_iter().enumerate() {
            let text = d.message_in(lang);
            assert!(text.contains(messages[i]), "{lang}: {text}");
            let help = d.help_in(lang).unwrap_or_default();
            assert!(help.contains(helps[i]), "{lang}: {help}");
        }
    }
}

#[test]
fn an_accented_file_name_gets_the_id_without_accents() {
    let site = Site::base();
    let from = site.root().join(PROJECT);
    let to = site
        .root()
        .join("content/districts/wiels/projects/potager-école.md");
    std::fs::rename(&from, &to).unwrap();
    std::fs::remove_file(
        site.root()
            .join("content/districts/wiels/projects/potager.nl.md"),
    )
    .unwrap();
    let diags = site.check();
    let d = diags
        .iter()
        .find(|d| d.rule.code() == "id.invalid")
        .unwrap_or_else(|| panic!("{diags:#?}"));
    assert_eq!((d.span.line, d.span.column), (1, 1));
    let fr = d.help_in(Lang::Fr).unwrap_or_default();
    assert!(
        fr.contains("lettres a-z sans accent") && fr.contains("`potager-ecole`"),
        "{fr}"
    );
    let nl = d.help_in(Lang::Nl).unwrap_or_default();
    assert!(
        nl.contains("zonder accent") && nl.contains("`potager-ecole`"),
        "{nl}"
    );
    let en = d.help_in(Lang::En).unwrap_or_default();
    assert!(
        en.contains("without accents") && en.contains("`potager-ecole`"),
        "{en}"
    );
}

#[test]
fn an_unclosed_front_matter_is_reported_at_its_opening_fence() {
    let site = Site::base();
    site.edit(PROJECT, "---\nLe potager", "Le potager");
    let diags = site.check();
    let d = diags
        .iter()
        .find(|d| d.rule.code() == "file.front-matter")
        .unwrap_or_else(|| panic!("{diags:#?}"));
    assert_eq!((d.file_display().as_str(), d.span.line), (PROJECT, 1));
}

#[test]
fn a_bom_and_windows_line_ends_are_read_as_plain_text() {
    let site = Site::base();
    let path = site.root().join(PROJECT);
    let text = std::fs::read_to_string(&path).unwrap();
    std::fs::write(&path, format!("\u{feff}{}", text.replace('\n', "\r\n"))).unwrap();
    expect_clean(&site.check());
}

/// `check --format github` with the locale `C`: the annotation of a file in a Dutch district
/// is in Dutch, that of a French one in French (the programme's first language would be French).
#[test]
fn annotations_speak_the_language_of_their_file() {
    let site = Site::base();
    site.edit(DISTRICT, "commune: forest", "commune: forest\nlang: nl");
    site.edit(PROJECT, "amount: 2150", "amount: 21,50");
    site.write(
        "content/pages/compost.md",
        "---\ntitle: Compost: la suite\n---\nTexte.\n",
    );
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_wijk"))
        .args(["check", "--format", "github", "--root"])
        .arg(site.root())
        .env_remove("WIJK_LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "C")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8(out.stdout).unwrap();
    let line = |file: &str| {
        text.lines()
            .find(|l| l.contains(&format!("file={file},")))
            .unwrap_or_else(|| panic!("{file} in {text}"))
            .to_string()
    };
    let dutch = line(PROJECT);
    assert!(
        dutch.contains("decimale komma") && dutch.contains("schrijf de regel zo"),
        "{dutch}"
    );
    let french = line("content/pages/compost.md");
    assert!(
        french.contains("mettez le texte entre guillemets"),
        "{french}"
    );
}

//! `wijk diff` (Markdown, the pull-request comment) on real git repositories, read back with
//! pulldown-cmark as GitHub would render it.

use crate::diff_support;

use diff_support::{diff, head, Repo};
use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

/// U+202F and U+00A0, as the site's money format writes them.
const NNBSP: char = '\u{202f}';
const NBSP: char = '\u{a0}';

/// The comment between `since` and the working tree, in `lang`.
fn comment(repo: &Repo, since: &str, lang: &str) -> String {
    diff(repo, &["--lang", lang, "--since", since])
        .expect(0)
        .stdout()
}

/// What a reader sees: headings (level, text), tables (rows of cell texts), links, raw HTML.
#[derive(Debug, Default)]
struct Rendered {
    headings: Vec<(usize, String)>,
    tables: Vec<Vec<Vec<String>>>,
    links: Vec<String>,
    html: Vec<String>,
}

fn render(md: &str) -> Rendered {
    let mut r = Rendered::default();
    let mut text: Option<String> = None;
    for event in Parser::new_ext(md, Options::ENABLE_TABLES) {
        match event {
            Event::Start(Tag::Heading { .. }) | Event::Start(Tag::TableCell) => {
                text = Some(String::new())
            }
            Event::Start(Tag::Table(_)) => r.tables.push(Vec::new()),
            Event::Start(Tag::TableHead) | Event::Start(Tag::TableRow) => {
                r.tables.last_mut().unwrap().push(Vec::new())
            }
            Event::Start(Tag::Link { dest_url, .. }) => r.links.push(dest_url.to_string()),
            Event::Text(t) | Event::Code(t) => {
                if let Some(s) = text.as_mut() {
                    s.push_str(&t)
                }
            }
            Event::End(TagEnd::Heading(level)) => {
                r.headings.push((level as usize, text.take().unwrap()))
            }
            Event::End(TagEnd::TableCell) => {
                let cell = text.take().unwrap();
                r.tables.last_mut().unwrap().last_mut().unwrap().push(cell);
            }
            Event::Html(h) | Event::InlineHtml(h) => r.html.push(h.to_string()),
            _ => {}
        }
    }
    r
}

fn fr_money(whole: &str, cents: &str) -> String {
    format!(
        "{}{}{cents}{NBSP}€",
        whole.replace(' ', &NNBSP.to_string()),
        ','
    )
}

/// Alpha adds a project that brings its total to 14,200.00 of the 15,000.00 cap.
fn alpha_adds_a_project(repo: &Repo) {
    repo.write(
        "content/districts/alpha/projects/bancs.md",
        "---\ntitle: Des bancs\nedition: 2025\nsummary: \"Des bancs.\"\nbudget:\n  lines:\n    - {category: material, label: \"Bois\", amount: 11869.5}\nroadmap:\n  - {step: \"Plans\", due: 2025-09-01}\n  - {step: \"Pose\", due: 2025-10-01}\n---\nLes bancs.\n",
    );
}

#[test]
fn accepts_a_budget_change_as_a_district_heading_and_a_budget_table() {
    let repo = Repo::new();
    let since = head(&repo);
    alpha_adds_a_project(&repo);
    let md = comment(&repo, &since, "fr");
    let r = render(&md);
    assert_eq!(
        r.headings,
        [
            (
                2,
                "Ce que ce changement signifie pour le programme".to_string()
            ),
            (3, "Quartier Alpha · alpha".to_string()),
        ],
        "{md}"
    );
    let money = |w, c| fr_money(w, c);
    assert_eq!(
        r.tables,
        [vec![
            vec!["Projet", "Demandé", "Accordé", "Dépensé"]
                .into_iter()
                .map(String::from)
                .collect::<Vec<_>>(),
            vec![
                "Des bancs".to_string(),
                format!("{} → {}", money("0", "00"), money("11 869", "50")),
                "—".into(),
                "—".into()
            ],
            vec![
                "Total du quartier".to_string(),
                format!("{} → {}", money("2 330", "50"), money("14 200", "00")),
                money("0", "00"),
                money("0", "00")
            ],
        ]],
        "{md}"
    );
    let cap_line = format!(
        "Total demandé pour l'édition 2025 : {} sur {}.",
        money("14 200", "00"),
        money("15 000", "00")
    );
    assert!(md.contains(&cap_line), "{md}");
    assert!(md.contains("nouveau projet"), "{md}");
    assert!(md.contains("2 étapes dans sa feuille de route"), "{md}");
    assert!(r
        .links
        .contains(&"https://wijken.test/fr/districts/alpha/".to_string()));
    assert!(r
        .links
        .contains(&"https://wijken.test/fr/districts/alpha/bancs/".to_string()));
    assert!(r.html.is_empty(), "{:?}", r.html);
    assert!(
        !md.contains("amount:") && !md.lines().any(|l| l == "---"),
        "no raw YAML: {md}"
    );
}

/// The edition gets grant tracks and alpha's dossier the small one: the comment measures the
/// total against the track's cap, names the track, and says by how much it is over.
#[test]
fn accepts_a_dossier_of_a_track_measured_against_the_tracks_cap() {
    let repo = Repo::new();
    let since = head(&repo);
    repo.edit(
        "data/programme.yaml",
        "  - {year: 2025, submission_deadline: 2025-06-30}",
        "  - year: 2025\n    submission_deadline: 2025-06-30\n    tracks:\n      small: {fr: Petit projet, nl: Klein project, en: Small project, grant_max: 3500}\n      district: {fr: Quartier, nl: Wijk, en: District, grant_max: 15000}",
    );
    repo.edit(
        "content/districts/alpha/district.md",
        "  - edition: 2025\n",
        "  - edition: 2025\n    track: small\n",
    );
    alpha_adds_a_project(&repo);
    let md = comment(&repo, &since, "en");
    assert!(
        md.contains("Total requested for edition 2025, track `small`: €14,200.00 of €3,500.00."),
        "{md}"
    );
    assert!(md.contains("Over the cap by €10,700.00."), "{md}");
    let r = render(&md);
    assert!(r.html.is_empty(), "{:?}", r.html);
}

/// A licence given to the open data is a change of the programme, said in each language.
#[test]
fn accepts_a_new_open_data_licence_as_a_programme_change() {
    let repo = Repo::new();
    let since = head(&repo);
    repo.edit(
        "data/programme.yaml",
        "grant_max: ",
        "licence: {name: CC-BY-4.0, path: \"https://creativecommons.org/licenses/by/4.0/\"}\ngrant_max: ",
    );
    let md = comment(&repo, &since, "en");
    assert!(md.contains("Licence of the open data changed"), "{md}");
    let md = comment(&repo, &since, "fr");
    assert!(md.contains("Licence des données ouvertes modifiée"), "{md}");
}

#[test]
fn accepts_each_kind_of_change_as_its_line() {
    let repo = Repo::new();
    let since = head(&repo);
    repo.submit("alpha");
    repo.git(&[
        "mv",
        "content/districts/beta/projects/solar.md",
        "content/districts/beta/projects/zon.md",
    ]);
    let compost = "content/districts/gamma/projects/compost.md";
    repo.edit(
        compost,
        "due: 2025-09-01}",
        "due: 2025-09-01, done: 2025-08-30}\n  - {step: \"Fête du compost\", due: 2025-10-01}\nupdates:\n  - {date: 2025-08-30, text: \"Dix maîtres-composteurs formés.\"}",
    );
    repo.edit(
        "content/districts/gamma/district.md",
        "date: 2025-06-10",
        "date: 2025-06-12",
    );
    repo.edit(
        "content/experts/jan.md",
        "Coach van de wijken",
        "Coach van alle wijken",
    );
    repo.edit(
        "data/programme.yaml",
        "grant_max: 15000",
        "grant_max: 16000",
    );
    let md = comment(&repo, &since, "fr");
    for line in [
        "- Plafond de la subvention de l'édition 2025 : 15\u{202f}000,00\u{a0}€ → 16\u{202f}000,00\u{a0}€",
        "- Statut : en préparation → feuille de route déposée",
        "- Date de dépôt : — → 20 mai 2025",
        "nouvel identifiant `zon` (ancien : `solar`)",
        "  - Étape réalisée : Former les maîtres-composteurs (le 30 août 2025)",
        "  - Étape ajoutée : Fête du compost (échéance : 1er octobre 2025)",
        "  - Nouvelle mise à jour du 30 août 2025 : Dix maîtres-composteurs formés.",
        "- Date de la décision : 10 juin 2025 → 12 juin 2025",
        "[Jan Coach](https://wijken.test/fr/experts/jan/) — modification",
    ] {
        assert!(md.contains(line), "missing `{line}` in:\n{md}");
    }
    let headings: Vec<String> = render(&md).headings.into_iter().map(|h| h.1).collect();
    assert_eq!(
        headings,
        [
            "Ce que ce changement signifie pour le programme",
            "Fichiers de données (ils concernent tous les quartiers)",
            "Quartier Alpha · alpha",
            "Wijk Beta · beta",
            "Quartier Gamma · gamma",
            "Experts et coachs",
        ],
        "data files first, then districts by id, then experts:\n{md}"
    );
}

#[test]
fn accepts_a_breaking_change_as_its_errors_with_file_and_line() {
    let repo = Repo::new();
    let since = head(&repo);
    repo.edit(
        "content/districts/alpha/district.md",
        "status: preparation",
        "status: submitted",
    );
    repo.edit(
        "content/districts/alpha/projects/garden.md",
        "amount: 180.5}",
        "amount: 180.555}",
    );
    let md = comment(&repo, &since, "fr");
    assert!(md.contains("Il manque encore : la date de dépôt."), "{md}");
    let r = render(&md);
    assert!(
        r.headings
            .iter()
            .any(|h| h.1 == "2 problèmes introduits par ce changement"),
        "{:?}",
        r.headings
    );
    let first = md
        .find("`content/districts/alpha/district.md:9`")
        .expect(&md);
    let second = md
        .find("**erreur** `budget.amount` `content/districts/alpha/projects/garden.md:9`")
        .expect(&md);
    assert!(first < second, "sorted by file: {md}");
}

#[test]
fn accepts_a_comment_or_whitespace_change_as_one_line_in_each_language() {
    let repo = Repo::new();
    let since = head(&repo);
    repo.edit(
        "content/districts/beta/district.md",
        "steering_group: 5",
        "steering_group: 5   # five at the last meeting",
    );
    repo.edit(
        "content/districts/beta/projects/solar.md",
        "Het project.",
        "Het   project.\n\n",
    );
    for (lang, start) in [
        ("fr", "Rien n'a changé"),
        ("nl", "Niets veranderd"),
        ("en", "Nothing changed"),
    ] {
        let md = comment(&repo, &since, lang);
        assert_eq!(md.lines().count(), 1, "{md}");
        assert!(md.starts_with(start), "{lang}: {md}");
    }
}

#[test]
fn accepts_dutch_and_english_with_their_money_and_links() {
    let repo = Repo::new();
    let since = head(&repo);
    alpha_adds_a_project(&repo);
    let nl = comment(&repo, &since, "nl");
    assert!(
        nl.starts_with("## Wat deze wijziging betekent voor het programma"),
        "{nl}"
    );
    assert!(
        nl.contains("Totaal gevraagd voor editie 2025: €\u{a0}14.200,00 van €\u{a0}15.000,00."),
        "{nl}"
    );
    assert!(
        nl.contains("(https://wijken.test/nl/districts/alpha/)"),
        "{nl}"
    );
    let en = comment(&repo, &since, "en");
    assert!(
        en.contains("Total requested for edition 2025: €14,200.00 of €15,000.00."),
        "{en}"
    );
    assert!(
        en.contains("(https://wijken.test/en/districts/alpha/)"),
        "{en}"
    );
}

#[test]
fn accepts_hostile_titles_as_inert_text() {
    let repo = Repo::new();
    let since = head(&repo);
    repo.edit(
        "content/districts/alpha/projects/garden.md",
        "title: Potager et citerne",
        "title: \"<img src=x onerror=alert(1)> | **gras** [lien](javascript:alert(1))\"",
    );
    let md = comment(&repo, &since, "fr");
    let r = render(&md);
    assert!(r.html.is_empty(), "{:?}\n{md}", r.html);
    assert!(
        !r.links.iter().any(|l| l.starts_with("javascript")),
        "{:?}",
        r.links
    );
    assert!(md.contains("Modifié : titre"), "{md}");
}

#[test]
fn accepts_the_same_change_as_the_same_bytes() {
    let repo = Repo::new();
    let since = head(&repo);
    alpha_adds_a_project(&repo);
    repo.submit("beta");
    assert_eq!(comment(&repo, &since, "fr"), comment(&repo, &since, "fr"));
}

#[test]
fn accepts_a_thousand_districts_as_one_comment_under_the_limit_with_the_rest_counted() {
    let repo = Repo::new();
    let since = head(&repo);
    for i in 0..1000 {
        let dir = repo.root.join(format!("content/districts/d{i:04}"));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(
            dir.join("district.md"),
            format!("---\nname: Quartier numéro {i}\ncommune: forest\nthemes: [food]\ndossiers:\n  - edition: 2025\n    status: preparation\n---\nUn quartier.\n"),
        )
        .unwrap();
    }
    let md = comment(&repo, &since, "fr");
    assert!(
        md.chars().count() < 65_000,
        "{} characters",
        md.chars().count()
    );
    let shown = render(&md).headings.iter().filter(|h| h.0 == 3).count();
    assert!(shown > 50 && shown < 1000, "{shown}");
    let last = md.trim_end().lines().last().unwrap();
    let expected = format!("… et {} autres changements non affichés", 1000 - shown);
    assert!(last.starts_with(&expected), "{last}");
}

#[test]
fn accepts_a_call_without_start_fund_as_no_start_fund_not_zero() {
    let repo = Repo::new();
    let since = head(&repo);
    repo.edit("data/programme.yaml", "start_fund_max: 400\n", "");
    repo.edit(
        "data/programme.yaml",
        "  - {year: 2025, submission_deadline: 2025-06-30}",
        "  - {year: 2025, submission_deadline: 2025-06-30}\n  - {year: 2026, submission_deadline: 2026-06-30}",
    );
    for (lang, lines) in [
        (
            "fr",
            [
                "- Plafond du fonds de démarrage de l'édition 2025 : 400,00\u{a0}€ → sans fonds de démarrage",
                "- Nouvelle édition 2026 : dépôt jusqu'au 30 juin 2026, sans fonds de démarrage, subvention jusqu'à",
            ],
        ),
        (
            "nl",
            [
                "2025: €\u{a0}400,00 → zonder startfonds",
                "- Nieuwe editie 2026: indienen tot 30 juni 2026, zonder startfonds, subsidie tot",
            ],
        ),
        (
            "en",
            [
                "2025: €400.00 → no start fund",
                "- New edition 2026: submission until 30 June 2026, no start fund, grant up to",
            ],
        ),
    ] {
        let md = comment(&repo, &since, lang);
        for line in lines {
            assert!(md.contains(line), "missing `{line}` in:\n{md}");
        }
        assert!(!md.contains("0,00\u{a0}€,") && !md.contains("€0"), "{md}");
    }
}

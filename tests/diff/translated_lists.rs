//! A translation of a project's lists in a pull request: `wijk diff` names the list and the
//! language, and no budget or roadmap change; `wijk notify` sends no resubmission for it.

use crate::diff_support;

use diff_support::{diff, head, Repo};

const GARDEN_NL: &str = "content/districts/alpha/projects/garden.nl.md";

fn translate_garden(repo: &Repo, steps: [&str; 2]) {
    repo.write(
        GARDEN_NL,
        &format!(
            "---\ntitle: Moestuin\nroadmap:\n  - {{step: \"{}\"}}\n  - {{step: \"{}\"}}\nbudget:\n  lines:\n    - {{label: Bakken}}\n    - {{label: Affiches}}\n---\nDe moestuin.\n",
            steps[0], steps[1]
        ),
    );
}

#[test]
fn names_a_changed_translated_roadmap_with_its_language() {
    let repo = Repo::new();
    translate_garden(&repo, ["Akkoord van de gemeente", "Planten"]);
    repo.commit("the garden in Dutch");
    let since = head(&repo);
    translate_garden(&repo, ["Akkoord van de gemeente", "Aanplanten"]);
    let md = diff(&repo, &["--lang", "fr", "--since", &since])
        .expect(0)
        .stdout();
    assert!(
        md.contains("Traduction modifiée : feuille de route (nl)"),
        "{md}"
    );
    assert!(!md.contains("lignes budgétaires (nl)"), "{md}");
    assert!(
        !md.contains("Étape ajoutée") && !md.contains("Étape retirée"),
        "{md}"
    );
    let md = diff(&repo, &["--lang", "nl", "--since", &since])
        .expect(0)
        .stdout();
    assert!(md.contains("Vertaling gewijzigd: stappenplan (nl)"), "{md}");
}

#[test]
fn sends_no_resubmission_for_a_translated_roadmap() {
    let repo = Repo::new();
    repo.submit("alpha");
    repo.commit("alpha submits its roadmap");
    let since = head(&repo);
    translate_garden(&repo, ["Akkoord van de gemeente", "Planten"]);
    repo.commit("the garden in Dutch");
    let out = repo.scratch("outbox");
    repo.notify(&["--since", &since, "--outbox", out.to_str().unwrap()], &[])
        .expect(0);
    let sent = std::fs::read_dir(&out).map_or(0, |d| d.count());
    assert_eq!(sent, 0, "a translation is no new roadmap to review");
    // A changed step of the original still is.
    repo.edit(
        "content/districts/alpha/projects/garden.md",
        "\"Plantation\"",
        "\"Plantation d'automne\"",
    );
    let out = repo.scratch("outbox2");
    repo.notify(&["--since", &since, "--outbox", out.to_str().unwrap()], &[])
        .expect(0);
    assert!(std::fs::read_dir(&out).map_or(0, |d| d.count()) > 0);
}

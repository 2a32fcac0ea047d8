//! `wijk diff --format json` on real git repositories: each kind of change gives its fact.

use crate::diff_support;

use diff_support::{diff, head as base, Repo};
use serde_json::Value;

/// The JSON facts between `since` and the working tree.
fn facts(repo: &Repo, since: &str) -> Value {
    let run = diff(repo, &["--since", since, "--format", "json"]).expect(0);
    serde_json::from_str(&run.stdout()).unwrap()
}

/// The district `id` in the facts.
fn district<'a>(f: &'a Value, id: &str) -> &'a Value {
    f["districts"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["id"] == id)
        .unwrap_or_else(|| panic!("no district {id} in {f:#}"))
}

fn project<'a>(f: &'a Value, d: &str, id: &str) -> &'a Value {
    district(f, d)["dossiers"][0]["projects"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["id"] == id)
        .unwrap_or_else(|| panic!("no project {id} in {f:#}"))
}

#[test]
fn accepts_a_submission_as_a_status_transition_with_nothing_lacking() {
    let repo = Repo::new();
    let since = base(&repo);
    repo.submit("alpha");
    let f = facts(&repo, &since);
    assert_eq!(f["changed"], true);
    let dossier = &district(&f, "alpha")["dossiers"][0];
    assert_eq!(dossier["edition"], 2025);
    assert_eq!(dossier["status"]["before"], "preparation");
    assert_eq!(dossier["status"]["after"], "submitted");
    assert_eq!(dossier["status"]["lacks"], serde_json::json!([]));
    assert_eq!(dossier["dates"][0]["date"], "submitted");
    assert_eq!(dossier["dates"][0]["before"], Value::Null);
    assert_eq!(dossier["dates"][0]["after"], "2025-05-20");
    assert_eq!(f["districts"].as_array().unwrap().len(), 1, "{f:#}");
}

#[test]
fn accepts_a_status_that_lacks_something_as_lacking_it_with_the_new_error() {
    let repo = Repo::new();
    let since = base(&repo);
    repo.edit(
        "content/districts/alpha/district.md",
        "status: preparation",
        "status: submitted",
    );
    repo.edit("content/districts/alpha/district.md", "coach: claire\n", "");
    let f = facts(&repo, &since);
    let status = &district(&f, "alpha")["dossiers"][0]["status"];
    assert_eq!(
        status["lacks"],
        serde_json::json!(["submitted-date", "coach"])
    );
    let introduced = f["diagnostics"]["introduced"].as_array().unwrap();
    assert!(introduced.len() >= 2, "{introduced:#?}");
    for d in introduced {
        assert_eq!(d["severity"], "error");
        assert_eq!(d["code"], "phase.requirement");
        assert_eq!(d["file"], "content/districts/alpha/district.md");
        assert_eq!(d["line"], 8, "the status line: {d}");
    }
}

#[test]
fn accepts_a_renamed_project_as_a_rename_not_a_removal() {
    let repo = Repo::new();
    let since = base(&repo);
    repo.git(&[
        "mv",
        "content/districts/alpha/projects/garden.md",
        "content/districts/alpha/projects/potager.md",
    ]);
    let f = facts(&repo, &since);
    let projects = district(&f, "alpha")["dossiers"][0]["projects"]
        .as_array()
        .unwrap();
    assert_eq!(projects.len(), 1, "{projects:#?}");
    assert_eq!(projects[0]["id"], "potager");
    assert_eq!(projects[0]["change"], "renamed");
    assert_eq!(projects[0]["renamed_from"], "garden");
    assert_eq!(projects[0]["budget"], Value::Null, "same budget");
    assert_eq!(district(&f, "alpha")["dossiers"][0]["budget"], Value::Null);
}

#[test]
fn accepts_projects_added_and_removed_with_the_district_total_against_the_cap() {
    let repo = Repo::new();
    let since = base(&repo);
    std::fs::remove_file(repo.root.join("content/districts/beta/projects/solar.md")).unwrap();
    repo.write(
        "content/districts/alpha/projects/bancs.md",
        "---\ntitle: Des bancs\nedition: 2025\nsummary: \"Des bancs.\"\nbudget:\n  lines:\n    - {category: material, label: \"Bois\", amount: 11869.5}\nroadmap:\n  - {step: \"Plans\", due: 2025-09-01}\n---\nLes bancs.\n",
    );
    let f = facts(&repo, &since);
    let added = project(&f, "alpha", "bancs");
    assert_eq!(added["change"], "added");
    assert_eq!(added["title"]["fr"], "Des bancs");
    assert_eq!(added["budget"]["requested"]["before"], 0.0);
    assert_eq!(added["budget"]["requested"]["after"], 11869.5);
    let totals = &district(&f, "alpha")["dossiers"][0]["budget"];
    assert_eq!(totals["requested"]["before"], 2330.5);
    assert_eq!(totals["requested"]["after"], 14200.0);
    assert_eq!(totals["cap"], 15000.0);
    let removed = project(&f, "beta", "solar");
    assert_eq!(removed["change"], "removed");
    assert_eq!(removed["budget"]["requested"]["before"], 9000.0);
    assert_eq!(removed["budget"]["requested"]["after"], 0.0);
}

#[test]
fn accepts_budget_roadmap_and_updates_of_a_project() {
    let repo = Repo::new();
    let since = base(&repo);
    let compost = "content/districts/gamma/projects/compost.md";
    repo.edit(compost, "granted: 1200", "granted: 1200\n  spent: 830.25");
    repo.edit(
        compost,
        "due: 2025-09-01}",
        "due: 2025-09-01, done: 2025-08-30}\n  - {step: \"Fête du compost\", due: 2025-10-01}\nupdates:\n  - {date: 2025-08-30, text: \"Dix maîtres-composteurs formés.\"}",
    );
    let f = facts(&repo, &since);
    let p = project(&f, "gamma", "compost");
    assert_eq!(p["change"], "changed");
    assert_eq!(p["budget"]["spent"]["before"], Value::Null);
    assert_eq!(p["budget"]["spent"]["after"], 830.25);
    assert_eq!(p["budget"]["lines_changed"], false);
    assert_eq!(p["steps_done"][0]["step"], "Former les maîtres-composteurs");
    assert_eq!(p["steps_done"][0]["done"], "2025-08-30");
    assert_eq!(p["steps_added"][0]["step"], "Fête du compost");
    assert_eq!(
        p["updates_added"][0]["text"],
        "Dix maîtres-composteurs formés."
    );
    let totals = &district(&f, "gamma")["dossiers"][0]["budget"];
    assert_eq!(totals["spent"]["after"], 830.25);
    assert_eq!(totals["granted"]["before"], 1200.0);
}

#[test]
fn accepts_dossier_dates_set_and_changed() {
    let repo = Repo::new();
    let since = base(&repo);
    let gamma = "content/districts/gamma/district.md";
    repo.edit(gamma, "date: 2025-06-10", "date: 2025-06-12");
    repo.edit(gamma, "status: realisation", "status: evaluated");
    repo.edit(
        gamma,
        "outcome: selected}",
        "outcome: selected}\n    evaluation: {date: 2025-12-01, summary: \"Réussi.\"}",
    );
    let f = facts(&repo, &since);
    let d = &district(&f, "gamma")["dossiers"][0];
    assert_eq!(d["status"]["before"], "realisation");
    assert_eq!(d["status"]["after"], "evaluated");
    let dates: Vec<(&str, &Value, &Value)> = d["dates"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| (x["date"].as_str().unwrap(), &x["before"], &x["after"]))
        .collect();
    assert_eq!(
        dates,
        [
            ("decision", &"2025-06-10".into(), &"2025-06-12".into()),
            ("evaluation", &Value::Null, &"2025-12-01".into()),
        ]
    );
}

#[test]
fn accepts_experts_pages_and_data_changes() {
    let repo = Repo::new();
    let since = base(&repo);
    repo.edit(
        "content/experts/jan.md",
        "Coach van de wijken",
        "Coach van alle wijken",
    );
    std::fs::create_dir_all(repo.root.join("content/pages")).unwrap();
    repo.write(
        "content/pages/over.md",
        "---\ntitle: Over ons\nlang: nl\n---\nDe tekst.\n",
    );
    repo.edit(
        "data/programme.yaml",
        "grant_max: 15000",
        "grant_max: 16000",
    );
    repo.edit(
        "data/programme.yaml",
        "expense_categories:\n",
        "expense_categories:\n  rental: {fr: Location, nl: Huur, en: Rental}\n",
    );
    let f = facts(&repo, &since);
    assert_eq!(
        f["experts"],
        serde_json::json!([{"id": "jan", "title": {"nl": "Jan Coach"}, "change": "changed", "renamed_from": null}])
    );
    assert_eq!(f["pages"][0]["id"], "over");
    assert_eq!(f["pages"][0]["change"], "added");
    assert_eq!(
        f["data"],
        serde_json::json!([
            {"kind": "cap-changed", "edition": 2025, "cap": "grant", "before": 15000.0, "after": 16000.0},
            {"kind": "entry", "list": "categories", "id": "rental", "change": "added"},
        ])
    );
    // The cap changed for every district with a budget: each shows its total against the new cap.
    assert_eq!(
        district(&f, "alpha")["dossiers"][0]["budget"]["cap"],
        16000.0
    );
}

#[test]
fn accepts_a_comment_and_whitespace_change_as_nothing_changed() {
    let repo = Repo::new();
    let since = base(&repo);
    repo.edit(
        "content/districts/alpha/district.md",
        "steering_group: 6",
        "steering_group: 6    # counted at the May meeting",
    );
    repo.edit(
        "content/districts/alpha/district.md",
        "autour d'un terrain vague.",
        "autour d'un\nterrain   vague.\n\n",
    );
    repo.edit(
        "data/programme.yaml",
        "grant_max: 15000",
        "# caps\ngrant_max:   15000",
    );
    repo.commit("comments");
    let f = facts(&repo, &since);
    assert_eq!(f["changed"], false, "{f:#}");
    assert_eq!(f["districts"], serde_json::json!([]));
}

#[test]
fn accepts_a_breaking_change_as_new_errors_and_its_repair_as_fixed() {
    let repo = Repo::new();
    let since = base(&repo);
    repo.edit(
        "content/districts/alpha/projects/garden.md",
        "amount: 180.5}",
        "amount: 180.555}",
    );
    let broken = repo.commit("three decimals");
    let f = facts(&repo, &since);
    let introduced = f["diagnostics"]["introduced"].as_array().unwrap();
    assert_eq!(introduced[0]["code"], "budget.amount", "{introduced:#?}");
    assert_eq!(
        introduced[0]["file"],
        "content/districts/alpha/projects/garden.md"
    );
    assert_eq!(introduced[0]["line"], 9);
    assert_eq!(f["diagnostics"]["fixed"], serde_json::json!([]));
    repo.edit(
        "content/districts/alpha/projects/garden.md",
        "amount: 180.555}",
        "amount: 180.5}",
    );
    let f = facts(&repo, &broken);
    assert_eq!(f["diagnostics"]["fixed"][0]["code"], "budget.amount");
    assert_eq!(f["diagnostics"]["introduced"], serde_json::json!([]));
}

#[test]
fn accepts_a_revision_whose_programme_does_not_load_as_reported() {
    let repo = Repo::new();
    let since = base(&repo);
    repo.edit(
        "data/programme.yaml",
        "grant_max: 15000",
        "grant_max: [15000",
    );
    let broken = repo.commit("broken programme");
    let f = facts(&repo, &since);
    assert_eq!(f["after_readable"], false);
    assert_eq!(f["changed"], true);
    let introduced = &f["diagnostics"]["introduced"][0];
    assert_eq!(introduced["severity"], "error");
    assert_eq!(introduced["file"], "data/programme.yaml");
    assert_eq!(introduced["line"], 6);
    repo.edit(
        "data/programme.yaml",
        "grant_max: [15000",
        "grant_max: 15000",
    );
    repo.submit("beta");
    let f = facts(&repo, &broken);
    assert_eq!(f["before_readable"], false);
    assert_eq!(f["diagnostics"]["fixed"][0]["file"], "data/programme.yaml");
    assert_eq!(district(&f, "beta")["change"], "added");
}

#[test]
fn accepts_a_project_that_no_longer_loads_as_unreadable_not_removed() {
    let repo = Repo::new();
    let since = base(&repo);
    repo.edit(
        "content/districts/alpha/projects/garden.md",
        "edition: 2025",
        "edition: 2025\nbudjet: 3",
    );
    let f = facts(&repo, &since);
    assert_eq!(project(&f, "alpha", "garden")["change"], "unreadable");
    assert_eq!(
        f["diagnostics"]["introduced"][0]["code"],
        "schema.unknown-field"
    );
}

#[test]
fn rejects_an_unknown_revision_with_one_line() {
    let repo = Repo::new();
    let run = diff(&repo, &["--since", "no-such-branch"]).expect(2);
    assert_eq!(run.stdout(), "");
    assert_eq!(run.stderr().lines().count(), 1, "{}", run.stderr());
    assert!(run.stderr().contains("no-such-branch"), "{}", run.stderr());
    diff(&repo, &["--since", "HEAD", "--until", "--bad"]).expect(2);
}

#[test]
fn accepts_until_a_revision_and_gives_the_same_bytes_each_time() {
    let repo = Repo::new();
    let since = base(&repo);
    repo.submit("alpha");
    repo.edit(
        "content/experts/jan.md",
        "Coach van de wijken",
        "Coach van alle wijken",
    );
    let until = repo.commit("change");
    repo.edit("content/experts/claire.md", "Coach des", "Coache des");
    let args = ["--since", &since, "--until", &until, "--format", "json"];
    let a = diff(&repo, &args).expect(0).stdout();
    let b = diff(&repo, &args).expect(0).stdout();
    assert_eq!(a, b);
    let f: Value = serde_json::from_str(&a).unwrap();
    assert_eq!(f["until"], until.as_str());
    assert_eq!(
        f["experts"].as_array().unwrap().len(),
        1,
        "claire's edit is after --until"
    );
}

#[test]
fn accepts_a_second_commune_and_a_closing_as_changed_fields() {
    let repo = Repo::new();
    let since = base(&repo);
    repo.edit(
        "content/districts/alpha/district.md",
        "commune: forest\n",
        "communes: [forest, jette]\nclosed: {date: 2025-12-31}\naliases: [alpha-old]\n",
    );
    let f = facts(&repo, &since);
    assert_eq!(
        district(&f, "alpha")["fields"],
        serde_json::json!(["commune", "closed", "aliases"]),
        "{f:#}"
    );
}

//! `check` and `wijk diff` say the same thing about what a status requires: a table of dossiers,
//! each run through both, and the requirements `check` reports as `phase.requirement` errors must
//! be exactly those the diff says the new status still lacks.

mod fixture_site;

use fixture_site::Site;
use std::collections::BTreeSet;
use wijk::diag::Severity;
use wijk::diff::{compare, requirement_name, Side};
use wijk::i18n::Lang;

const DISTRICT: &str = "content/districts/wiels/district.md";
const PROJECT: &str = "content/districts/wiels/projects/potager.md";
const PROGRAMME: &str = "data/programme.yaml";
/// The base project's `budget` block.
const BUDGET: &str = "budget:\n  lines:\n    - {category: material, label: \"Bacs et terreau\", amount: 2150}\n    - {category: communication, label: \"Affiches\", amount: 180.5}\n  requested: 2330.5\n  granted: 2000\n  spent: 1890.25\n";

/// The site at `s`, as `diff` reads one side.
fn side(s: &Site) -> Side {
    let corpus = wijk::load::load(s.root()).unwrap();
    let v = wijk::validate::validate(&corpus);
    Side {
        commit: None,
        site: v.site,
        diagnostics: v.diagnostics,
    }
}

/// An edit of the base fixture: file, text replaced, replacement.
type Edit<'a> = (&'a str, &'a str, &'a str);

/// The requirement a `phase.requirement` message of `check` is about.
fn requirement_of(message_id: &str) -> &'static str {
    match message_id {
        "phase-needs-submitted" => "submitted-date",
        "phase-needs-intention" => "intention-date",
        "phase-needs-place" => "place-description",
        "phase-needs-steering-group" => "steering-group",
        "phase-needs-coach" => "coach",
        "phase-needs-project"
        | "phase-needs-budgeted-project"
        | "phase-needs-budget-lines"
        | "phase-needs-roadmap" => "projects-with-budget-and-roadmap",
        "phase-needs-decision" | "phase-needs-outcome" => "decision",
        "phase-needs-granted" => "projects-granted",
        "phase-needs-evaluation" => "evaluation",
        other => panic!("a phase.requirement message this table does not know: {other}"),
    }
}

/// What `check` says the dossier lacks, and what `diff` says, once the base dossier (moved back
/// to `preparation` on the before side) is edited by `edits`.
fn both(edits: &[Edit]) -> (BTreeSet<String>, BTreeSet<String>) {
    let before = Site::base();
    before.edit(DISTRICT, "status: realisation", "status: preparation");
    let after = Site::base();
    for (file, from, to) in edits {
        after.edit(file, from, to);
    }
    let (before, after) = (side(&before), side(&after));
    let checked: BTreeSet<String> = after
        .diagnostics
        .iter()
        .filter(|d| d.rule.code() == "phase.requirement" && d.severity == Severity::Error)
        .map(|d| requirement_of(d.message.id()).to_string())
        .collect();
    let changes = compare(&before, &after, Lang::En);
    let district = changes
        .districts
        .iter()
        .find(|d| d.id == "wiels")
        .expect("the district changed");
    let status = district.dossiers[0]
        .status
        .as_ref()
        .expect("the status changed");
    let lacking = status
        .lacks
        .iter()
        .map(|r| requirement_name(*r).to_string())
        .collect();
    (checked, lacking)
}

#[test]
fn check_and_diff_agree_on_what_each_status_lacks() {
    let table: &[(&str, &[Edit], &[&str])] = &[
        ("the base dossier", &[], &[]),
        (
            "evaluated, no evaluation",
            &[(DISTRICT, "status: realisation", "status: evaluated")],
            &["evaluation"],
        ),
        (
            "evaluated, an evaluation whose date is not a date",
            &[
                (DISTRICT, "status: realisation", "status: evaluated"),
                (
                    DISTRICT,
                    "outcome: selected}\n",
                    "outcome: selected}\n    evaluation: {date: 2025-13-01}\n",
                ),
            ],
            &["evaluation"],
        ),
        (
            "a decision whose outcome is not one",
            &[(DISTRICT, "outcome: selected", "outcome: maybe")],
            &["decision"],
        ),
        (
            "a submission date that is not a date",
            &[(DISTRICT, "submitted: 2024-05-28", "submitted: 2024-05-32")],
            &["submitted-date"],
        ),
        (
            "no coach, a steering group of 4",
            &[
                (DISTRICT, "coach: marie-dupont\n", ""),
                (DISTRICT, "steering_group: 6", "steering_group: 4"),
            ],
            &["coach", "steering-group"],
        ),
        (
            "the only project asks for no money",
            &[(PROJECT, BUDGET, "")],
            &["projects-with-budget-and-roadmap"],
        ),
        (
            "no granted amount",
            &[(PROJECT, "  granted: 2000\n  spent: 1890.25\n", "")],
            &["projects-granted"],
        ),
        (
            "an intention note asked for and missing",
            &[(
                PROGRAMME,
                "{year: 2024, submission_deadline",
                "{year: 2024, intention_deadline: 2024-04-01, submission_deadline",
            )],
            &["intention-date"],
        ),
    ];
    for (case, edits, expected) in table {
        let (checked, lacking) = both(edits);
        assert_eq!(checked, lacking, "{case}: check and diff disagree");
        let expected: BTreeSet<String> = expected.iter().map(|s| s.to_string()).collect();
        assert_eq!(lacking, expected, "{case}");
    }
}

#[test]
fn diff_lists_an_intention_date_that_changed() {
    let before = Site::base();
    before.edit(
        PROGRAMME,
        "{year: 2024, submission_deadline",
        "{year: 2024, intention_deadline: 2024-04-01, submission_deadline",
    );
    before.edit(
        DISTRICT,
        "    submitted: 2024-05-28",
        "    intention: 2024-03-02\n    submitted: 2024-05-28",
    );
    let after = Site::base();
    after.edit(
        PROGRAMME,
        "{year: 2024, submission_deadline",
        "{year: 2024, intention_deadline: 2024-04-01, submission_deadline",
    );
    after.edit(
        DISTRICT,
        "    submitted: 2024-05-28",
        "    intention: 2024-03-30\n    submitted: 2024-05-28",
    );
    let changes = compare(&side(&before), &side(&after), Lang::En);
    let dossier = &changes.districts[0].dossiers[0];
    let dates: Vec<_> = dossier
        .dates
        .iter()
        .map(|d| (d.date, d.before, d.after))
        .collect();
    assert_eq!(
        dates,
        [(
            "intention",
            wijk::model::Date::parse("2024-03-02"),
            wijk::model::Date::parse("2024-03-30")
        )]
    );
}

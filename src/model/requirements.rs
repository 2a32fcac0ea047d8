//! What a dossier's status still lacks, read off the validated model: the one predicate that
//! `check` (as `phase.requirement` diagnostics), `wijk diff` ("what the status still lacks") and
//! the pages share.

use super::{District, Dossier, Edition, Id, Outcome, Requirement, MIN_STEERING_GROUP};

/// One requirement of a dossier's status that the content does not meet, with what it is about.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Gap {
    /// No `submitted` date.
    SubmittedDate,
    /// No `intention` date, in an edition that asks for an intention note.
    IntentionDate,
    /// The district's place description is empty.
    PlaceDescription,
    /// The residents' steering group has fewer than [`MIN_STEERING_GROUP`] members.
    SteeringGroup { found: u32 },
    /// No coach.
    Coach,
    /// No project in the edition.
    NoProject,
    /// Every project of the edition asks for no money: none has budget lines.
    NoProjectWithBudget,
    /// A project with a budget that has no lines.
    BudgetLines { project: Id },
    /// A project without a roadmap.
    Roadmap { project: Id },
    /// No (valid) decision.
    Decision,
    /// A decision whose outcome is not the one the status needs.
    Outcome { wanted: Outcome, found: Outcome },
    /// A project that asks for money and has no `granted`.
    Granted { project: Id },
    /// No (valid) evaluation.
    Evaluation,
}

impl Gap {
    /// The requirement of the status this gap leaves unmet.
    pub fn requirement(&self) -> Requirement {
        match self {
            Gap::SubmittedDate => Requirement::SubmittedDate,
            Gap::IntentionDate => Requirement::IntentionDate,
            Gap::PlaceDescription => Requirement::PlaceDescription,
            Gap::SteeringGroup { .. } => Requirement::SteeringGroup,
            Gap::Coach => Requirement::Coach,
            Gap::NoProject
            | Gap::NoProjectWithBudget
            | Gap::BudgetLines { .. }
            | Gap::Roadmap { .. } => Requirement::ProjectsWithBudgetAndRoadmap,
            Gap::Decision | Gap::Outcome { .. } => Requirement::Decision,
            Gap::Granted { .. } => Requirement::ProjectsGranted,
            Gap::Evaluation => Requirement::Evaluation,
        }
    }
}

/// Every gap between `dossier`'s status and what `district` (and its projects of that edition)
/// holds, in the order of the status's requirements. `edition` is the dossier's edition, when it
/// exists: it says whether an intention note is asked for.
pub fn gaps(district: &District, dossier: &Dossier, edition: Option<&Edition>) -> Vec<Gap> {
    let mut out = Vec::new();
    for r in dossier.status.requirements() {
        match r {
            Requirement::SubmittedDate if dossier.submitted.is_none() => {
                out.push(Gap::SubmittedDate)
            }
            Requirement::IntentionDate
                if edition.is_some_and(|e| e.intention_deadline.is_some())
                    && dossier.intention.is_none() =>
            {
                out.push(Gap::IntentionDate)
            }
            Requirement::PlaceDescription if district.text.original.body.trim().is_empty() => {
                out.push(Gap::PlaceDescription)
            }
            Requirement::SteeringGroup => {
                let found = district.steering_group.unwrap_or(0);
                if found < MIN_STEERING_GROUP {
                    out.push(Gap::SteeringGroup { found });
                }
            }
            Requirement::Coach if district.coach.is_none() => out.push(Gap::Coach),
            Requirement::ProjectsWithBudgetAndRoadmap => project_gaps(district, dossier, &mut out),
            Requirement::Decision => out.extend(decision_gap(dossier)),
            Requirement::ProjectsGranted => out.extend(
                district
                    .projects_of(dossier.edition)
                    .filter(|p| !p.budget.asks_nothing() && p.budget.granted.is_none())
                    .map(|p| Gap::Granted {
                        project: p.id.clone(),
                    }),
            ),
            Requirement::Evaluation if dossier.evaluation.is_none() => out.push(Gap::Evaluation),
            _ => {}
        }
    }
    out
}

/// At least one project; not all of them without a budget; every project that has a budget has
/// lines, and every project has a roadmap.
fn project_gaps(district: &District, dossier: &Dossier, out: &mut Vec<Gap>) {
    let projects: Vec<_> = district.projects_of(dossier.edition).collect();
    if projects.is_empty() {
        out.push(Gap::NoProject);
        return;
    }
    if projects.iter().all(|p| p.budget.asks_nothing()) {
        out.push(Gap::NoProjectWithBudget);
    }
    for p in projects {
        if !p.budget.asks_nothing() && p.budget.lines.is_empty() {
            out.push(Gap::BudgetLines {
                project: p.id.clone(),
            });
        }
        if p.roadmap.is_empty() {
            out.push(Gap::Roadmap {
                project: p.id.clone(),
            });
        }
    }
}

fn decision_gap(dossier: &Dossier) -> Option<Gap> {
    let Some(d) = &dossier.decision else {
        return Some(Gap::Decision);
    };
    let wanted = dossier.status.required_outcome()?;
    (d.outcome != wanted).then_some(Gap::Outcome {
        wanted,
        found: d.outcome,
    })
}

/// Whether a dossier marked `preparation` carries the dates of a later phase (`submitted`,
/// `decision` or `evaluation`): the status and the dates disagree.
pub fn dates_ahead_of_status(dossier: &Dossier) -> bool {
    dossier.status == super::Status::Preparation
        && (dossier.submitted.is_some()
            || dossier.decision.is_some()
            || dossier.evaluation.is_some())
}

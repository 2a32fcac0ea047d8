//! What a dossier's status still lacks, read off the validated model (the requirements of
//! `model::Status`; `validate` reports the same gaps as `phase.requirement` diagnostics).

use crate::model::{District, Dossier, Requirement, MIN_STEERING_GROUP};

/// The requirements of `dossier.status` that `district` does not meet.
pub(crate) fn lacks(district: &District, dossier: &Dossier) -> Vec<Requirement> {
    dossier
        .status
        .requirements()
        .iter()
        .copied()
        .filter(|r| !is_met(*r, district, dossier))
        .collect()
}

fn is_met(r: Requirement, district: &District, dossier: &Dossier) -> bool {
    let year = dossier.edition;
    match r {
        Requirement::SubmittedDate => dossier.submitted.is_some(),
        Requirement::PlaceDescription => !district.text.original.body.trim().is_empty(),
        Requirement::SteeringGroup => district.steering_group.unwrap_or(0) >= MIN_STEERING_GROUP,
        Requirement::Coach => district.coach.is_some(),
        Requirement::ProjectsWithBudgetAndRoadmap => {
            let mut projects = district.projects_of(year).peekable();
            projects.peek().is_some()
                && projects.all(|p| !p.budget.lines.is_empty() && !p.roadmap.is_empty())
        }
        Requirement::Decision => match (&dossier.decision, dossier.status.required_outcome()) {
            (Some(d), Some(want)) => d.outcome == want,
            (Some(_), None) => true,
            (None, _) => false,
        },
        Requirement::ProjectsGranted => district
            .projects_of(year)
            .all(|p| p.budget.granted.is_some()),
        Requirement::Evaluation => dossier.evaluation.is_some(),
    }
}

//! Phases of a dossier: the status enum and the one place that says what each status requires.

use std::fmt;

/// A dossier's status (`SPEC.md`, "Phases").
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Status {
    Preparation,
    Submitted,
    Selected,
    NotSelected,
    Realisation,
    Evaluated,
}

/// Something a status requires of a dossier, its district or its projects.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Requirement {
    /// A `submitted` date (no later than the edition's deadline).
    SubmittedDate,
    /// An `intention` date, where the edition has an `intention_deadline`.
    IntentionDate,
    /// The district's place description (the body of district.md).
    PlaceDescription,
    /// A residents' steering group of at least 5.
    SteeringGroup,
    /// A coach.
    Coach,
    /// At least one project of the edition with budget lines; each with a roadmap, and with lines
    /// when it has a budget (a project without one asks for no money).
    ProjectsWithBudgetAndRoadmap,
    /// A `decision` whose outcome matches the status.
    Decision,
    /// Every project of the edition that asks for money has `granted`.
    ProjectsGranted,
    /// An `evaluation`.
    Evaluation,
}

/// Minimum members of a residents' steering group to submit.
pub const MIN_STEERING_GROUP: u32 = 5;

impl Status {
    /// All statuses, in order.
    pub const ALL: [Status; 6] = [
        Status::Preparation,
        Status::Submitted,
        Status::Selected,
        Status::NotSelected,
        Status::Realisation,
        Status::Evaluated,
    ];

    /// Parses a status as written in `district.md`.
    pub fn parse(s: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|st| st.as_str() == s)
    }

    /// The status as written in files and URLs.
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Preparation => "preparation",
            Status::Submitted => "submitted",
            Status::Selected => "selected",
            Status::NotSelected => "not-selected",
            Status::Realisation => "realisation",
            Status::Evaluated => "evaluated",
        }
    }

    /// The key phase (1, 2 or 3).
    pub fn phase(self) -> u8 {
        match self {
            Status::Preparation => 1,
            Status::Submitted | Status::Selected | Status::NotSelected => 2,
            Status::Realisation | Status::Evaluated => 3,
        }
    }

    /// The decision outcome this status needs, if any.
    pub fn required_outcome(self) -> Option<Outcome> {
        match self {
            Status::Preparation | Status::Submitted => None,
            Status::NotSelected => Some(Outcome::NotSelected),
            Status::Selected | Status::Realisation | Status::Evaluated => Some(Outcome::Selected),
        }
    }

    /// Everything this status requires, including what earlier statuses require.
    pub fn requirements(self) -> &'static [Requirement] {
        use Requirement::*;
        // Each status requires a prefix of this list: what the statuses before it require, and more.
        const IN_ORDER: &[Requirement] = &[
            SubmittedDate,
            IntentionDate,
            PlaceDescription,
            SteeringGroup,
            Coach,
            ProjectsWithBudgetAndRoadmap,
            Decision,
            ProjectsGranted,
            Evaluation,
        ];
        let n = match self {
            Status::Preparation => 0,
            Status::Submitted => 6,
            Status::NotSelected => 7,
            Status::Selected | Status::Realisation => 8,
            Status::Evaluated => 9,
        };
        &IN_ORDER[..n]
    }
}

impl fmt::Display for Status {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for Status {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

/// The steering committee's decision.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Outcome {
    Selected,
    NotSelected,
}

impl Outcome {
    /// Parses `selected` / `not-selected`.
    pub fn parse(s: &str) -> Option<Outcome> {
        match s {
            "selected" => Some(Outcome::Selected),
            "not-selected" => Some(Outcome::NotSelected),
            _ => None,
        }
    }
    pub fn as_str(self) -> &'static str {
        match self {
            Outcome::Selected => "selected",
            Outcome::NotSelected => "not-selected",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn later_statuses_require_everything_earlier_ones_do() {
        for pair in [
            (Status::Submitted, Status::Selected),
            (Status::Submitted, Status::NotSelected),
            (Status::Selected, Status::Realisation),
            (Status::Realisation, Status::Evaluated),
        ] {
            for r in pair.0.requirements() {
                assert!(
                    pair.1.requirements().contains(r),
                    "{:?} lacks {:?} of {:?}",
                    pair.1,
                    r,
                    pair.0
                );
            }
        }
        assert!(Status::Preparation.requirements().is_empty());
    }

    #[test]
    fn parses_every_status_back() {
        for s in Status::ALL {
            assert_eq!(Status::parse(s.as_str()), Some(s));
        }
        assert_eq!(Status::parse("done"), None);
    }
}

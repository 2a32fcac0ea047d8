//! Ids of districts, projects, persons, themes, communes and reviewers.

use std::fmt;

/// An id matching `^[a-z0-9][a-z0-9-]{0,62}$`.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
#[serde(transparent)]
pub struct Id(String);

impl Id {
    /// The id, if `s` is a valid one.
    pub fn parse(s: &str) -> Option<Id> {
        is_valid_id(s).then(|| Id(s.to_string()))
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Whether `s` matches `^[a-z0-9][a-z0-9-]{0,62}$`.
pub fn is_valid_id(s: &str) -> bool {
    let b = s.as_bytes();
    !b.is_empty()
        && b.len() <= 63
        && (b[0].is_ascii_lowercase() || b[0].is_ascii_digit())
        && b.iter()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || *c == b'-')
}

impl fmt::Display for Id {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::borrow::Borrow<str> for Id {
    fn borrow(&self) -> &str {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::is_valid_id;

    #[test]
    fn validates_ids() {
        assert!(is_valid_id("bervoets"));
        assert!(is_valid_id("2024-03-14-compost"));
        assert!(!is_valid_id("-x"));
        assert!(!is_valid_id("Bervoets"));
        assert!(!is_valid_id("a_b"));
        assert!(!is_valid_id(&"a".repeat(64)));
        assert!(is_valid_id(&"a".repeat(63)));
    }
}

//! Routing: a notice → the reviewers concerned and the district's coach.

use super::Notice;
use crate::model::{Email, Id, Reviewer, Site};

/// Why someone receives a notice.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RecipientKind {
    /// A member of the steering committee whose communes and themes match.
    Reviewer,
    /// The district's coach.
    Coach,
}

impl RecipientKind {
    /// `reviewer` or `coach`.
    pub fn as_str(self) -> &'static str {
        match self {
            RecipientKind::Reviewer => "reviewer",
            RecipientKind::Coach => "coach",
        }
    }
}

/// One addressee of a notice.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Recipient {
    pub kind: RecipientKind,
    /// The reviewer's or the person's id (what reports and the ledger name; never the address).
    pub id: Id,
    pub name: String,
    /// The language the message is written in.
    pub lang: String,
    /// `None` when neither the content nor the secrets file gives one: an error at delivery.
    pub email: Option<Email>,
}

/// The recipients of `notice`: matching reviewers (by id), then the coach; one per address.
pub fn recipients(site: &Site, notice: &Notice) -> Vec<Recipient> {
    let Some(district) = site.district(notice.district.as_str()) else {
        return Vec::new();
    };
    let mut themes: Vec<&Id> = district.themes.iter().collect();
    themes.extend(district.projects_of(notice.edition).flat_map(|p| &p.themes));
    let mut out: Vec<Recipient> = site
        .reviewers
        .iter()
        .filter(|r| matches(r, &district.communes, &themes))
        .map(|r| Recipient {
            kind: RecipientKind::Reviewer,
            id: r.id.clone(),
            name: r.name.clone(),
            lang: r.lang.clone(),
            email: r.email.clone(),
        })
        .collect();
    let coach = district
        .coach
        .as_ref()
        .and_then(|c| site.person(c.as_str()));
    if let Some(p) = coach {
        let lang = p
            .languages
            .iter()
            .find(|l| site.programme.languages.contains(l))
            .cloned()
            .unwrap_or_else(|| site.programme.default_lang().to_string());
        out.push(Recipient {
            kind: RecipientKind::Coach,
            id: p.id.clone(),
            name: p.name.clone(),
            lang,
            email: p.email.clone(),
        });
    }
    let mut seen = Vec::new();
    out.retain(|r| match &r.email {
        Some(e) if seen.contains(e) => false,
        Some(e) => {
            seen.push(e.clone());
            true
        }
        None => true,
    });
    out
}

/// Whether a reviewer's filters (empty = all) let the dossier through.
fn matches(r: &Reviewer, communes: &[Id], themes: &[&Id]) -> bool {
    (r.communes.is_empty() || communes.iter().any(|c| r.communes.contains(c)))
        && (r.themes.is_empty() || r.themes.iter().any(|t| themes.contains(&t)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::notify::EventKind;

    fn ids(site: &Site, district: &str) -> Vec<String> {
        let notice = Notice {
            kind: EventKind::Submission,
            district: Id::parse(district).unwrap(),
            edition: 2025,
            digest: String::new(),
        };
        recipients(site, &notice)
            .iter()
            .map(|r| r.id.to_string())
            .collect()
    }

    #[test]
    fn accepts_reviewers_by_commune_and_by_the_themes_of_district_and_projects() {
        let root =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/notify-base");
        let site = crate::validate::validate(&crate::load::load(&root).unwrap())
            .site
            .unwrap();
        // alpha: Forest, food + a water project. r-water comes through the project's theme.
        assert_eq!(
            ids(&site, "alpha"),
            ["r-all", "r-forest", "r-water", "claire"]
        );
        // beta: Jette, energy.
        assert_eq!(
            ids(&site, "beta"),
            ["r-all", "r-energy", "r-jette", "r-secret", "jan"]
        );
        assert!(ids(&site, "nowhere").is_empty());
    }

    #[test]
    fn accepts_reviewers_of_the_second_commune_of_a_district() {
        let root =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/notify-base");
        let mut site = crate::validate::validate(&crate::load::load(&root).unwrap())
            .site
            .unwrap();
        let beta = site.districts.iter_mut().find(|d| d.id.as_str() == "beta");
        let forest = Id::parse("forest").unwrap();
        beta.unwrap().communes.push(forest);
        // beta: Jette and Forest: the reviewer of Forest hears of it too.
        assert_eq!(
            ids(&site, "beta"),
            ["r-all", "r-energy", "r-forest", "r-jette", "r-secret", "jan"]
        );
    }
}

//! Lookups by id over the validated site, built once when `validate` assembles it: the site's
//! `district`, `person`, `projects_of_expert` and `districts_of_coach` answer from here, and
//! every stage after validation asks the site.

use super::{District, Id, Person};
use std::collections::HashMap;

/// Positions in the site's lists, by id. Built from the lists the site holds; the lists are not
/// reordered afterwards.
#[derive(Clone, Default, PartialEq)]
pub struct SiteIndex {
    districts: HashMap<Id, usize>,
    persons: HashMap<Id, usize>,
    /// The (district, project) positions of the projects each expert advises, in site order.
    projects_by_expert: HashMap<Id, Vec<(usize, usize)>>,
    /// The positions of the districts each coach accompanies, in site order.
    districts_by_coach: HashMap<Id, Vec<usize>>,
}

/// Shown by its size only: the index follows from the site's lists, and hash maps would print in
/// a different order at each run (a site's debug text is compared whole in tests).
impl std::fmt::Debug for SiteIndex {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SiteIndex")
            .field("districts", &self.districts.len())
            .field("persons", &self.persons.len())
            .finish_non_exhaustive()
    }
}

impl SiteIndex {
    /// Indexes the districts (with their projects) and persons of a site.
    pub fn new(districts: &[District], persons: &[Person]) -> SiteIndex {
        let mut index = SiteIndex {
            districts: HashMap::with_capacity(districts.len()),
            persons: persons
                .iter()
                .enumerate()
                .map(|(i, p)| (p.id.clone(), i))
                .collect(),
            ..SiteIndex::default()
        };
        for (di, d) in districts.iter().enumerate() {
            index.districts.insert(d.id.clone(), di);
            if let Some(c) = &d.coach {
                index
                    .districts_by_coach
                    .entry(c.clone())
                    .or_default()
                    .push(di);
            }
            for (pi, p) in d.projects.iter().enumerate() {
                for e in &p.experts {
                    let at = index.projects_by_expert.entry(e.clone()).or_default();
                    at.push((di, pi));
                }
            }
        }
        index
    }

    /// The position of district `id`.
    pub fn district(&self, id: &str) -> Option<usize> {
        self.districts.get(id).copied()
    }

    /// The position of person `id`.
    pub fn person(&self, id: &str) -> Option<usize> {
        self.persons.get(id).copied()
    }

    /// The (district, project) positions of the projects expert `id` advises.
    pub fn projects_of_expert(&self, id: &str) -> &[(usize, usize)] {
        self.projects_by_expert.get(id).map_or(&[], Vec::as_slice)
    }

    /// The positions of the districts coach `id` accompanies.
    pub fn districts_of_coach(&self, id: &str) -> &[usize] {
        self.districts_by_coach.get(id).map_or(&[], Vec::as_slice)
    }
}

/// The position of district `id` in a list sorted by id, for validation's lists before they are
/// assembled into a site (which then answers from its [`SiteIndex`]).
pub fn district_position(districts: &[District], id: &str) -> Option<usize> {
    districts.binary_search_by(|d| d.id.as_str().cmp(id)).ok()
}

#[cfg(test)]
mod tests {
    use crate::model::{Project, Site};

    fn example() -> Site {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let v = crate::validate::validate(&crate::load::load(root).unwrap());
        v.site.unwrap()
    }

    #[test]
    fn the_site_answers_every_lookup_from_its_index_as_a_scan_would() {
        let site = example();
        for (i, d) in site.districts.iter().enumerate() {
            assert!(std::ptr::eq(site.district(d.id.as_str()).unwrap(), d));
            assert_eq!(
                super::district_position(&site.districts, d.id.as_str()),
                Some(i)
            );
        }
        for p in &site.persons {
            assert!(std::ptr::eq(site.person(p.id.as_str()).unwrap(), p));
            let id = p.id.as_str();
            let advised: Vec<&Project> = site
                .districts
                .iter()
                .flat_map(|d| &d.projects)
                .filter(|x| x.experts.iter().any(|e| e.as_str() == id))
                .collect();
            let found: Vec<&Project> = site.projects_of_expert(id).collect();
            assert_eq!(found, advised, "{id}");
            let coached = site
                .districts
                .iter()
                .filter(|d| d.coach.as_ref().is_some_and(|c| c.as_str() == id));
            assert!(site.districts_of_coach(id).eq(coached), "{id}");
        }
        let marie: Vec<&str> = site
            .districts_of_coach("marie-dupont")
            .map(|d| d.id.as_str())
            .collect();
        assert_eq!(marie, ["bervoets", "messidor", "morichar", "peterbos"]);
        assert!(site.district("nowhere").is_none() && site.person("nobody").is_none());
        assert_eq!(site.projects_of_expert("nobody").count(), 0);
    }

    #[test]
    fn a_changed_district_is_found_again_by_id() {
        let mut site = example();
        site.district_mut("bervoets").unwrap().name = "Bervoets (renamed)".into();
        assert_eq!(
            site.district("bervoets").unwrap().name,
            "Bervoets (renamed)"
        );
        assert!(site.district_mut("nowhere").is_none());
    }
}

//! The files of `data/`: those a site root holds (read by `load`, written by `init`, described
//! by `wijk schema`) and the open data the site publishes (written by `render`).

/// The programme: editions, tracks, dates, languages.
pub const PROGRAMME: &str = "data/programme.yaml";
/// The themes, id → labels.
pub const THEMES: &str = "data/themes.yaml";
/// The communes, id → labels.
pub const COMMUNES: &str = "data/communes.yaml";
/// The communes' boundaries; also published as they were validated, at the same path.
pub const BOUNDARIES: &str = "data/communes.geojson";
/// The reviewers and what they follow.
pub const REVIEWERS: &str = "data/reviewers.yaml";

/// Every data file of a site root, in the order they are loaded.
pub const SOURCES: [&str; 5] = [PROGRAMME, THEMES, COMMUNES, BOUNDARIES, REVIEWERS];

/// The published projects, as JSON.
pub const PROJECTS_JSON: &str = "data/projects.json";
/// The published projects, as CSV.
pub const PROJECTS_CSV: &str = "data/projects.csv";
/// The published districts with their outlines.
pub const DISTRICTS_GEOJSON: &str = "data/districts.geojson";
/// The data package describing the published files.
pub const PACKAGE: &str = "data/datapackage.json";

/// The open-data files every site publishes (the boundaries only when the site has them).
pub const PUBLISHED: [&str; 3] = [PROJECTS_JSON, PROJECTS_CSV, DISTRICTS_GEOJSON];

/// A file's name within `data/` (`projects.json`).
pub fn name(path: &str) -> &str {
    path.strip_prefix("data/").unwrap_or(path)
}

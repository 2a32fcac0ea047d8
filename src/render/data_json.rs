//! The records of `data/projects.json`, one per project: what `data.rs` fills in and
//! `data_csv.rs` reads the columns of `projects.csv` from.

use serde::Serialize;
use std::collections::BTreeMap;

#[derive(Serialize)]
pub(super) struct LineJson<'a> {
    pub(super) category: &'a str,
    pub(super) label: &'a str,
    pub(super) amount: f64,
}

#[derive(Serialize)]
pub(super) struct ProjectJson<'a> {
    pub(super) id: &'a str,
    pub(super) district: &'a str,
    /// The district's main commune: the first of `communes`.
    pub(super) commune: &'a str,
    /// Every commune the district lies in.
    pub(super) communes: Vec<&'a str>,
    pub(super) edition: u32,
    /// The edition's name in each language of the site: its label, else its year.
    pub(super) edition_name: BTreeMap<String, String>,
    /// The track of the district's dossier for this edition, when the edition has tracks.
    pub(super) track: Option<&'a str>,
    pub(super) status: Option<&'static str>,
    pub(super) lang: &'a str,
    pub(super) title: BTreeMap<&'a str, &'a str>,
    pub(super) summary: BTreeMap<&'a str, &'a str>,
    pub(super) themes: Vec<&'a str>,
    pub(super) experts: Vec<&'a str>,
    pub(super) partners: Vec<BTreeMap<&'static str, &'a str>>,
    pub(super) currency: &'static str,
    pub(super) budget_lines: Vec<LineJson<'a>>,
    pub(super) requested: f64,
    pub(super) granted: Option<f64>,
    pub(super) spent: Option<f64>,
    pub(super) roadmap_steps: usize,
    pub(super) roadmap_done: usize,
    pub(super) url: BTreeMap<&'a str, String>,
    /// The projects of other districts most like this one, most similar first.
    pub(super) similar: Vec<SimilarJson<'a>>,
}

/// A project named by its district and id (an id is unique within its district only).
#[derive(Serialize)]
pub(super) struct SimilarJson<'a> {
    pub(super) district: &'a str,
    pub(super) id: &'a str,
}

//! Validate: `Corpus` (raw, spanned) → `Site` (the model) + diagnostics for every rule of the contract.
//! The site is built leniently (items with errors are skipped or kept partially) so that `notify`
//! can compare against an invalid earlier revision; `build` and `check` refuse when there are errors.

mod checker;
mod config_url;
mod data;
mod district;
mod district_life;
mod editing;
mod geo;
mod licence;
mod meeting;
mod page;
mod person;
mod phase;
mod picture;
mod plausible;
mod privacy;
pub use picture::decode_pictures;
mod project;
mod targets;
mod text;
mod translated_lists;

use crate::diag::Diagnostics;
use crate::load::Corpus;
use crate::model::{Picture, Site};
use std::collections::BTreeMap;
use std::path::PathBuf;

pub(crate) use checker::Checker;
pub use targets::resolve_relative;

/// The outcome of validation.
#[derive(Debug)]
pub struct Validated {
    /// The site, when the programme itself could be read.
    pub site: Option<Site>,
    /// Load and validation diagnostics, sorted by file and line.
    pub diagnostics: Vec<crate::diag::Diagnostic>,
}

impl Validated {
    /// Number of errors.
    pub fn error_count(&self) -> usize {
        self.diagnostics
            .iter()
            .filter(|d| d.severity == crate::diag::Severity::Error)
            .count()
    }
}

/// The pictures shown, with every place that shows them (sorted by file and position).
fn pictures_shown(
    corpus: &Corpus,
    mut refs: Vec<targets::PictureRef>,
) -> BTreeMap<PathBuf, Picture> {
    refs.sort();
    refs.dedup();
    let mut out: BTreeMap<PathBuf, Picture> = BTreeMap::new();
    for (path, file, span) in refs {
        let Some(Ok(probe)) = corpus.pictures.get(&path) else {
            continue;
        };
        out.entry(path)
            .or_insert_with(|| Picture {
                probe: probe.clone(),
                shown_in: Vec::new(),
            })
            .shown_in
            .push((file, span));
    }
    out
}

/// Validates a loaded corpus.
pub fn validate(corpus: &Corpus) -> Validated {
    let mut diags = Diagnostics::new();
    diags.extend(corpus.diagnostics.iter().cloned());
    let Some(programme_doc) = &corpus.programme else {
        return Validated {
            site: None,
            diagnostics: diags.into_sorted(),
        };
    };
    let (body_diags, published) = text::all_body_diagnostics(corpus);
    let mut picture_refs = published.pictures;
    diags.extend(body_diags);
    let mut ctx = Checker::new(corpus, diags);
    let programme = data::validate_programme(&mut ctx, programme_doc);
    ctx.set_programme(&programme);
    let themes = data::validate_terms(&mut ctx, corpus.themes.as_ref(), "theme");
    let communes = data::validate_terms(&mut ctx, corpus.communes.as_ref(), "commune");
    ctx.set_terms(&themes, &communes);
    let matching = programme.map.matching.as_deref();
    let boundaries = geo::validate_boundaries(&mut ctx, corpus, &communes, matching);
    if let Some(b) = &boundaries {
        geo::check_locations(&mut ctx, corpus, b, &communes);
    }
    let persons = person::validate_persons(&mut ctx);
    ctx.set_persons(&persons);
    let reviewers = data::validate_reviewers(&mut ctx);
    ctx.set_districts(corpus);
    let mut districts = district::validate_districts(&mut ctx);
    let projects = project::validate_projects(&mut ctx);
    // Districts are sorted by id: each project finds its district by binary search.
    for p in projects {
        if let Some(i) = crate::model::district_position(&districts, p.district.as_str()) {
            districts[i].projects.push(p);
        }
    }
    for d in &mut districts {
        d.projects.sort_by(|a, b| a.id.cmp(&b.id));
    }
    phase::validate_phases(&mut ctx, &districts);
    plausible::check_dates(&mut ctx);
    let meetings = meeting::validate_meetings(&mut ctx);
    let pages = page::validate_pages(&mut ctx);
    let index = crate::model::SiteIndex::new(&districts, &persons);
    let mut site = Site {
        root: corpus.root.clone(),
        programme,
        themes,
        communes,
        boundaries,
        reviewers,
        districts,
        persons,
        meetings,
        pages,
        documents: published
            .documents
            .into_iter()
            .filter_map(|p| Some((p.clone(), corpus.documents.get(&p)?.clone().ok()?)))
            .collect(),
        pictures: BTreeMap::new(),
        index,
    };
    text::attach_translations(&mut ctx, &mut site);
    picture_refs.append(&mut ctx.pictures);
    site.pictures = pictures_shown(corpus, picture_refs);
    Validated {
        site: Some(site),
        diagnostics: ctx.finish().into_sorted(),
    }
}

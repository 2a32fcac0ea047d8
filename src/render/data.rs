//! Open data: `data/projects.json`, `data/projects.csv`, `data/districts.geojson` ([lon, lat]),
//! and `data/communes.geojson` when the site has commune boundaries; `data/datapackage.json`
//! describes them (`data_package.rs`).
//! Amounts are in euros (decimal numbers, at most two decimals).

use super::context::Ctx;
use super::data_json::{LineJson, ProjectJson, SimilarJson};
use super::json::to_json;
use super::{Output, RenderError};
use crate::model::{Cents, District, Project};
use crate::site::{files, urls};
use std::collections::BTreeMap;

fn euros(c: Cents) -> f64 {
    c.to_euros_f64()
}

/// Edition `year`'s name in each language of the site, as pages write it.
fn edition_names(cx: &Ctx, year: u32) -> BTreeMap<String, String> {
    cx.languages()
        .iter()
        .map(|l| (l.clone(), cx.edition_name(cx.locale(l), year)))
        .collect()
}

fn project_json<'a>(cx: &Ctx<'a>, d: &'a District, p: &'a Project) -> ProjectJson<'a> {
    let texts = std::iter::once(&p.text.original).chain(p.text.translations.values());
    let mut title = BTreeMap::new();
    let mut summary = BTreeMap::new();
    for t in texts {
        title.insert(t.lang.as_str(), t.title.as_str());
        if let Some(s) = &t.summary {
            summary.insert(t.lang.as_str(), s.as_str());
        }
    }
    ProjectJson {
        id: p.id.as_str(),
        district: d.id.as_str(),
        commune: d.commune(),
        communes: d.communes.iter().map(|c| c.as_str()).collect(),
        edition: p.edition,
        edition_name: edition_names(cx, p.edition),
        track: d
            .dossier(p.edition)
            .and_then(|x| x.track.as_ref())
            .map(|t| t.as_str()),
        status: cx.project_status(p).map(|s| s.as_str()),
        lang: &p.text.original.lang,
        title,
        summary,
        themes: p.themes.iter().map(|t| t.as_str()).collect(),
        experts: p.experts.iter().map(|t| t.as_str()).collect(),
        partners: p
            .partners
            .iter()
            .map(|x| BTreeMap::from([("name", x.name.as_str()), ("kind", x.kind.as_str())]))
            .collect(),
        currency: "EUR",
        budget_lines: p
            .budget
            .lines
            .iter()
            .map(|l| LineJson {
                category: l.category.as_str(),
                label: &l.label,
                amount: euros(l.amount),
            })
            .collect(),
        requested: euros(p.budget.requested_total()),
        granted: p.budget.granted.map(euros),
        spent: p.budget.spent.map(euros),
        roadmap_steps: p.roadmap.len(),
        roadmap_done: p.roadmap.iter().filter(|s| s.done.is_some()).count(),
        url: cx
            .languages()
            .iter()
            .map(|l| {
                (
                    l.as_str(),
                    cx.urls
                        .absolute(&urls::project(l, d.id.as_str(), p.id.as_str())),
                )
            })
            .collect(),
        similar: cx
            .similar(p)
            .into_iter()
            .map(|s| SimilarJson {
                district: s.district.as_str(),
                id: s.id.as_str(),
            })
            .collect(),
    }
}

/// The open-data files and the data package that describes them.
pub fn render_data(cx: &Ctx) -> Result<Vec<Output>, RenderError> {
    let projects: Vec<ProjectJson> = cx
        .site
        .districts
        .iter()
        .flat_map(|d| d.projects.iter().map(move |p| (d, p)))
        .map(|(d, p)| project_json(cx, d, p))
        .collect();
    let json = to_json(&projects)?;
    let all = cx.site.districts.iter().flat_map(|d| d.projects.iter());
    let csv = super::data_csv::projects_csv(all, &projects)?;
    let geojson = to_json(&districts_geojson(cx))?;
    let [json_path, csv_path, geojson_path] = files::PUBLISHED.map(String::from);
    let mut out = vec![
        Output::new(json_path, json),
        Output::new(csv_path, csv),
        Output::new(geojson_path, geojson),
    ];
    if let Some(b) = &cx.site.boundaries {
        out.push(Output::new(
            files::BOUNDARIES.into(),
            to_json(&communes_geojson(cx, b))?,
        ));
    }
    let package = super::data_package::render_package(cx, &out)?;
    out.push(package);
    Ok(out)
}

/// The boundaries as validated (features with problems left out), with the communes' names and
/// their number of districts; compact, since the rings make most of it.
fn communes_geojson(cx: &Ctx, b: &crate::geo::Boundaries) -> serde_json::Value {
    let features: Vec<serde_json::Value> = b
        .features
        .iter()
        .map(|f| {
            let coordinates: Vec<&Vec<Vec<[f64; 2]>>> =
                f.polygons.iter().map(|p| &p.rings).collect();
            serde_json::json!({
                "type": "Feature",
                "id": f.id,
                "properties": {
                    "id": f.id,
                    "name": cx.site.commune(&f.id).map(|c| &c.labels.0),
                    "districts": cx.site.districts.iter().filter(|d| d.in_commune(&f.id)).count(),
                },
                "geometry": {"type": "MultiPolygon", "coordinates": coordinates},
            })
        })
        .collect();
    serde_json::json!({"type": "FeatureCollection", "features": features})
}

fn districts_geojson(cx: &Ctx) -> serde_json::Value {
    let features: Vec<serde_json::Value> = cx
        .site
        .districts
        .iter()
        .map(|d| {
            let latest = d.latest_dossier();
            let urls: BTreeMap<&str, String> = cx
                .languages()
                .iter()
                .map(|l| {
                    (
                        l.as_str(),
                        cx.urls.absolute(&urls::district(l, d.id.as_str())),
                    )
                })
                .collect();
            serde_json::json!({
                "type": "Feature",
                "id": d.id.as_str(),
                "geometry": d.location.map(|(lat, lon)| serde_json::json!({
                    "type": "Point", "coordinates": [lon, lat]
                })),
                "properties": {
                    "name": d.name,
                    "commune": d.commune(),
                    "commune_name": cx.site.commune(d.commune()).map(|c| &c.labels.0),
                    "communes": d.communes.iter().map(|c| c.as_str()).collect::<Vec<_>>(),
                    "closed": d.closed.as_ref().map(|c| c.date.to_string()),
                    "successor": d.closed.as_ref().and_then(|c| c.successor.as_ref()).map(|s| s.as_str()),
                    "themes": d.themes.iter().map(|t| t.as_str()).collect::<Vec<_>>(),
                    "edition": latest.map(|x| x.edition),
                    "edition_name": latest.map(|x| edition_names(cx, x.edition)),
                    "track": latest.and_then(|x| x.track.as_ref()).map(|t| t.as_str()),
                    "status": latest.map(|x| x.status.as_str()),
                    "projects": d.projects.len(),
                    "url": urls,
                }
            })
        })
        .collect();
    serde_json::json!({"type": "FeatureCollection", "features": features})
}

//! GeoJSON (a read JSON tree) → commune boundaries: a FeatureCollection of Polygon and
//! MultiPolygon features identified by `properties.id`, every ring closed and in range.

use super::json::{Json, Node};
use super::{Boundaries, Feature, Point, Polygon};
use crate::diag::Span;
use std::collections::BTreeMap;

/// A problem found in the file's shape: where and what.
pub type Problem = (Span, String);

/// Reads the boundaries out of a JSON tree; features with problems are left out.
pub fn read_boundaries(root: &Node) -> (Boundaries, Vec<Problem>) {
    let mut problems = Vec::new();
    let mut out = Boundaries::default();
    if root.get("type").and_then(Node::as_str) != Some("FeatureCollection") {
        let at = root.get("type").map_or(root.span, |n| n.span);
        problems.push((
            at,
            "the file is not a GeoJSON FeatureCollection (`\"type\": \"FeatureCollection\"`)"
                .into(),
        ));
        return (out, problems);
    }
    let Some(Node {
        value: Json::Array(features),
        ..
    }) = root.get("features")
    else {
        let at = root.get("features").map_or(root.span, |n| n.span);
        problems.push((at, "`features` must be an array of features".into()));
        return (out, problems);
    };
    let mut seen: BTreeMap<String, Span> = BTreeMap::new();
    for f in features {
        let Some(feature) = read_feature(f, &mut problems) else {
            continue;
        };
        if let Some(first) = seen.get(&feature.id) {
            problems.push((
                feature.span,
                format!(
                    "commune `{}` has two features (the first at line {})",
                    feature.id, first.line
                ),
            ));
            continue;
        }
        seen.insert(feature.id.clone(), feature.span);
        out.features.push(feature);
    }
    out.features.sort_by(|a, b| a.id.cmp(&b.id));
    (out, problems)
}

fn read_feature(f: &Node, problems: &mut Vec<Problem>) -> Option<Feature> {
    if f.get("type").and_then(Node::as_str) != Some("Feature") {
        problems.push((f.span, "each feature needs `\"type\": \"Feature\"`".into()));
        return None;
    }
    let props = f.get("properties");
    let Some(id_node) = props.and_then(|p| p.get("id")) else {
        let at = props.map_or(f.span, |p| p.span);
        problems.push((
            at,
            "the feature has no `properties.id` (the commune id)".into(),
        ));
        return None;
    };
    let Some(id) = id_node.as_str().filter(|s| crate::model::is_valid_id(s)) else {
        problems.push((
            id_node.span,
            "`properties.id` must be a commune id (lower-case letters, digits and dashes)".into(),
        ));
        return None;
    };
    let Some(geometry) = f.get("geometry").filter(|g| g.value != Json::Null) else {
        problems.push((f.span, format!("commune `{id}` has no geometry")));
        return None;
    };
    let coords = geometry.get("coordinates");
    let polygons = match (geometry.get("type").and_then(Node::as_str), coords) {
        (Some("Polygon"), Some(c)) => read_polygon(c, problems).map(|p| vec![p]),
        (Some("MultiPolygon"), Some(c)) => read_list(c, problems, "polygons", read_polygon),
        (Some("Polygon" | "MultiPolygon"), None) => {
            problems.push((geometry.span, "the geometry has no `coordinates`".into()));
            None
        }
        _ => {
            let at = geometry.get("type").map_or(geometry.span, |n| n.span);
            problems.push((
                at,
                "the geometry must be a Polygon or a MultiPolygon".into(),
            ));
            None
        }
    }?;
    Some(Feature {
        id: id.to_string(),
        span: id_node.span,
        polygons,
    })
}

/// An array of `what`, each read by `item`; `None` if the array or any item is wrong.
fn read_list<T>(
    n: &Node,
    problems: &mut Vec<Problem>,
    what: &str,
    item: impl Fn(&Node, &mut Vec<Problem>) -> Option<T>,
) -> Option<Vec<T>> {
    let Json::Array(items) = &n.value else {
        problems.push((n.span, format!("expected an array of {what}")));
        return None;
    };
    if items.is_empty() {
        problems.push((
            n.span,
            format!("expected at least one of {what}, found an empty array"),
        ));
        return None;
    }
    let read: Vec<Option<T>> = items.iter().map(|i| item(i, problems)).collect();
    read.into_iter().collect()
}

fn read_polygon(n: &Node, problems: &mut Vec<Problem>) -> Option<Polygon> {
    read_list(n, problems, "rings", read_ring).map(|rings| Polygon { rings })
}

fn read_ring(n: &Node, problems: &mut Vec<Problem>) -> Option<Vec<Point>> {
    let points = read_list(n, problems, "positions", read_position)?;
    if points.len() < 4 {
        problems.push((
            n.span,
            format!(
                "a ring needs at least 4 positions, this one has {}",
                points.len()
            ),
        ));
        return None;
    }
    if points.first() != points.last() {
        problems.push((
            n.span,
            "the ring is not closed: its last position must repeat its first".into(),
        ));
        return None;
    }
    Some(points)
}

fn read_position(n: &Node, problems: &mut Vec<Problem>) -> Option<Point> {
    let nums: Option<Vec<(f64, Span)>> = match &n.value {
        Json::Array(items) => items
            .iter()
            .map(|i| match i.value {
                Json::Number(x) => Some((x, i.span)),
                _ => None,
            })
            .collect(),
        _ => None,
    };
    let Some(nums) = nums.filter(|v| (2..=3).contains(&v.len())) else {
        problems.push((
            n.span,
            "a position is an array [longitude, latitude] of numbers".into(),
        ));
        return None;
    };
    let (lon, lat) = (nums[0], nums[1]);
    if !(-180.0..=180.0).contains(&lon.0) {
        problems.push((
            lon.1,
            format!("longitude {} is out of range (-180 to 180)", lon.0),
        ));
        return None;
    }
    if !(-90.0..=90.0).contains(&lat.0) {
        problems.push((
            lat.1,
            format!("latitude {} is out of range (-90 to 90)", lat.0),
        ));
        return None;
    }
    Some([lon.0, lat.0])
}

//! GeoJSON (a read JSON tree) → outlines not yet tied to communes: a FeatureCollection of
//! Polygon and MultiPolygon features, every ring closed and in range, each with its properties
//! (which of them names the commune is decided later, by [`super::identify`]).

use super::json::{Json, Node};
use super::{Point, Polygon, RawBoundaries, RawFeature};
use crate::diag::Span;
use crate::i18n::Message;
use crate::msg;

/// A problem found in the file's shape: where and what.
pub type Problem = (Span, Message);

/// Reads the outlines out of a JSON tree, in the file's order; features with problems are left out.
pub fn read_boundaries(root: &Node) -> (RawBoundaries, Vec<Problem>) {
    let mut problems = Vec::new();
    let mut out = RawBoundaries::default();
    if root.get("type").and_then(Node::as_str) != Some("FeatureCollection") {
        let at = root.get("type").map_or(root.span, |n| n.span);
        problems.push((at, msg!("geo-not-collection")));
        return (out, problems);
    }
    let Some(Node {
        value: Json::Array(features),
        ..
    }) = root.get("features")
    else {
        let at = root.get("features").map_or(root.span, |n| n.span);
        problems.push((at, msg!("geo-features")));
        return (out, problems);
    };
    for f in features {
        out.features.extend(read_feature(f, &mut problems));
    }
    (out, problems)
}

fn read_feature(f: &Node, problems: &mut Vec<Problem>) -> Option<RawFeature> {
    if f.get("type").and_then(Node::as_str) != Some("Feature") {
        problems.push((f.span, msg!("geo-feature-type")));
        return None;
    }
    let properties = f.get("properties").cloned();
    let Some(geometry) = f.get("geometry").filter(|g| g.value != Json::Null) else {
        let id = super::identify::clip(properties.as_ref().map_or("", name_of));
        problems.push((f.span, msg!("geo-no-geometry", id = id)));
        return None;
    };
    let coords = geometry.get("coordinates");
    let polygons = match (geometry.get("type").and_then(Node::as_str), coords) {
        (Some("Polygon"), Some(c)) => read_polygon(c, problems).map(|p| vec![p]),
        (Some("MultiPolygon"), Some(c)) => read_list(c, problems, "polygons", read_polygon),
        (Some("Polygon" | "MultiPolygon"), None) => {
            problems.push((geometry.span, msg!("geo-no-coordinates")));
            None
        }
        _ => {
            let at = geometry.get("type").map_or(geometry.span, |n| n.span);
            problems.push((at, msg!("geo-geometry-type")));
            None
        }
    }?;
    Some(RawFeature {
        properties,
        span: f.span,
        polygons,
    })
}

/// What names a feature in a message before it is matched: its `id`, else its first text property.
fn name_of(properties: &Node) -> &str {
    if let Some(id) = properties.get("id").and_then(Node::as_str) {
        return id;
    }
    match &properties.value {
        Json::Object(members) => members.iter().find_map(|m| m.2.as_str()).unwrap_or(""),
        _ => "",
    }
}

/// An array of `what`, each read by `item`; `None` if the array or any item is wrong.
fn read_list<T>(
    n: &Node,
    problems: &mut Vec<Problem>,
    what: &str,
    item: impl Fn(&Node, &mut Vec<Problem>) -> Option<T>,
) -> Option<Vec<T>> {
    let Json::Array(items) = &n.value else {
        problems.push((n.span, msg!("geo-expected-array", what = what)));
        return None;
    };
    if items.is_empty() {
        problems.push((n.span, msg!("geo-empty-array", what = what)));
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
        problems.push((n.span, msg!("geo-ring-short", count = points.len())));
        return None;
    }
    if points.first() != points.last() {
        problems.push((n.span, msg!("geo-ring-open")));
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
        problems.push((n.span, msg!("geo-position")));
        return None;
    };
    let (lon, lat) = (nums[0], nums[1]);
    if !(-180.0..=180.0).contains(&lon.0) {
        problems.push((lon.1, msg!("geo-longitude", value = lon.0.to_string())));
        return None;
    }
    if !(-90.0..=90.0).contains(&lat.0) {
        problems.push((lat.1, msg!("geo-latitude", value = lat.0.to_string())));
        return None;
    }
    Some([lon.0, lat.0])
}

//! Geo: the bytes of `data/communes.geojson` → outlines + diagnostics, then which commune each
//! outlines (`identify`); point-in-polygon, the simplification of an outline to the size it is
//! drawn at, and the projection that draws them (and the districts) on a map.

mod identify;
pub mod json;
mod project;
mod shape;
mod simplify;

pub use identify::{identify, name_key};
pub use project::{Bounds, Projection};
pub use simplify::simplify_ring;

use crate::diag::{Diagnostic, Rule, Span};
use crate::i18n::Message;
use crate::msg;
use crate::site::files::BOUNDARIES as FILE;

/// A position: `[longitude, latitude]`, in degrees (GeoJSON order).
pub type Point = [f64; 2];

/// A polygon: an outer ring then its holes, each closed (last position = first).
#[derive(Debug, Clone, PartialEq)]
pub struct Polygon {
    pub rings: Vec<Vec<Point>>,
}

/// The boundary of one commune: one or more polygons (a MultiPolygon).
#[derive(Debug, Clone, PartialEq)]
pub struct Feature {
    pub id: String,
    /// Where `properties.id` is, for diagnostics.
    pub span: Span,
    pub polygons: Vec<Polygon>,
}

/// A feature as read, before it is known which commune it outlines.
#[derive(Debug, Clone, PartialEq)]
pub struct RawFeature {
    /// `properties`, as written (one of them names the commune).
    pub properties: Option<json::Node>,
    /// Where the feature starts.
    pub span: Span,
    pub polygons: Vec<Polygon>,
}

/// The features of a boundary file, in its order.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RawBoundaries {
    pub features: Vec<RawFeature>,
}

/// Commune boundaries, sorted by id, each id once.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Boundaries {
    pub features: Vec<Feature>,
}

/// Parses a boundary file whose features are named by `properties.id`, accepting every valid
/// id: the boundaries it holds (without the features that have problems) and a `geo.invalid`
/// diagnostic per problem. Pure, so that any bytes can be fed to it.
pub fn parse(bytes: &[u8]) -> (Option<Boundaries>, Vec<Diagnostic>) {
    let (raw, mut diags) = read(bytes);
    let boundaries = raw.map(|raw| {
        let (b, found) = identify(&raw, None, &|id| Some(id.to_string()));
        diags.extend(found);
        b
    });
    (boundaries, diags)
}

/// Reads a boundary file: its outlines (without the features that have problems) and a
/// `geo.invalid` diagnostic per problem of shape; which commune each outlines is for
/// [`identify`]. Pure, so that any bytes can be fed to it.
pub fn read(bytes: &[u8]) -> (Option<RawBoundaries>, Vec<Diagnostic>) {
    let invalid = |span, m: Message| Diagnostic::new(Rule::GeoInvalid, FILE, span, m);
    let root = match json::parse(bytes) {
        Ok(root) => root,
        Err(e) => {
            let m = match e.kind {
                json::JsonErrorKind::TooLarge(_) => {
                    msg!("geo-too-large", mb = json::MAX_BYTES / (1024 * 1024))
                }
                json::JsonErrorKind::TooManyPositions => {
                    msg!("geo-too-many-positions", max = json::MAX_POSITIONS)
                }
                json::JsonErrorKind::TooDeep => msg!("geo-too-deep"),
                json::JsonErrorKind::Syntax(what) => msg!("geo-not-json", what = what),
            };
            let help = msg!("geo-json.help");
            return (None, vec![invalid(e.span, m).with_help(help)]);
        }
    };
    let (boundaries, problems) = shape::read_boundaries(&root);
    let diags = problems.into_iter().map(|(s, m)| invalid(s, m)).collect();
    (Some(boundaries), diags)
}

impl Boundaries {
    /// The boundary of commune `id`.
    pub fn get(&self, id: &str) -> Option<&Feature> {
        self.features
            .binary_search_by(|f| f.id.as_str().cmp(id))
            .ok()
            .map(|i| &self.features[i])
    }

    /// The first commune (by id) whose boundary holds `p`.
    pub fn commune_at(&self, p: Point) -> Option<&Feature> {
        self.features.iter().find(|f| f.contains(p))
    }

    /// The smallest box around every boundary.
    pub fn bounds(&self) -> Option<Bounds> {
        Bounds::of(
            self.features
                .iter()
                .flat_map(|f| f.polygons.iter())
                .flat_map(|p| p.rings.first())
                .flatten()
                .copied(),
        )
    }
}

impl Feature {
    /// Whether `p` lies in one of the polygons (inside the outer ring, outside its holes).
    pub fn contains(&self, p: Point) -> bool {
        self.polygons.iter().any(|poly| poly.contains(p))
    }
}

impl Polygon {
    /// Whether `p` lies inside the outer ring and inside none of the holes.
    pub fn contains(&self, p: Point) -> bool {
        let mut rings = self.rings.iter();
        rings.next().is_some_and(|outer| ring_contains(outer, p))
            && !rings.any(|hole| ring_contains(hole, p))
    }
}

/// Even-odd ray casting: whether `p` is inside the closed ring.
fn ring_contains(ring: &[Point], p: Point) -> bool {
    let [x, y] = p;
    let mut inside = false;
    for w in ring.windows(2) {
        let ([x1, y1], [x2, y2]) = (w[0], w[1]);
        if (y1 > y) != (y2 > y) && x < x1 + (y - y1) * (x2 - x1) / (y2 - y1) {
            inside = !inside;
        }
    }
    inside
}

#[cfg(test)]
mod tests;

//! The map's layout, computed once per build: the projection fitted to the communes (or to the
//! districts without boundaries), commune outlines as path data, and marker positions spread so
//! that no two are closer than a finger (24-px targets on a 320-px phone).

use crate::geo::{simplify_ring, Bounds, Feature, Projection};
use crate::model::Site;
use std::fmt::Write;

/// Width of the map in its own units (the SVG's viewBox).
pub const WIDTH: f64 = 640.0;
/// Above this many located districts, the lists' maps show one marker per commune, with its
/// count and a link to the filtered list, so that the page stays small and every marker reachable.
pub const MAX_DISTRICT_MARKERS: usize = 60;
/// Smallest distance between two marker centres, as a fraction of the map's width: 26 px on a
/// map 288 px wide (a 320-px phone), so each 24-px target keeps its own room.
const MIN_GAP: f64 = 26.0 / 288.0;

/// How far, in map units, a drawn outline may stray from the file's: a quarter of a unit is a
/// third of a pixel on the widest map (48 rem), so the simplification never shows, and a file
/// with a point every metre draws as many points as one simplified at 20 m.
pub const TOLERANCE: f64 = 0.25;

/// A commune outline, projected.
pub struct Outline {
    pub id: String,
    /// SVG path data of every ring (holes included; drawn with `fill-rule: evenodd`): only
    /// `M`, `L`, `Z`, digits, `.`, `,` and `-`, so the template inserts it unescaped.
    pub d: String,
    /// Where its name goes (the centre of its largest polygon).
    pub label_at: [f64; 2],
}

/// A marker placed on the map: where its point is and where it is drawn.
#[derive(Clone, Copy)]
pub struct Placed {
    /// `[lon, lat]` of the point (for the interactive map).
    pub lonlat: [f64; 2],
    /// The point projected, in map units.
    pub point: [f64; 2],
    /// Where the marker is drawn (moved away from its neighbours), in map units.
    pub at: [f64; 2],
}

/// What every map of the site shares.
pub struct MapLayout {
    pub projection: Projection,
    pub width: f64,
    pub height: f64,
    pub outlines: Vec<Outline>,
    /// Per district of the site (in site order): its marker, if it has a location.
    pub districts: Vec<Option<Placed>>,
    /// Per commune with located districts, when there are too many districts for one marker
    /// each: (commune id, marker, count).
    pub communes: Option<Vec<(String, Placed, usize)>>,
}

impl MapLayout {
    /// The layout of `site`'s map, or `None` when there is nothing to draw.
    pub fn new(site: &Site) -> Option<MapLayout> {
        let located: Vec<Option<[f64; 2]>> = site
            .districts
            .iter()
            .map(|d| d.location.map(|(lat, lon)| [lon, lat]))
            .collect();
        let points = Bounds::of(located.iter().flatten().copied());
        let shapes = site.boundaries.as_ref().filter(|b| !b.features.is_empty());
        let bounds = match (shapes.and_then(|b| b.bounds()), points) {
            (Some(b), Some(p)) => b.union(p).padded(0.02, 0.0),
            (Some(b), None) => b.padded(0.02, 0.0),
            (None, Some(p)) => p.padded(0.1, 0.01).framed(),
            (None, None) => return None,
        };
        let proj = Projection::fit(bounds, WIDTH);
        let outlines = shapes
            .map(|b| b.features.iter().map(|f| outline(&proj, f)).collect())
            .unwrap_or_default();
        let count = located.iter().flatten().count();
        let (districts, communes) = if count > MAX_DISTRICT_MARKERS {
            (vec![None; located.len()], Some(by_commune(site, &proj)))
        } else {
            let lonlat: Vec<[f64; 2]> = located.iter().flatten().copied().collect();
            let mut placed = spread(&proj, &lonlat).into_iter();
            let districts = located
                .iter()
                .map(|p| p.and_then(|_| placed.next()))
                .collect();
            (districts, None)
        };
        Some(MapLayout {
            projection: proj,
            width: proj.width,
            height: proj.height,
            outlines,
            districts,
            communes,
        })
    }
}

/// One marker per commune that has located districts, at the mean of their points.
fn by_commune(site: &Site, proj: &Projection) -> Vec<(String, Placed, usize)> {
    let mut sums: std::collections::BTreeMap<&str, ([f64; 2], usize)> = Default::default();
    for d in &site.districts {
        let Some((lat, lon)) = d.location else {
            continue;
        };
        // A district in several communes counts in each of them.
        for c in &d.communes {
            let e = sums.entry(c.as_str()).or_insert(([0.0, 0.0], 0));
            e.0 = [e.0[0] + lon, e.0[1] + lat];
            e.1 += 1;
        }
    }
    let lonlat: Vec<[f64; 2]> = sums
        .values()
        .map(|(s, n)| [s[0] / *n as f64, s[1] / *n as f64])
        .collect();
    let placed = spread(proj, &lonlat);
    sums.into_iter()
        .zip(placed)
        .map(|((id, (_, n)), p)| (id.to_string(), p, n))
        .collect()
}

/// Projects `[lon, lat]` points and places their markers.
fn spread(proj: &Projection, lonlat: &[[f64; 2]]) -> Vec<Placed> {
    let points: Vec<[f64; 2]> = lonlat.iter().map(|p| proj.project(*p)).collect();
    spread_points(&points, proj.width, proj.height)
        .into_iter()
        .zip(lonlat)
        .map(|((point, at), lonlat)| Placed {
            lonlat: *lonlat,
            point,
            at,
        })
        .collect()
}

/// Moves points apart until no two are closer than the minimum gap (pairwise pushes, in a fixed
/// order: deterministic), keeping them inside the frame; returns (point, where drawn).
fn spread_points(points: &[[f64; 2]], width: f64, height: f64) -> Vec<([f64; 2], [f64; 2])> {
    let gap = MIN_GAP * width;
    let margin = gap / 2.0;
    let mut at: Vec<[f64; 2]> = points.to_vec();
    for _ in 0..300 {
        let mut moved = false;
        for i in 0..at.len() {
            for j in i + 1..at.len() {
                let (dx, dy) = (at[j][0] - at[i][0], at[j][1] - at[i][1]);
                let dist = dx.hypot(dy);
                if dist >= gap - 1e-6 {
                    continue;
                }
                // Coincident points part along a direction that depends on their index only.
                let (ux, uy) = if dist < 1e-6 {
                    let a = j as f64 * 2.399_963;
                    (a.cos(), a.sin())
                } else {
                    (dx / dist, dy / dist)
                };
                let push = (gap - dist) / 2.0 + 0.01;
                at[i] = [at[i][0] - ux * push, at[i][1] - uy * push];
                at[j] = [at[j][0] + ux * push, at[j][1] + uy * push];
                moved = true;
            }
        }
        for p in &mut at {
            p[0] = p[0].clamp(margin, (width - margin).max(margin));
            p[1] = p[1].clamp(margin, (height - margin).max(margin));
        }
        if !moved {
            break;
        }
    }
    points.iter().copied().zip(at).collect()
}

/// The path data of a commune and where its name goes.
fn outline(proj: &Projection, f: &Feature) -> Outline {
    let mut d = String::new();
    let mut best = (f64::MIN, [0.0, 0.0]);
    for poly in &f.polygons {
        for (k, ring) in poly.rings.iter().enumerate() {
            let projected: Vec<[f64; 2]> = ring.iter().map(|p| proj.project(*p)).collect();
            let pts: Vec<[f64; 2]> = simplify_ring(&projected, TOLERANCE)
                .into_iter()
                .map(round)
                .collect();
            if pts.is_empty() {
                // A ring smaller than the tolerance; an island's holes go with it.
                if k == 0 {
                    break;
                }
                continue;
            }
            let mut last = None;
            for (i, p) in pts.iter().enumerate() {
                if last == Some(*p) {
                    continue;
                }
                let _ = write!(d, "{}{},{}", if i == 0 { "M" } else { "L" }, p[0], p[1]);
                last = Some(*p);
            }
            d.push('Z');
            if k == 0 {
                let (area, centre) = area_centre(&pts);
                if area > best.0 {
                    best = (area, centre);
                }
            }
        }
    }
    Outline {
        id: f.id.clone(),
        d,
        label_at: round(best.1),
    }
}

/// Map units to one decimal: enough at any screen size, and the same text on every machine.
fn round(p: [f64; 2]) -> [f64; 2] {
    [(p[0] * 10.0).round() / 10.0, (p[1] * 10.0).round() / 10.0]
}

/// The area and centroid of a closed ring (shoelace formula).
fn area_centre(ring: &[[f64; 2]]) -> (f64, [f64; 2]) {
    let (mut a, mut cx, mut cy) = (0.0, 0.0, 0.0);
    for w in ring.windows(2) {
        let cross = w[0][0] * w[1][1] - w[1][0] * w[0][1];
        a += cross;
        cx += (w[0][0] + w[1][0]) * cross;
        cy += (w[0][1] + w[1][1]) * cross;
    }
    if a.abs() < 1e-9 {
        return (0.0, ring.first().copied().unwrap_or([0.0, 0.0]));
    }
    (a.abs() / 2.0, [cx / (3.0 * a), cy / (3.0 * a)])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spreads_close_markers_apart_and_keeps_far_ones() {
        let gap = MIN_GAP * 640.0;
        let pts = [
            [100.0, 100.0],
            [101.0, 100.0],
            [100.0, 100.0],
            [500.0, 300.0],
        ];
        let placed = spread_points(&pts, 640.0, 500.0);
        for i in 0..3 {
            for j in i + 1..3 {
                let (a, b) = (placed[i].1, placed[j].1);
                assert!((a[0] - b[0]).hypot(a[1] - b[1]) >= gap - 1e-3, "{i} {j}");
            }
        }
        assert_eq!(placed[3].1, [500.0, 300.0]);
        assert_eq!(placed[1].0, [101.0, 100.0]);
        // Deterministic: the same input gives the same positions, bit for bit.
        assert_eq!(spread_points(&pts, 640.0, 500.0), placed);
    }

    #[test]
    fn outlines_are_closed_rounded_paths_with_the_label_inside() {
        let (b, _) = crate::geo::parse(include_bytes!("../../data/communes.geojson"));
        let b = b.unwrap();
        let proj = Projection::fit(b.bounds().unwrap(), WIDTH);
        let forest = outline(&proj, b.get("forest").unwrap());
        assert!(forest.d.starts_with('M') && forest.d.ends_with('Z'));
        assert!(!forest.d.contains("e-") && !forest.d.contains("NaN"));
        let [x, y] = forest.label_at;
        assert!(x > 0.0 && x < WIDTH && y > 0.0 && y < proj.height);
        assert_eq!(outline(&proj, b.get("forest").unwrap()).d, forest.d);
    }
}

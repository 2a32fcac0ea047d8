//! Douglas–Peucker over projected points: an outline reduced to what shows at the size it is
//! drawn, so that a page's weight depends on the map, not on the precision of the file.
//!
//! Written here rather than taken from the `geo` crate: the map needs one function over a ring
//! of points already projected, and `geo` would bring its own geometry types, `geographiclib`
//! and `rstar` for it.

/// `ring` (closed: its last point repeats its first) without the points that lie closer than
/// `tolerance` to the line the kept points draw; still closed. A ring that shrinks below three
/// distinct points (a hole or an island smaller than the tolerance) comes back empty.
pub fn simplify_ring(ring: &[[f64; 2]], tolerance: f64) -> Vec<[f64; 2]> {
    let pts = thin(ring, tolerance);
    if pts.len() < 4 {
        return Vec::new();
    }
    // A closed ring: cut it at the point farthest from its start, and simplify both halves.
    let last = pts.len() - 1;
    let far = (1..last)
        .max_by(|&a, &b| dist2(pts[a], pts[0]).total_cmp(&dist2(pts[b], pts[0])))
        .unwrap_or(1);
    let mut keep = vec![false; pts.len()];
    keep[0] = true;
    keep[far] = true;
    keep[last] = true;
    mark(&pts, 0, far, tolerance, &mut keep);
    mark(&pts, far, last, tolerance, &mut keep);
    let out: Vec<[f64; 2]> = pts
        .iter()
        .zip(&keep)
        .filter(|(_, k)| **k)
        .map(|(p, _)| *p)
        .collect();
    if out.len() < 4 {
        return Vec::new();
    }
    out
}

/// Points closer than `tolerance` to the last one kept are dropped (the last point always stays):
/// a file with a point every metre becomes, in one pass, a few points per map unit.
fn thin(ring: &[[f64; 2]], tolerance: f64) -> Vec<[f64; 2]> {
    let mut out: Vec<[f64; 2]> = Vec::with_capacity(ring.len().min(4096));
    let t2 = tolerance * tolerance;
    for (i, p) in ring.iter().enumerate() {
        let is_last = i + 1 == ring.len();
        match out.last() {
            Some(q) if !is_last && dist2(*p, *q) < t2 => {}
            _ => out.push(*p),
        }
    }
    out
}

/// Marks the points between `from` and `to` that the line needs, farthest first (a stack of
/// spans, not recursion: a ring of a million points cannot overflow it).
fn mark(pts: &[[f64; 2]], from: usize, to: usize, tolerance: f64, keep: &mut [bool]) {
    let mut spans = vec![(from, to)];
    while let Some((a, b)) = spans.pop() {
        if b <= a + 1 {
            continue;
        }
        let (mut far, mut far_d) = (a, 0.0);
        for (i, p) in pts.iter().enumerate().take(b).skip(a + 1) {
            let d = segment_dist2(*p, pts[a], pts[b]);
            if d > far_d {
                (far, far_d) = (i, d);
            }
        }
        if far_d > tolerance * tolerance {
            keep[far] = true;
            spans.push((a, far));
            spans.push((far, b));
        }
    }
}

fn dist2(p: [f64; 2], q: [f64; 2]) -> f64 {
    (p[0] - q[0]).powi(2) + (p[1] - q[1]).powi(2)
}

/// The squared distance from `p` to the segment `a`–`b`.
fn segment_dist2(p: [f64; 2], a: [f64; 2], b: [f64; 2]) -> f64 {
    let (dx, dy) = (b[0] - a[0], b[1] - a[1]);
    let len2 = dx * dx + dy * dy;
    if len2 == 0.0 {
        return dist2(p, a);
    }
    let t = (((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2).clamp(0.0, 1.0);
    dist2(p, [a[0] + t * dx, a[1] + t * dy])
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A 100 × 100 square with a point every 0.01 on each side, and a small bump on one side.
    fn dense_square() -> Vec<[f64; 2]> {
        let corners = [
            [0.0, 0.0],
            [100.0, 0.0],
            [100.0, 100.0],
            [0.0, 100.0],
            [0.0, 0.0],
        ];
        let mut ring = Vec::new();
        for w in corners.windows(2) {
            for k in 0..10_000 {
                let t = k as f64 / 10_000.0;
                let bump = if w[0] == [0.0, 0.0] && k == 5_000 {
                    3.0
                } else {
                    0.0
                };
                ring.push([
                    w[0][0] + t * (w[1][0] - w[0][0]),
                    w[0][1] + t * (w[1][1] - w[0][1]) + bump,
                ]);
            }
        }
        ring.push([0.0, 0.0]);
        ring
    }

    #[test]
    fn keeps_the_corners_and_what_shows_and_drops_the_rest() {
        let out = simplify_ring(&dense_square(), 0.25);
        assert_eq!(out.first(), out.last());
        assert!(out.len() <= 10, "{} points: {out:?}", out.len());
        // Each corner is drawn, within the tolerance.
        for corner in [[100.0, 0.0], [100.0, 100.0], [0.0, 100.0]] {
            let near = out.iter().any(|p| dist2(*p, corner) <= 0.25 * 0.25);
            assert!(near, "{corner:?} in {out:?}");
        }
        assert!(
            out.contains(&[50.0, 3.0]),
            "the bump is 3 units high: {out:?}"
        );
        assert!(!simplify_ring(&dense_square(), 5.0).contains(&[50.0, 3.0]));
    }

    #[test]
    fn a_ring_smaller_than_the_tolerance_vanishes() {
        let tiny = [[0.0, 0.0], [0.1, 0.0], [0.1, 0.1], [0.0, 0.0]];
        assert!(simplify_ring(&tiny, 0.25).is_empty());
        let kept = [[0.0, 0.0], [10.0, 0.0], [10.0, 10.0], [0.0, 0.0]];
        assert_eq!(simplify_ring(&kept, 0.25), kept);
    }
}

//! Fuzz target: the GeoJSON reader of `data/communes.geojson`, then the questions asked of what
//! it returns (the commune at a point, the bounds of all boundaries). Any panic is a bug.

fn main() {
    afl::fuzz!(|data: &[u8]| {
        let (boundaries, _diagnostics) = wijk::geo::parse(data);
        if let Some(b) = boundaries {
            let _ = b.bounds();
            for p in [
                [4.35, 50.85],
                [0.0, 0.0],
                [f64::MAX, -f64::MAX],
                [f64::NAN, 1.0],
            ] {
                let _ = b.commune_at(p);
            }
        }
    });
}

//! The map projection: equirectangular, with longitudes scaled by the cosine of the middle
//! latitude (true shapes at a city's scale), fitted to a box of a given width.

use super::Point;

/// A box in degrees.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Bounds {
    pub min: Point,
    pub max: Point,
}

impl Bounds {
    /// The smallest box holding every point; `None` without points.
    pub fn of(points: impl IntoIterator<Item = Point>) -> Option<Bounds> {
        points.into_iter().fold(None, |b, [x, y]| {
            Some(match b {
                None => Bounds {
                    min: [x, y],
                    max: [x, y],
                },
                Some(Bounds { min, max }) => Bounds {
                    min: [min[0].min(x), min[1].min(y)],
                    max: [max[0].max(x), max[1].max(y)],
                },
            })
        })
    }

    /// This box grown to hold `other`.
    pub fn union(self, other: Bounds) -> Bounds {
        Bounds {
            min: [self.min[0].min(other.min[0]), self.min[1].min(other.min[1])],
            max: [self.max[0].max(other.max[0]), self.max[1].max(other.max[1])],
        }
    }

    /// This box grown by `fraction` of its size on each side, and at least `min_deg` degrees
    /// (so that a single point still gets a frame).
    pub fn padded(self, fraction: f64, min_deg: f64) -> Bounds {
        let dx = ((self.max[0] - self.min[0]) * fraction).max(min_deg);
        let dy = ((self.max[1] - self.min[1]) * fraction).max(min_deg);
        Bounds {
            min: [self.min[0] - dx, self.min[1] - dy],
            max: [self.max[0] + dx, self.max[1] + dy],
        }
    }
}

impl Bounds {
    /// This box grown on its shorter side (as drawn, longitudes scaled by the cosine of the
    /// latitude) so that its height is between 3/4 and 1 of its width: a plain frame around a
    /// few points, not a sliver.
    pub fn framed(self) -> Bounds {
        let kx = ((self.min[1] + self.max[1]) / 2.0)
            .to_radians()
            .cos()
            .max(0.01);
        let (w, h) = ((self.max[0] - self.min[0]) * kx, self.max[1] - self.min[1]);
        let mut b = self;
        if h > w {
            let grow = (h - w) / kx / 2.0;
            b.min[0] -= grow;
            b.max[0] += grow;
        } else if h < w * 0.75 {
            let grow = (w * 0.75 - h) / 2.0;
            b.min[1] -= grow;
            b.max[1] += grow;
        }
        b
    }
}

/// Degrees → map units (origin top left, y down).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Projection {
    bounds: Bounds,
    /// Map units per degree of latitude.
    scale: f64,
    /// cos(middle latitude): how much shorter a degree of longitude is.
    kx: f64,
    pub width: f64,
    pub height: f64,
}

impl Projection {
    /// The projection that maps `bounds` onto a map `width` units wide (height follows).
    pub fn fit(bounds: Bounds, width: f64) -> Projection {
        let mid = (bounds.min[1] + bounds.max[1]) / 2.0;
        let kx = mid.to_radians().cos().max(0.01);
        let span_x = ((bounds.max[0] - bounds.min[0]) * kx).max(1e-9);
        let scale = width / span_x;
        let height = ((bounds.max[1] - bounds.min[1]) * scale).max(1.0);
        Projection {
            bounds,
            scale,
            kx,
            width,
            height,
        }
    }

    /// Where `[lon, lat]` falls on the map.
    pub fn project(&self, [lon, lat]: Point) -> [f64; 2] {
        [
            (lon - self.bounds.min[0]) * self.kx * self.scale,
            (self.bounds.max[1] - lat) * self.scale,
        ]
    }
}

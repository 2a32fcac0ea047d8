//! The map's drawing under the markers: commune outlines, leader lines from a moved marker to its
//! point, and commune names, in one language. It is the same on every page of that language, so
//! it is published once, as `/<lang>/map.svg` (`_map_drawing.html`), and each page with a map
//! shows it with an `<img>` under its marker links. Inline, it weighed about 19 KB on each of the
//! pages with a map (39 MB of a 1000-district site); as a file a browser fetches it once.

use super::context::Ctx;
use super::locale::Locale;
use super::map::{markers, name_lines};
use super::map_layout::MapLayout;
use super::{Output, RenderError};
use crate::site::urls;
use serde::Serialize;

/// A commune outline with its name.
#[derive(Serialize)]
struct CommuneView {
    /// The name cut at dashes into short lines.
    lines: Vec<String>,
    /// Offset of the first line (in em) that centres the lines on the label's point.
    dy: f64,
    d: String,
    x: f64,
    y: f64,
}

/// What `_map_drawing.html` draws.
#[derive(Serialize)]
struct DrawingView {
    width: u32,
    height: u32,
    communes: Vec<CommuneView>,
    /// From a point to its marker, for each marker moved away from its point, in reading order.
    leaders: Vec<[f64; 4]>,
}

/// The drawing of every language, when the site has a map.
pub fn render_drawings(cx: &Ctx) -> Result<Vec<Output>, RenderError> {
    let Some(layout) = cx.shared.map.as_ref() else {
        return Ok(Vec::new());
    };
    cx.languages()
        .iter()
        .map(|lang| {
            let svg = drawing(cx, cx.locale(lang), layout)?;
            Ok(Output::new(urls::map_drawing(lang), svg.into_bytes()))
        })
        .collect()
}

/// The site paths of the drawings `render_drawings` writes.
pub fn drawing_paths(has_map: bool, languages: &[String]) -> Vec<String> {
    if !has_map {
        return Vec::new();
    }
    languages.iter().map(|l| urls::map_drawing(l)).collect()
}

/// The drawing in the language of `loc`. Marker positions do not depend on the page (a district
/// page's own marker, drawn over the communes', sits on its point), so neither do the leader lines.
fn drawing(cx: &Ctx, loc: &Locale, layout: &MapLayout) -> Result<String, RenderError> {
    let view = DrawingView {
        width: layout.width.round() as u32,
        height: layout.height.round() as u32,
        communes: layout
            .outlines
            .iter()
            .map(|o| {
                let lines = name_lines(&cx.commune_chip(loc, &o.id).label);
                let dy = ((lines.len() as f64 - 1.0) * -0.55 + 0.35) * 100.0;
                CommuneView {
                    dy: dy.round() / 100.0,
                    lines,
                    d: o.d.clone(),
                    x: o.label_at[0],
                    y: o.label_at[1],
                }
            })
            .collect(),
        leaders: markers(cx, loc, layout, None)
            .0
            .into_iter()
            .filter_map(|m| m.line)
            .collect(),
    };
    let mut context = tera::Context::new();
    context.insert("map", &view);
    let mut svg = cx.theme.render("_map_drawing.html", &context)?;
    let end = svg.trim_end().len();
    svg.truncate(end);
    svg.push('\n');
    Ok(svg)
}

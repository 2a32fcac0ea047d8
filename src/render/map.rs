//! The map of the districts as a flat view for `_map.html`: the address of the drawing (commune
//! outlines and names in the page's language, one file per language, see
//! [`map_drawing`](super::map_drawing)), one marker
//! link per district (or per commune above
//! [`MAX_DISTRICT_MARKERS`](super::map_layout::MAX_DISTRICT_MARKERS)), the legend, the text
//! alternative grouped by commune, the caption and the interactive map's settings.

use super::cards;
use super::context::Ctx;
use super::locale::Locale;
use super::map_layout::{MapLayout, Placed};
use super::view::{Link, StatusView};
use super::RenderError;
use crate::model::{District, Status};
use crate::site::urls;
use serde::Serialize;
use std::collections::BTreeMap;

/// A marker: a link placed over the map, in percent of its width and height.
#[derive(Serialize)]
pub struct MarkerView {
    pub url: String,
    /// The accessible name: "Quartier Bervoets, Forest".
    pub name: String,
    /// The shape: a status id, `none` (no dossier) or `group` (a commune's count).
    pub shape: String,
    pub left: String,
    pub top: String,
    /// From the point to the marker, when the marker was moved away from it: x1, y1, x2, y2
    /// (drawn in the map's drawing, the same on every page).
    #[serde(skip)]
    pub line: Option<[f64; 4]>,
    /// `current` (the district of the page), `faded` (the others there) or empty.
    pub state: &'static str,
    pub commune: String,
    #[serde(skip)]
    pub commune_label: String,
    pub themes: String,
    pub status: String,
    /// The editions of the district's dossiers, space-separated (for the edition filter).
    pub editions: String,
    /// For a commune's marker: how many districts it stands for.
    pub count: Option<usize>,
    pub lat: f64,
    pub lon: f64,
}

/// The text alternative: a commune and its districts (or its count, linking to the list).
#[derive(Serialize)]
pub struct GroupView {
    pub label: String,
    pub links: Vec<Link>,
}

/// The tile server of the interactive map.
#[derive(Serialize)]
pub struct InteractiveView {
    pub tiles: String,
    pub attribution: String,
    pub max_zoom: u32,
    /// "Loads the map from tile.example.org, which then receives your address."
    pub note: String,
}

/// Everything `_map.html` shows.
#[derive(Serialize)]
pub struct MapView {
    pub width: u32,
    pub height: u32,
    /// The drawing under the markers (commune outlines, leader lines, commune names): one file
    /// per language, `/<lang>/map.svg`, shown by every page with a map.
    pub drawing_url: String,
    pub markers: Vec<MarkerView>,
    pub legend: Vec<StatusView>,
    pub groups: Vec<GroupView>,
    pub caption: String,
    /// One marker per commune (too many districts for one each).
    pub aggregated: bool,
    /// A district page: the list after the map is folded.
    pub highlight: bool,
    pub interactive: Option<InteractiveView>,
}

/// The map of a page in the language of `loc`; `current` is the district of a district page.
pub fn map_view(
    cx: &Ctx,
    loc: &Locale,
    current: Option<&District>,
) -> Result<Option<MapView>, RenderError> {
    let Some(layout) = cx.shared.map.as_ref() else {
        return Ok(None);
    };
    let site = cx.site;
    let (markers, groups) = markers(cx, loc, layout, current);
    let legend = legend(cx, loc, &markers);
    let caption = if site.boundaries.is_some() {
        site.programme.map.source.get(loc.lang()).to_string()
    } else {
        loc.t("map_no_boundaries")
    };
    Ok(Some(MapView {
        width: layout.width.round() as u32,
        height: layout.height.round() as u32,
        drawing_url: cx.urls.path(&urls::map_drawing(loc.lang())),
        markers,
        legend,
        groups,
        caption,
        aggregated: layout.communes.is_some(),
        highlight: current.is_some(),
        interactive: site.programme.map.tiles.as_ref().map(|t| InteractiveView {
            tiles: t.url.clone(),
            attribution: t.attribution.clone(),
            max_zoom: t.max_zoom,
            note: loc.t("map_interactive_note").replace("{host}", &t.host),
        }),
    }))
}

/// The markers of a page in reading order, and the text alternative grouped by commune.
pub(super) fn markers(
    cx: &Ctx,
    loc: &Locale,
    layout: &MapLayout,
    current: Option<&District>,
) -> (Vec<MarkerView>, Vec<GroupView>) {
    let mut markers = Vec::new();
    let mut groups: BTreeMap<String, Vec<Link>> = BTreeMap::new();
    let commune_label = |id: &str| cx.commune_chip(loc, id).label;
    if let Some(communes) = &layout.communes {
        for (id, placed, count) in communes {
            let url = format!(
                "{}?commune={id}",
                cx.urls.path(&urls::districts(loc.lang()))
            );
            let name = loc
                .counted(*count, "map_commune_count")
                .replace("{commune}", &commune_label(id));
            groups.entry(commune_label(id)).or_default().push(Link {
                url: url.clone(),
                label: name.clone(),
            });
            let st = state(current, false);
            markers.push(marker(
                layout,
                placed,
                url,
                name,
                "group",
                st,
                id,
                "",
                "",
                Some(*count),
            ));
        }
        // A district page: its own marker too, over the communes'.
        if let Some((d, (lat, lon))) = current.and_then(|d| d.location.map(|l| (d, l))) {
            let point = layout.projection.project([lon, lat]);
            let placed = Placed {
                lonlat: [lon, lat],
                point,
                at: point,
            };
            markers.push(district_marker(cx, loc, layout, d, &placed, "current").0);
        }
    } else {
        for (d, placed) in cx.site.districts.iter().zip(&layout.districts) {
            let Some(placed) = placed else { continue };
            let st = state(current, current.is_some_and(|c| c.id == d.id));
            let (m, label) = district_marker(cx, loc, layout, d, placed, st);
            // The text alternative lists a district under each of its communes.
            for c in &d.communes {
                groups
                    .entry(cx.commune_chip(loc, c.as_str()).label)
                    .or_default()
                    .push(Link {
                        url: m.url.clone(),
                        label: label.clone(),
                    });
            }
            markers.push(m);
        }
    }
    sort_for_reading(&mut markers, layout);
    let mut groups: Vec<GroupView> = groups
        .into_iter()
        .map(|(label, mut links)| {
            super::collate::sort_by_label(&mut links, |l| &l.label);
            GroupView { label, links }
        })
        .collect();
    super::collate::sort_by_label(&mut groups, |g| &g.label);
    (markers, groups)
}

/// A district's marker and its name for the list.
fn district_marker(
    cx: &Ctx,
    loc: &Locale,
    layout: &MapLayout,
    d: &District,
    placed: &Placed,
    state: &'static str,
) -> (MarkerView, String) {
    let card = cards::district_card(cx, loc, d);
    let communes = cx.communes_label(loc, d);
    let name = format!("{}, {communes}", card.name);
    let status = card.status.as_ref().map_or("", |s| s.id.as_str());
    let shape = if status.is_empty() { "none" } else { status };
    let mut m = marker(
        layout,
        placed,
        card.url,
        name,
        shape,
        state,
        &card.commune_ids,
        &card.theme_ids,
        status,
        None,
    );
    m.commune_label = communes;
    m.editions = d
        .dossiers
        .iter()
        .map(|x| x.edition.to_string())
        .collect::<Vec<_>>()
        .join(" ");
    (m, card.name)
}

fn state(current: Option<&District>, is_current: bool) -> &'static str {
    match (current, is_current) {
        (None, _) => "",
        (Some(_), true) => "current",
        (Some(_), false) => "faded",
    }
}

#[allow(clippy::too_many_arguments)]
fn marker(
    layout: &MapLayout,
    p: &Placed,
    url: String,
    name: String,
    shape: &str,
    state: &'static str,
    commune: &str,
    themes: &str,
    status: &str,
    count: Option<usize>,
) -> MarkerView {
    let moved = (p.at[0] - p.point[0]).hypot(p.at[1] - p.point[1]) > 1.0;
    let r = |v: f64| (v * 10.0).round() / 10.0;
    MarkerView {
        url,
        name,
        shape: shape.to_string(),
        left: format!("{:.2}", p.at[0] / layout.width * 100.0),
        top: format!("{:.2}", p.at[1] / layout.height * 100.0),
        line: moved.then(|| [r(p.point[0]), r(p.point[1]), r(p.at[0]), r(p.at[1])]),
        state,
        commune: commune.to_string(),
        commune_label: String::new(),
        themes: themes.to_string(),
        status: status.to_string(),
        editions: String::new(),
        count,
        lat: degrees(p.lonlat[1]),
        lon: degrees(p.lonlat[0]),
    }
}

/// A latitude or longitude to 5 decimals (about a metre), enough to place a marker: a commune's
/// centre, an average of points, would otherwise print 16 digits.
fn degrees(x: f64) -> f64 {
    (x * 1e5).round() / 1e5
}

/// Markers in reading order, so that Tab goes through the map row by row, left to right.
fn sort_for_reading(markers: &mut [MarkerView], layout: &MapLayout) {
    let key = |m: &MarkerView| {
        let top: f64 = m.top.parse().unwrap_or(0.0);
        let left: f64 = m.left.parse().unwrap_or(0.0);
        // Rows as tall as a marker's room (a tenth of the map's height, about).
        let row = (top * layout.height / 100.0 / (layout.width / 12.0)).floor() as i64;
        (row, (left * 100.0) as i64)
    };
    markers.sort_by(|a, b| key(a).cmp(&key(b)).then_with(|| a.url.cmp(&b.url)));
}

/// The statuses shown on the map, in the programme's order, then "no dossier", then groups.
fn legend(cx: &Ctx, loc: &Locale, markers: &[MarkerView]) -> Vec<StatusView> {
    let mut out: Vec<StatusView> = Status::ALL
        .iter()
        .filter(|s| markers.iter().any(|m| m.shape == s.as_str()))
        .map(|s| cx.status_view(loc, *s))
        .collect();
    for (shape, key) in [("none", "map_no_dossier"), ("group", "map_group")] {
        if markers.iter().any(|m| m.shape == shape) {
            out.push(StatusView {
                id: shape.to_string(),
                label: loc.t(key),
                phase: 0,
            });
        }
    }
    out
}

/// A commune's name in lines of at most about 12 characters, cut after dashes and spaces.
pub(super) fn name_lines(label: &str) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut word = String::new();
    let mut words = Vec::new();
    for c in label.chars() {
        word.push(c);
        if c == '-' || c == ' ' {
            words.push(std::mem::take(&mut word));
        }
    }
    words.push(word);
    for w in words.into_iter().filter(|w| !w.is_empty()) {
        match lines.last_mut() {
            Some(l) if l.chars().count() + w.chars().count() <= 12 => l.push_str(&w),
            _ => lines.push(w),
        }
    }
    lines.iter().map(|l| l.trim_end().to_string()).collect()
}

#[cfg(test)]
mod tests {
    use super::name_lines;

    #[test]
    fn cuts_long_commune_names_at_dashes() {
        assert_eq!(name_lines("Forest"), ["Forest"]);
        assert_eq!(
            name_lines("Saint-Josse-ten-Noode"),
            ["Saint-Josse-", "ten-Noode"]
        );
        assert_eq!(
            name_lines("Sint-Lambrechts-Woluwe"),
            ["Sint-", "Lambrechts-", "Woluwe"]
        );
    }
}

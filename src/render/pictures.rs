//! Pictures on the site: the `<img>` of a picture (variants in `srcset`, intrinsic size, text).
//! Their files are processed and published by the publishing stage (`crate::publish`).

use super::view::{ImageView, Thumb};
use crate::model::Picture;
use crate::pictures::widths;
use crate::site::escape::escape_html;
use crate::site::urls::{self, Urls};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// The width of the fallback `src` (browsers without `srcset`): the largest variant up to this.
const FALLBACK_WIDTH: u32 = 960;

/// The view of the picture at `path` (root-relative) with its text, if it is published.
pub fn image_view(
    pictures: &BTreeMap<PathBuf, Picture>,
    urls: &Urls,
    path: &Path,
    alt: &str,
) -> Option<ImageView> {
    let probe = &pictures.get(path)?.probe;
    let variants: Vec<(u32, String)> = widths(probe.width)
        .into_iter()
        .filter_map(|w| {
            Some((
                w,
                urls.path(&urls::picture(
                    path,
                    &probe.key,
                    probe.output.extension(),
                    w,
                )?),
            ))
        })
        .collect();
    let (largest, largest_url) = variants.last()?.clone();
    let src = variants
        .iter()
        .rev()
        .find(|(w, _)| *w <= FALLBACK_WIDTH)
        .unwrap_or(&variants[0])
        .1
        .clone();
    let srcset = variants
        .iter()
        .map(|(w, u)| format!("{u} {w}w"))
        .collect::<Vec<_>>()
        .join(", ");
    Some(ImageView {
        src,
        srcset,
        width: largest,
        height: crate::pictures::height_at(probe.width, probe.height, largest),
        alt: alt.to_string(),
        lang: None,
        preview: urls.absolute_of_path(&largest_url),
        thumb: Thumb {
            src: variants[0].1.clone(),
            width: variants[0].0,
            height: crate::pictures::height_at(probe.width, probe.height, variants[0].0),
        },
    })
}

/// The widest a picture of the body is shown, in CSS pixels (the text column).
const COLUMN_WIDTH: u32 = 992;

/// The `<img>` of a picture in a Markdown body: shown at most at its own width and the
/// column's, loaded lazily (a body starts below the page's title and facts).
pub fn inline_img(view: &ImageView, title: &str) -> String {
    let shown = view.width.min(COLUMN_WIDTH);
    let sizes = format!(
        "(max-width: {}px) calc(100vw - 2rem), {shown}px",
        shown + 32
    );
    let mut html = String::with_capacity(256 + view.srcset.len());
    html.push_str("<img src=\"");
    push_escaped(&mut html, &view.src);
    html.push_str("\" srcset=\"");
    push_escaped(&mut html, &view.srcset);
    html.push_str(&format!(
        "\" sizes=\"{sizes}\" width=\"{}\" height=\"{}\" alt=\"",
        view.width, view.height
    ));
    push_escaped(&mut html, &view.alt);
    html.push('"');
    if !title.is_empty() {
        html.push_str(" title=\"");
        push_escaped(&mut html, title);
        html.push('"');
    }
    html.push_str(" loading=\"lazy\" decoding=\"async\">");
    html
}

fn push_escaped(out: &mut String, s: &str) {
    let mut buf = Vec::with_capacity(s.len());
    let _ = escape_html(s, &mut buf);
    out.push_str(&String::from_utf8_lossy(&buf));
}

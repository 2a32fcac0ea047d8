//! `/<lang>/pages/open-data/`: the open data's field guide for people, from the same tables as
//! `data/datapackage.json` — each published file with its link and size, a table of its fields,
//! the licence and the credit of the commune boundaries.

use super::context::Ctx;
use super::data_fields::{Codes, Field};
use super::data_package::{code_meanings, file_kind, FileKind, FILES};
use super::locale::Locale;
use super::view::Link;
use super::Output;
use crate::site::files;
use serde::Serialize;

#[derive(Serialize)]
pub(super) struct OpenData {
    files: Vec<FileView>,
    /// `data/datapackage.json`, for programs.
    package: String,
    licence: Option<Link>,
    /// The licence's id, when it has no address to link to.
    licence_name: Option<String>,
    /// Credit of the commune boundaries, when the site publishes them.
    source: Option<String>,
}

#[derive(Serialize)]
struct FileView {
    /// The file name (`projects.csv`).
    name: String,
    url: String,
    format: &'static str,
    /// `26,0 ko`.
    size: String,
    /// An id for the table's caption, unique on the page.
    anchor: String,
    fields: Vec<FieldView>,
}

#[derive(Serialize)]
struct FieldView {
    name: &'static str,
    kind: String,
    description: String,
    /// The codes and their meanings, for a field with a closed list.
    codes: Vec<Link>,
}

/// `n` bytes in kilobytes with one decimal, as the language of `loc` writes numbers.
fn size(loc: &Locale, n: usize) -> String {
    let tenths = (n + 50) / 100;
    let number = format!(
        "{}{}{}",
        tenths / 10,
        loc.formats().number.decimal,
        tenths % 10
    );
    loc.t("open_data_size").replace("{size}", &number)
}

fn field_view(cx: &Ctx, loc: &Locale, f: &Field) -> FieldView {
    let typo = |s: &str| loc.formats().typography(s);
    let codes = match f.codes {
        Codes::None => Vec::new(),
        codes => code_meanings(cx, codes)
            .into_iter()
            .map(|(code, meanings)| {
                let label = meanings
                    .into_iter()
                    .find(|(l, _)| l == loc.lang())
                    .map(|(_, m)| m)
                    .unwrap_or_default();
                Link { url: code, label }
            })
            .collect(),
    };
    FieldView {
        name: f.name,
        kind: loc.t(&format!("open_data_type_{}", f.kind)),
        description: typo(f.description(loc.lang())),
        codes,
    }
}

/// The view of the page in the language of `loc`, describing `files` (the outputs of
/// `render_data`).
pub(super) fn open_data(cx: &Ctx, loc: &Locale, files: &[Output]) -> OpenData {
    let mut files: Vec<(&Output, &FileKind)> = files
        .iter()
        .filter_map(|o| file_kind(&o.path).map(|k| (o, k)))
        .collect();
    files.sort_by_key(|(o, _)| FILES.iter().position(|k| k.path == o.path));
    let files = files
        .into_iter()
        .map(|(o, k)| {
            let name = files::name(&o.path).to_string();
            FileView {
                anchor: format!("file-{}", name.replace('.', "-")),
                url: cx.urls.path(&o.path),
                name,
                format: k.label,
                size: size(loc, o.bytes.len()),
                fields: k.fields.iter().map(|f| field_view(cx, loc, f)).collect(),
            }
        })
        .collect();
    let licence = cx.site.programme.licence.as_ref();
    let programme = &cx.site.programme;
    OpenData {
        files,
        package: cx.urls.path(files::PACKAGE),
        licence: licence.and_then(|l| {
            l.path.as_ref().map(|p| Link {
                url: p.clone(),
                label: l.title.clone().unwrap_or_else(|| l.name.clone()),
            })
        }),
        licence_name: licence
            .filter(|l| l.path.is_none())
            .map(|l| l.title.clone().unwrap_or_else(|| l.name.clone())),
        source: (cx.site.boundaries.is_some() && !programme.map.source.0.is_empty())
            .then(|| programme.map.source.get(loc.lang()).to_string()),
    }
}

//! `data/projects.csv`: one row per project, written by the `csv` crate from [`Row`] (RFC 4180
//! quoting, CRLF line ends, the header from the row's fields). The columns are those of
//! [`data_fields::CSV`], which describes them in `datapackage.json`; a test keeps the two in step.

use super::data_json::ProjectJson;
use super::RenderError;
use crate::model::{Cents, Project};
use serde::Serialize;

/// One line of `projects.csv`; lists are joined with `;`, amounts are euros with a point. Every
/// text goes through [`neutralise_formula`].
#[derive(Serialize)]
struct Row {
    id: String,
    district: String,
    commune: String,
    edition: u32,
    status: String,
    lang: String,
    title: String,
    themes: String,
    requested_eur: String,
    granted_eur: String,
    spent_eur: String,
    url: String,
    track: String,
    communes: String,
}

impl Row {
    fn new(p: &Project, j: &ProjectJson) -> Row {
        let n = neutralise_formula;
        let money = |c: Option<Cents>| n(&c.map(|c| c.format_parts("", ".")).unwrap_or_default());
        Row {
            id: n(j.id),
            district: n(j.district),
            commune: n(j.commune),
            edition: j.edition,
            status: n(j.status.unwrap_or("")),
            lang: n(j.lang),
            title: n(&p.text.original.title),
            themes: n(&j.themes.join(";")),
            requested_eur: money(Some(p.budget.requested_total())),
            granted_eur: money(p.budget.granted),
            spent_eur: money(p.budget.spent),
            url: n(j.url.get(j.lang).map_or("", String::as_str)),
            track: n(j.track.unwrap_or("")),
            communes: n(&j.communes.join(";")),
        }
    }
}

/// `projects.csv` for the projects in the site's order (`projects` their JSON records, in the same
/// order).
pub(super) fn projects_csv<'a>(
    projects: impl Iterator<Item = &'a Project>,
    json: &[ProjectJson],
) -> Result<Vec<u8>, RenderError> {
    let fail = |e: &dyn std::fmt::Display| RenderError::Template {
        name: "open data".into(),
        message: e.to_string(),
    };
    let mut out = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new());
    for (p, j) in projects.zip(json) {
        out.serialize(Row::new(p, j)).map_err(|e| fail(&e))?;
    }
    out.into_inner().map_err(|e| fail(&e.error()))
}

/// A text that a spreadsheet would run as a formula (a leading `=`, `+`, `-` or `@`) behind a
/// quote, so that it is shown as typed.
pub fn neutralise_formula(s: &str) -> String {
    if s.starts_with(['=', '+', '-', '@']) {
        format!("'{s}")
    } else {
        s.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::data_fields;

    #[test]
    fn the_rows_header_is_the_described_columns() {
        let row = Row {
            id: "jardin".into(),
            district: "bervoets".into(),
            commune: "forest".into(),
            edition: 2024,
            status: "submitted".into(),
            lang: "fr".into(),
            title: "Un jardin, enfin".into(),
            themes: "eau;biodiversite".into(),
            requested_eur: "1200.50".into(),
            granted_eur: String::new(),
            spent_eur: String::new(),
            url: "/fr/districts/bervoets/jardin/".into(),
            track: String::new(),
            communes: "forest".into(),
        };
        let mut w = csv::WriterBuilder::new()
            .terminator(csv::Terminator::CRLF)
            .from_writer(Vec::new());
        w.serialize(row).unwrap();
        let text = String::from_utf8(w.into_inner().unwrap()).unwrap();
        let expected = format!(
            "{}\r\njardin,bervoets,forest,2024,submitted,fr,\"Un jardin, enfin\",eau;biodiversite,\
             1200.50,,,/fr/districts/bervoets/jardin/,,forest\r\n",
            data_fields::csv_header()
        );
        assert_eq!(text, expected);
    }

    #[test]
    fn neutralises_formulas_and_quotes_per_rfc_4180() {
        assert_eq!(neutralise_formula("plain"), "plain");
        assert_eq!(neutralise_formula("=HYPERLINK(1)"), "'=HYPERLINK(1)");
        assert_eq!(neutralise_formula("-1"), "'-1");
        let mut w = csv::WriterBuilder::new()
            .terminator(csv::Terminator::CRLF)
            .from_writer(Vec::new());
        w.write_record(["a, b", "say \"hi\"", "two\nlines", "plain", ""])
            .unwrap();
        let text = String::from_utf8(w.into_inner().unwrap()).unwrap();
        assert_eq!(
            text,
            "\"a, b\",\"say \"\"hi\"\"\",\"two\nlines\",plain,\r\n"
        );
    }
}

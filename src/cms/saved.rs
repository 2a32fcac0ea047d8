//! What an editor reads after each save, in each interface language: the change is proposed, the
//! programme's team reviews it, and it goes online once accepted — usually within the days of
//! `editing.review_days` when the programme says so — with a link to the editor's workflow
//! board, where what she proposed is listed.

use super::labels::{Labels, UI_LANGUAGES};
use crate::model::Editing;
use crate::site::escape::xml;

/// The note in `lang`.
pub fn text(editing: Option<&Editing>, lang: &str) -> String {
    let labels = Labels::new(lang);
    let days = editing.and_then(|e| e.review_days);
    let text = match days {
        None => labels.get("cms-saved", &[]),
        Some(1) => labels.get("cms-saved-one-day", &[]),
        Some(n) => labels.get("cms-saved-days", &[("days", &n.to_string())]),
    };
    text.unwrap_or_default()
}

/// The note as HTML: one hidden paragraph per interface language, each with its link to the
/// workflow board (the entry script shows the one of the interface's language when Decap reports
/// a save).
pub fn html(editing: Option<&Editing>) -> String {
    let mut out = String::from("<div id=\"wijk-saved-notice\" role=\"status\" hidden>\n");
    for lang in UI_LANGUAGES {
        let link = Labels::new(lang)
            .get("cms-saved-link", &[])
            .unwrap_or_default();
        out.push_str(&format!(
            "<p lang=\"{lang}\" hidden>{} <a href=\"#/workflow\">{}</a></p>\n",
            xml(&text(editing, lang)),
            xml(&link)
        ));
    }
    out.push_str("<button type=\"button\" aria-label=\"OK\">OK</button>\n</div>");
    out
}

//! Validation of meetings (`content/meetings/*.md`) → `Meeting`s, sorted by date.

use super::checker::Checker;
use super::privacy::check_public_text;
use super::text::localized;
use crate::model::{Id, Meeting};

/// Checks `content/meetings/*.md`.
pub(crate) fn validate_meetings(ctx: &mut Checker) -> Vec<Meeting> {
    let mut out = Vec::new();
    for md in &ctx.corpus.meetings {
        let doc = &md.doc;
        let raw = &doc.data;
        let lang = ctx.lang(doc, raw.lang.as_ref());
        let title = ctx.text(doc, &raw.title, "title");
        let date = ctx.date(doc, &raw.date, "date");
        let themes = ctx.themes(doc, &raw.themes);
        let districts = raw
            .districts
            .iter()
            .filter_map(|d| ctx.district(doc, d))
            .collect();
        if let Some(p) = &raw.place {
            check_public_text(ctx, doc, p);
        }
        let (Some(date), Some(id)) = (date, Id::parse(&md.id)) else {
            continue;
        };
        out.push(Meeting {
            id,
            date,
            place: raw.place.as_ref().map(|p| p.value.trim().to_string()),
            themes,
            districts,
            text: localized(md, lang, title, None, None),
        });
    }
    out.sort_by(|a, b| (a.date, &a.id).cmp(&(b.date, &b.id)));
    out
}

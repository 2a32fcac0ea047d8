//! Validation of free pages (`content/pages/*.md`) → `Page`s.

use super::checker::Checker;
use super::text::localized;
use crate::model::{Id, Page};

/// Checks `content/pages/*.md`.
pub(crate) fn validate_pages(ctx: &mut Checker) -> Vec<Page> {
    let mut out = Vec::new();
    for md in &ctx.corpus.pages {
        let doc = &md.doc;
        let lang = ctx.lang(doc, doc.data.lang.as_ref());
        let title = ctx.text(doc, &doc.data.title, "title");
        let Some(id) = Id::parse(&md.id) else {
            continue;
        };
        out.push(Page {
            id,
            text: localized(md, lang, title, None, None),
        });
    }
    out.sort_by(|a, b| a.id.cmp(&b.id));
    out
}

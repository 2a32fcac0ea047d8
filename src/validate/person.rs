//! Validation of expert and coach profiles, meetings and pages.

use super::ctx::Ctx;
use super::text::{check_public_text, localized};
use crate::diag::Rule;
use crate::model::{Id, Meeting, Page, Person, Role};
use crate::msg;

/// Checks `content/experts/*.md`.
pub(crate) fn validate_persons(ctx: &mut Ctx) -> Vec<Person> {
    let mut out = Vec::new();
    for md in &ctx.corpus.experts {
        let doc = &md.doc;
        let raw = &doc.data;
        let role = match raw.role.value.as_str() {
            "expert" => Some(Role::Expert),
            "coach" => Some(Role::Coach),
            other => {
                let m = msg!("schema-role", role = other);
                ctx.at(doc, &raw.role, Rule::SchemaInvalidValue, m);
                None
            }
        };
        let lang = ctx.lang(doc, raw.lang.as_ref());
        let name = ctx.person_name(doc, &raw.name);
        let themes = ctx.themes(doc, &raw.themes);
        let email = raw.email.as_ref().and_then(|e| ctx.email(doc, e));
        let mut languages = Vec::new();
        for l in &raw.languages {
            if ctx.language_code(doc, l) {
                languages.push(l.value.clone());
            }
        }
        if let Some(o) = &raw.organisation {
            check_public_text(ctx, doc, o);
        }
        let (Some(role), Some(id)) = (role, Id::parse(&md.id)) else {
            continue;
        };
        out.push(Person {
            id,
            name: name.clone(),
            role,
            themes,
            organisation: raw
                .organisation
                .as_ref()
                .map(|o| o.value.trim().to_string()),
            languages,
            email,
            public_contact: raw.public_contact.as_ref().is_some_and(|p| p.value),
            text: localized(md, lang, name, None, None),
        });
    }
    out.sort_by(|a, b| a.id.cmp(&b.id));
    out
}

/// Checks `content/meetings/*.md`.
pub(crate) fn validate_meetings(ctx: &mut Ctx) -> Vec<Meeting> {
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

/// Checks `content/pages/*.md`.
pub(crate) fn validate_pages(ctx: &mut Ctx) -> Vec<Page> {
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

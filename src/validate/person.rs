//! Validation of expert and coach profiles (`content/experts/*.md`) → `Person`s.

use super::checker::Checker;
use super::privacy::check_public_text;
use super::text::localized;
use crate::diag::Rule;
use crate::model::{Id, Person, Role};
use crate::msg;

/// Checks `content/experts/*.md`.
pub(crate) fn validate_persons(ctx: &mut Checker) -> Vec<Person> {
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

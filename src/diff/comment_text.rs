//! The words of the comment: messages, money and dates in the reader's language, content
//! escaped for Markdown, links to the site's pages.

use super::changes::{Changes, Delta, Euros, Presence, Titles};
use super::comment_view::LinkView;
use super::escape;
use crate::i18n::format::{format_date, format_money};
use crate::i18n::{Lang, Message};
use crate::model::Date;
use crate::msg;
use crate::site::urls::Urls;

/// What every part of the comment needs: the language, and where pages are.
pub(super) struct Md<'a> {
    pub changes: &'a Changes,
    pub lang: Lang,
    /// The site language links point to: the reader's if the programme has it, else its first.
    pub url_lang: String,
    urls: Urls,
}

impl<'a> Md<'a> {
    pub fn new(changes: &'a Changes, lang: Lang) -> Md<'a> {
        let code = lang.code();
        let url_lang = if changes.languages.iter().any(|l| l == code) {
            code.to_string()
        } else {
            changes
                .languages
                .first()
                .cloned()
                .unwrap_or_else(|| code.to_string())
        };
        Md {
            changes,
            lang,
            url_lang,
            urls: Urls::new(&changes.base_url),
        }
    }

    /// A message in the reader's language.
    pub fn t(&self, m: Message) -> String {
        m.text(self.lang)
    }

    pub fn money(&self, e: Euros) -> String {
        format_money(e.0, self.lang.code())
    }

    /// A cap as a message argument: the amount, or "no start fund" where the call has none.
    pub fn cap_arg(&self, cap: Option<Euros>) -> crate::i18n::Arg {
        match cap {
            Some(e) => e.0.into(),
            None => self.t(msg!("diff-no-start-fund")).into(),
        }
    }

    /// A date, or a dash when there is none.
    pub fn maybe_date(&self, d: Option<Date>) -> String {
        d.map(|d| format_date(d, self.lang.code()))
            .unwrap_or_else(|| "—".to_string())
    }

    /// The title in the reader's language, else the programme's first, else any; escaped.
    pub fn title(&self, t: &Titles) -> String {
        let pick = t
            .get(self.lang.code())
            .or_else(|| self.changes.languages.first().and_then(|l| t.get(l)))
            .or_else(|| t.values().next());
        escape::text(pick.map(String::as_str).unwrap_or(""))
    }

    /// `text` (escaped already) linked to the absolute URL of the site path `path`, unless the
    /// item is gone (removed, or unreadable after the change); the URL (made of the content's
    /// `base_url` and ids) is encoded here.
    pub fn link(&self, text: String, change: Presence, path: impl FnOnce() -> String) -> LinkView {
        let url = match change {
            Presence::Removed | Presence::Unreadable => None,
            _ => Some(escape::destination(&self.urls.absolute(&path()))),
        };
        LinkView { text, url }
    }

    /// "Fields changed: …" with each field's name in the reader's language.
    pub fn fields(&self, fields: &[&str]) -> Option<String> {
        if fields.is_empty() {
            return None;
        }
        let names: Vec<String> = fields
            .iter()
            .map(|f| self.t(msg!("diff-field", field = *f)))
            .collect();
        Some(self.t(msg!("diff-fields", list = names.join(", "))))
    }

    /// `before → after`, or the one value when both are equal; `—` for no amount.
    pub fn delta(&self, d: &Delta<Option<Euros>>) -> String {
        let one = |v: Option<Euros>| v.map(|e| self.money(e)).unwrap_or_else(|| "—".into());
        if d.before == d.after {
            one(d.after)
        } else {
            format!("{} → {}", one(d.before), one(d.after))
        }
    }

    /// [`Md::delta`] of two amounts that are always there.
    pub fn delta_of(&self, d: &Delta<Euros>) -> String {
        self.delta(&Delta {
            before: Some(d.before),
            after: Some(d.after),
        })
    }
}

/// The kebab-case name of a fact's enum value, as in the JSON (Fluent selects on it).
pub(super) fn kebab<T: serde::Serialize>(v: &T) -> String {
    serde_json::to_value(v)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}

//! Comparison: the two sides of a change → [`Changes`]. Pure.

use super::changes::Changes;
use super::sides::Side;

/// What the change from `before` to `after` means for the programme.
///
/// A side without a readable programme counts as empty before the change; after the change, only
/// diagnostics are compared (there is nothing else to compare).
/// Texts (the diagnostics' messages) are in `lang`.
pub fn compare(before: &Side, after: &Side, lang: crate::i18n::Lang) -> Changes {
    let mut changes = Changes {
        since: before.commit.clone(),
        until: after.commit.clone(),
        before_readable: before.site.is_some(),
        after_readable: after.site.is_some(),
        diagnostics: super::diagnostics::compare_diagnostics(
            &before.diagnostics,
            &after.diagnostics,
            lang,
        ),
        ..Changes::default()
    };
    let Some(new) = &after.site else {
        if let Some(old) = &before.site {
            changes.base_url = old.programme.base_url.clone();
            changes.languages = old.programme.languages.clone();
        }
        return changes;
    };
    changes.base_url = new.programme.base_url.trim_end_matches('/').to_string();
    changes.languages = new.programme.languages.clone();
    let old = before.site.as_ref();
    changes.data = super::data::compare_data(old, new);
    changes.districts = super::district::compare_districts(old, new, after);
    let items = super::items::Items { old, new, after };
    changes.experts = items.experts();
    changes.meetings = items.meetings();
    changes.pages = items.pages();
    changes
}

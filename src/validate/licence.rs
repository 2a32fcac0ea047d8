//! `licence:` of `data/programme.yaml` → the open data's licence (`model::Licence`).

use super::checker::Checker;
use super::config_url::{check_url, quoted};
use crate::diag::Rule;
use crate::load::raw::{RawLicence, RawProgramme, S};
use crate::load::Doc;
use crate::model::{Licence, UrlUse};
use crate::msg;

/// Whether `name` is an Open Definition licence id: letters, digits, `-`, `.`, `_`.
fn is_licence_id(name: &str) -> bool {
    !name.is_empty()
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "-._".contains(c))
}

/// Checks `licence:`: an id as the Data Package expects (`schema.invalid-value`), an https text
/// (`config.url`) and a title that says something; `None` when the id is wrong.
pub(crate) fn validate_licence(
    ctx: &mut Checker,
    doc: &Doc<RawProgramme>,
    raw: &S<RawLicence>,
) -> Option<Licence> {
    let raw = &raw.value;
    let name_ok = is_licence_id(raw.name.value.trim());
    if !name_ok {
        let m = msg!("schema-licence-name", value = quoted(&raw.name.value));
        ctx.at(doc, &raw.name, Rule::SchemaInvalidValue, m)
            .help(msg!("schema-licence-name.help"));
    }
    let path = raw
        .path
        .as_ref()
        .filter(|p| check_url(ctx, doc, p, "licence.path", UrlUse::Service))
        .map(|p| p.value.trim().to_string());
    let title = raw.title.as_ref().and_then(|t| {
        if t.value.trim().is_empty() {
            let m = msg!("schema-licence-title");
            ctx.at(doc, t, Rule::SchemaInvalidValue, m);
            return None;
        }
        Some(t.value.trim().to_string())
    });
    name_ok.then(|| Licence {
        name: raw.name.value.trim().to_string(),
        path,
        title,
    })
}

#[cfg(test)]
mod tests {
    use super::is_licence_id;

    #[test]
    fn accepts_open_definition_ids_only() {
        assert!(is_licence_id("CC-BY-4.0"));
        assert!(is_licence_id("ODC_BY.1"));
        assert!(!is_licence_id(""));
        assert!(!is_licence_id("CC BY 4.0"));
        assert!(!is_licence_id("CC-BY/4.0"));
    }
}

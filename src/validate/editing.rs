//! Validation of `editing:` in the programme: the browser editor's backend, repository and branch.

use super::checker::Checker;
use crate::diag::Rule;
use crate::load::raw::{RawEditing, RawProgramme, S};
use crate::load::Doc;
use crate::model::{Backend, Editing};
use crate::msg;

/// Checks `editing:`; `None` when it cannot be used (each problem reported).
pub(crate) fn validate_editing(
    ctx: &mut Checker,
    doc: &Doc<RawProgramme>,
    raw: &S<RawEditing>,
) -> Option<Editing> {
    let e = &raw.value;
    let Some(backend) = Backend::parse(&e.backend.value) else {
        let names: Vec<&str> = Backend::ALL.iter().map(|b| b.as_str()).collect();
        let m = msg!("schema-editing-backend", backend = &e.backend.value);
        ctx.at(doc, &e.backend, Rule::SchemaInvalidValue, m)
            .help(msg!("one-of", list = names.join(", ")));
        return None;
    };
    let repo = e.repo.as_ref().map(|r| r.value.trim().to_string());
    match (&e.repo, backend) {
        (None, Backend::GitGateway) => {}
        (None, _) => {
            let m = msg!("schema-editing-repo-missing", backend = backend.as_str());
            ctx.at(doc, &e.backend, Rule::SchemaMissingField, m)
                .help(msg!("schema-editing-repo.help"));
            return None;
        }
        (Some(r), _) if !is_repo(&r.value) => {
            let m = msg!("schema-editing-repo", value = &r.value);
            ctx.at(doc, r, Rule::SchemaInvalidValue, m)
                .help(msg!("schema-editing-repo.help"));
            return None;
        }
        _ => {}
    }
    let text = |v: &Option<S<String>>| v.as_ref().map(|s| s.value.trim().to_string());
    Some(Editing {
        backend,
        repo,
        branch: text(&e.branch).unwrap_or_else(|| "main".into()),
        base_url: text(&e.base_url),
        auth_endpoint: text(&e.auth_endpoint),
        app_id: text(&e.app_id),
        api_root: text(&e.api_root),
    })
}

/// `owner/name` (GitLab groups may nest: `group/sub/name`), without spaces or URL syntax.
fn is_repo(s: &str) -> bool {
    let parts: Vec<&str> = s.trim().split('/').collect();
    parts.len() >= 2
        && parts.iter().all(|p| {
            !p.is_empty()
                && p.chars()
                    .all(|c| c.is_ascii_alphanumeric() || "-_.".contains(c))
        })
}

//! Validation of `editing:` in the programme: the browser editor's backend, repository and branch.

use super::checker::Checker;
use super::config_url::{check_endpoint, check_repo, check_url};
use crate::diag::Rule;
use crate::load::raw::{RawEditing, RawProgramme, S};
use crate::load::Doc;
use crate::model::{Backend, Editing, UrlUse};
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
    // The repository and every address are checked (each problem reported in the same run), then
    // the settings are refused if any is wrong.
    let repo_ok = match (&e.repo, backend) {
        (None, Backend::GitGateway) => true,
        (None, _) => {
            let m = msg!("schema-editing-repo-missing", backend = backend.as_str());
            ctx.at(doc, &e.backend, Rule::SchemaMissingField, m)
                .help(msg!("config-repo.help"));
            false
        }
        (Some(r), _) => check_repo(ctx, doc, r, backend == Backend::Gitlab),
    };
    let urls = [
        ("editing.base_url", &e.base_url),
        ("editing.api_root", &e.api_root),
    ];
    let mut urls_ok = true;
    for (field, v) in urls {
        if let Some(v) = v {
            urls_ok &= check_url(ctx, doc, v, field, UrlUse::Service);
        }
    }
    if let Some(v) = &e.auth_endpoint {
        urls_ok &= check_endpoint(ctx, doc, v);
    }
    let open_authoring = open_authoring(ctx, doc, e, backend);
    if !(repo_ok && urls_ok) {
        return None;
    }
    let open_authoring = open_authoring?;
    let text = |v: &Option<S<String>>| v.as_ref().map(|s| s.value.trim().to_string());
    Some(Editing {
        backend,
        repo,
        branch: text(&e.branch).unwrap_or_else(|| "main".into()),
        base_url: text(&e.base_url),
        auth_endpoint: text(&e.auth_endpoint),
        app_id: text(&e.app_id),
        api_root: text(&e.api_root),
        open_authoring,
        review_days: review_days(ctx, doc, e),
    })
}

/// `review_days`: a number of days from 1 to 365, else left out (reported).
fn review_days(ctx: &mut Checker, doc: &Doc<RawProgramme>, e: &RawEditing) -> Option<u32> {
    let v = e.review_days.as_ref()?;
    if (1..=365).contains(&v.value) {
        return Some(v.value);
    }
    let m = msg!("schema-editing-review-days", value = v.value);
    ctx.at(doc, v, Rule::SchemaInvalidValue, m);
    None
}

/// `open_authoring`: on by default where the backend can fork for an editor without write
/// access (GitHub), off elsewhere; `true` on a backend that cannot is refused on its value.
fn open_authoring(
    ctx: &mut Checker,
    doc: &Doc<RawProgramme>,
    e: &RawEditing,
    backend: Backend,
) -> Option<bool> {
    match &e.open_authoring {
        None => Some(backend.forks_for_editors()),
        Some(v) if v.value && !backend.forks_for_editors() => {
            let m = msg!("schema-editing-open-authoring", backend = backend.as_str());
            ctx.at(doc, v, Rule::SchemaInvalidValue, m)
                .help(msg!("schema-editing-open-authoring.help"));
            None
        }
        Some(v) => Some(v.value),
    }
}

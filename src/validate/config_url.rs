//! `config.url`: every address of `data/programme.yaml` (`base_url`, `editing.base_url`,
//! `editing.api_root`, `map.tiles`) and the editor's `repo`, checked with the parser a browser
//! uses, on the value that holds them.

use super::checker::Checker;
use crate::diag::Rule;
use crate::load::raw::S;
use crate::load::Doc;
use crate::model::{is_repo_path, parse_https_url, UrlUse};
use crate::msg;

/// The most characters of a refused value a message quotes.
const QUOTED: usize = 100;

/// `value` for a message: cut after [`QUOTED`] characters, with `…`.
pub(crate) fn quoted(value: &str) -> String {
    match value.char_indices().nth(QUOTED) {
        Some((i, _)) => format!("{}…", &value[..i]),
        None => value.to_string(),
    }
}

/// Whether the address `v` of `field` is an absolute `https://` URL (http on this computer);
/// reports `config.url` on the value when it is not.
pub(crate) fn check_url<T>(
    ctx: &mut Checker,
    doc: &Doc<T>,
    v: &S<String>,
    field: &str,
    usage: UrlUse,
) -> bool {
    // A tile template's `{s}.` subdomain is not part of a host name the parser would accept.
    let text = match usage {
        UrlUse::Tiles => v.value.replace("{s}.", ""),
        UrlUse::Service => v.value.clone(),
    };
    match parse_https_url(&text, usage) {
        Ok(_) => true,
        Err(problem) => {
            let value = quoted(&v.value);
            let m = msg!(
                "config-url",
                field = field,
                problem = problem.as_str(),
                value = value
            );
            let help = msg!("config-url.help", problem = problem.as_str());
            ctx.at(doc, v, Rule::ConfigUrl, m).help(help);
            false
        }
    }
}

/// Whether `repo` is `owner/name` as the hosting allows (`nested`: GitLab's groups); reports
/// `config.url` on the value when it is not.
pub(crate) fn check_repo<T>(
    ctx: &mut Checker,
    doc: &Doc<T>,
    repo: &S<String>,
    nested: bool,
) -> bool {
    let ok = is_repo_path(repo.value.trim(), nested);
    if !ok {
        let m = msg!("config-repo", value = quoted(&repo.value));
        ctx.at(doc, repo, Rule::ConfigUrl, m)
            .help(msg!("config-repo.help"));
    }
    ok
}

/// Whether `editing.auth_endpoint` is a path on the login server (`auth`, `api/auth`): letters,
/// digits and `-._~/`, no `..`; the editor appends it to `editing.base_url`. Reports
/// `config.url` on the value when it is not.
pub(crate) fn check_endpoint<T>(ctx: &mut Checker, doc: &Doc<T>, v: &S<String>) -> bool {
    let path = v.value.trim();
    let ok = !path.is_empty()
        && path
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "-._~/".contains(c))
        && !path.starts_with("//")
        && !path.split('/').any(|p| p == "..");
    if !ok {
        let m = msg!("config-endpoint", value = quoted(&v.value));
        ctx.at(doc, v, Rule::ConfigUrl, m)
            .help(msg!("config-endpoint.help"));
    }
    ok
}

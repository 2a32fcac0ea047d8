//! The note under the editor's login button: who can sign in with the backend of `editing:`,
//! and the way through a fork for everyone else, in each interface language.

use super::labels::{Labels, UI_LANGUAGES};
use crate::model::{Backend, Editing};
use crate::site::escape::xml;

/// The name of the hosting as its users know it.
fn host(backend: Backend) -> &'static str {
    match backend {
        Backend::Github => "GitHub",
        Backend::Gitlab => "GitLab",
        Backend::Bitbucket => "Bitbucket",
        Backend::GitGateway => "Git Gateway",
    }
}

/// The message id of the note for `editing`.
fn message_id(editing: &Editing) -> &'static str {
    if editing.open_authoring {
        "cms-login-open-authoring"
    } else if editing.backend.forks_for_editors() {
        "cms-login-members"
    } else {
        "cms-login-no-fork"
    }
}

/// The note in `lang`.
pub fn text(editing: &Editing, lang: &str) -> String {
    let labels = Labels::new(lang);
    let id = message_id(editing);
    labels
        .get(id, &[("host", host(editing.backend))])
        .unwrap_or_default()
}

/// The note as HTML, one hidden paragraph per interface language (the entry script shows the
/// one of the interface's language and moves it under the login button); empty without
/// `editing:`.
pub fn html(editing: Option<&Editing>) -> String {
    let Some(editing) = editing else {
        return String::new();
    };
    let mut out = String::from("<div id=\"wijk-login-notice\" role=\"note\" hidden>\n");
    for lang in UI_LANGUAGES {
        let text = xml(&text(editing, lang));
        out.push_str(&format!("<p lang=\"{lang}\" hidden>{text}</p>\n"));
    }
    out.push_str("</div>");
    out
}

//! Composing: a notice and a recipient → an RFC 5322 message (text and HTML parts from the theme).

use super::{Notice, Recipient};
use crate::digest::hex;
use crate::i18n::format::Formats;
use crate::model::{Cents, District, Site};
use crate::site::urls::{self, Urls};
use crate::theme::{Theme, ThemeError};
use lettre::message::header::{ContentType, HeaderName, HeaderValue};
use lettre::message::{Mailbox, MultiPart, SinglePart};
use lettre::{Address, Message};
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;

/// Where links in messages point.
#[derive(Clone, Debug, Default)]
pub struct Links {
    /// The site's base URL.
    pub base_url: String,
    /// The commit the notices come from, if known.
    pub commit_sha: Option<String>,
    /// A link template with `{sha}` replaced by the commit id.
    pub commit_url: Option<String>,
}

/// A message ready for a `Mailer`.
#[derive(Clone, Debug)]
pub struct Outgoing {
    /// With angle brackets; stable for the same event, content and recipient.
    pub message_id: String,
    /// A file-name-safe form of the Message-ID (kind, district, edition, hash).
    pub stem: String,
    pub notice: Notice,
    pub recipient: Recipient,
    pub message: Message,
}

/// Why a message cannot be composed.
#[derive(Debug, thiserror::Error)]
pub enum ComposeError {
    #[error("{kind} `{id}` has no e-mail address: add it to data/reviewers.yaml, the person's profile or the file named by WIJK_REVIEWER_EMAILS")]
    NoAddress { kind: &'static str, id: String },
    #[error("data/programme.yaml has no usable `notifications.from` address")]
    NoFrom,
    #[error("district `{0}` is not in the content")]
    NoDistrict(String),
    #[error("cannot render an e-mail: {0}")]
    Template(#[source] ThemeError),
    #[error("cannot build the message to {kind} `{id}`: {message}")]
    Build {
        kind: &'static str,
        id: String,
        message: String,
    },
}

/// Composes the message telling `to` about `notice`.
pub fn compose(
    site: &Site,
    theme: &Theme,
    notice: &Notice,
    to: &Recipient,
    links: &Links,
) -> Result<Outgoing, ComposeError> {
    let email = to.email.as_ref().ok_or_else(|| ComposeError::NoAddress {
        kind: to.kind.as_str(),
        id: to.id.to_string(),
    })?;
    let sender = site.programme.from.as_ref().ok_or(ComposeError::NoFrom)?;
    let from = Mailbox::new(sender.name.clone(), sender.email.address().clone());
    let district = site
        .district(notice.district.as_str())
        .ok_or_else(|| ComposeError::NoDistrict(notice.district.to_string()))?;
    let hash = message_hash(notice, to, email.as_str());
    let domain = sender.email.address().domain();
    let stem = format!(
        "{}-{}-{}-{}",
        notice.edition,
        notice.district,
        notice.kind.as_str(),
        &hash[..16]
    );
    let message_id = format!("<{stem}@{domain}>");
    let view = view(site, theme, notice, district, to, links);
    let (text, html) = (
        render(theme, "email/body.txt", &view)?,
        render(theme, "email/body.html", &view)?,
    );
    let build_err = |message: String| ComposeError::Build {
        kind: to.kind.as_str(),
        id: to.id.to_string(),
        message,
    };
    let address: Address = email.address().clone();
    let message = Message::builder()
        .from(from)
        .to(Mailbox::new(Some(one_line(&to.name)), address))
        .subject(one_line(&view.subject))
        .message_id(Some(message_id.clone()))
        .raw_header(auto_submitted())
        .multipart(alternative(&hash[16..40], text, html))
        .map_err(|e| build_err(e.to_string()))?;
    Ok(Outgoing {
        message_id,
        stem,
        notice: notice.clone(),
        recipient: to.clone(),
        message,
    })
}

/// `Auto-Submitted: auto-generated` (RFC 3834): every notice is sent by a program, so
/// out-of-office replies and other automatic answers are not sent back to it.
fn auto_submitted() -> HeaderValue {
    HeaderValue::new(
        HeaderName::new_from_ascii_str("Auto-Submitted"),
        "auto-generated".to_owned(),
    )
}

/// Renders one template of the theme with the view-model.
fn render(theme: &Theme, name: &str, view: &View) -> Result<String, ComposeError> {
    let ctx = tera::Context::from_serialize(view)
        .map_err(|e| ComposeError::Template(ThemeError::template(name, &e)))?;
    theme.render(name, &ctx).map_err(ComposeError::Template)
}

/// The text and HTML parts, with a boundary derived from the message (same input, same bytes).
fn alternative(boundary: &str, text: String, html: String) -> MultiPart {
    let part = |ct: ContentType, body: String| SinglePart::builder().header(ct).body(body);
    MultiPart::alternative()
        .boundary(format!("wijk-{boundary}"))
        .singlepart(part(ContentType::TEXT_PLAIN, text))
        .singlepart(part(ContentType::TEXT_HTML, html))
}

/// Hex SHA-256 of the notice's digest and the recipient (id and address).
fn message_hash(notice: &Notice, to: &Recipient, address: &str) -> String {
    let mut h = Sha256::new();
    for part in [
        notice.digest.as_str(),
        to.kind.as_str(),
        to.id.as_str(),
        address,
    ] {
        h.update(part.as_bytes());
        h.update([0u8]);
    }
    hex(&h.finalize())
}

/// Control characters (line breaks included) become spaces: no header can be smuggled in.
fn one_line(s: &str) -> String {
    s.chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect()
}

/// The flat view-model the templates receive.
#[derive(serde::Serialize)]
struct View {
    lang: String,
    kind: &'static str,
    t: BTreeMap<String, String>,
    subject: String,
    intro: String,
    action: String,
    why: String,
    recipient_name: String,
    programme_name: String,
    district_name: String,
    district_url: String,
    edition: u32,
    /// The edition's label in the e-mail's language, else its year.
    edition_name: String,
    requested_total: String,
    projects: Vec<ProjectView>,
    commit_sha: Option<String>,
    commit_url: Option<String>,
}

#[derive(serde::Serialize)]
struct ProjectView {
    title: String,
    amount: String,
    url: String,
    steps_done: usize,
    steps_total: usize,
}

fn view(
    site: &Site,
    theme: &Theme,
    notice: &Notice,
    district: &District,
    to: &Recipient,
    links: &Links,
) -> View {
    let (lang, s) = theme.email_strings(&to.lang, site.programme.default_lang());
    let formats = theme.formats(lang);
    let kind = notice.kind.as_str();
    let page_lang = if site.programme.languages.iter().any(|l| l == lang) {
        lang
    } else {
        site.programme.default_lang()
    };
    let site_urls = Urls::new(&links.base_url);
    let district_url = site_urls.absolute(&urls::district(page_lang, district.id.as_str()));
    let projects = project_views(district, notice.edition, formats, page_lang, &site_urls);
    let total: Cents = district
        .projects_of(notice.edition)
        .map(|p| p.budget.requested_total())
        .sum();
    let total = formats.money(total);
    let commune = site
        .commune(district.commune())
        .map_or(district.commune().to_string(), |c| {
            c.labels.get(page_lang).to_string()
        });
    // Named as pages name it: its label (e.g. "2009-2010") where it has one, else its year.
    let edition_name = site
        .programme
        .edition(notice.edition)
        .map_or(notice.edition.to_string(), |e| e.name(page_lang));
    let event = s
        .events
        .get(kind)
        .cloned()
        .unwrap_or_else(|| kind.to_string());
    let fill = |template: &str| {
        template
            .replace("{event}", &event)
            .replace("{district}", &district.name)
            .replace("{commune}", &commune)
            .replace("{edition}", &edition_name)
            .replace("{total}", &total)
    };
    let label = |key: &str| s.labels.get(key).cloned().unwrap_or_default();
    let coach = to.kind == super::RecipientKind::Coach;
    View {
        lang: lang.to_string(),
        kind,
        t: s.labels.clone(),
        subject: fill(&s.subject),
        intro: fill(s.intro.get(kind).map_or("", String::as_str)),
        action: coach
            .then(|| s.action_coach.get(kind))
            .flatten()
            .or_else(|| s.action.get(kind))
            .cloned()
            .unwrap_or_default(),
        why: label(if coach { "why_coach" } else { "why_reviewer" }),
        recipient_name: to.name.clone(),
        programme_name: site.programme.name.get(page_lang).to_string(),
        district_name: district.name.clone(),
        district_url,
        edition: notice.edition,
        edition_name,
        requested_total: total,
        projects,
        commit_sha: links.commit_sha.clone(),
        commit_url: match (&links.commit_url, &links.commit_sha) {
            (Some(u), Some(sha)) => Some(u.replace("{sha}", sha)),
            _ => None,
        },
    }
}

/// The edition's projects, titled in `lang`, with amounts and links.
fn project_views(
    district: &District,
    edition: u32,
    formats: &Formats,
    lang: &str,
    site_urls: &Urls,
) -> Vec<ProjectView> {
    district
        .projects_of(edition)
        .map(|p| ProjectView {
            title: p.text.get(lang).0.title.clone(),
            amount: formats.money(p.budget.requested_total()),
            url: site_urls.absolute(&urls::project(lang, district.id.as_str(), p.id.as_str())),
            steps_done: p.roadmap.iter().filter(|st| st.done.is_some()).count(),
            steps_total: p.roadmap.len(),
        })
        .collect()
}

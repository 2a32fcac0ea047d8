//! Validation of `data/*.yaml`: the programme, themes, communes and reviewers.

use super::ctx::{Ctx, Sign};
use crate::diag::Rule;
use crate::load::raw::{RawContact, RawLabels, RawMap, RawProgramme, SpannedMap, S};
use crate::load::Doc;
use crate::model::{
    Contact, Edition, Email, Id, Labels, MapSettings, Programme, Reviewer, Term, Tiles,
};
use std::collections::HashSet;

/// Checks `data/programme.yaml` and builds the programme (caps resolved per edition).
pub(crate) fn validate_programme(ctx: &mut Ctx, doc: &Doc<RawProgramme>) -> Programme {
    let raw = &doc.data;
    let mut languages = Vec::new();
    for l in &raw.languages.value {
        if !ctx.language_code(doc, l) {
            continue;
        }
        if languages.contains(&l.value) {
            ctx.emit(
                Rule::IdDuplicate,
                &doc.file,
                doc.span(l),
                format!("language `{}` is listed twice", l.value),
                "",
            );
        } else {
            languages.push(l.value.clone());
        }
    }
    if languages.is_empty() {
        let msg = "the programme needs at least one language".to_string();
        ctx.emit(
            Rule::SchemaMissingField,
            &doc.file,
            doc.span(&raw.languages),
            msg,
            "e.g. languages: [fr, nl]",
        );
        languages.push("fr".into());
    }
    ctx.languages = languages.clone();
    let start_fund_max = ctx
        .money(
            doc,
            &raw.start_fund_max,
            "start_fund_max",
            Sign::NotNegative,
        )
        .unwrap_or_default();
    let grant_max = ctx
        .money(doc, &raw.grant_max, "grant_max", Sign::NotNegative)
        .unwrap_or_default();
    let mut expense_categories = Vec::new();
    for (k, labels) in &raw.expense_categories.value.0 {
        let labels = validate_labels(ctx, doc, labels);
        if let Some(id) = checked_id(ctx, doc, k, "expense category") {
            expense_categories.push((id, labels));
        }
    }
    let mut editions: Vec<Edition> = Vec::new();
    for e in &raw.editions {
        let year = e.value.year.value;
        if editions.iter().any(|x| x.year == year) {
            let msg = format!("edition {year} is listed twice");
            ctx.emit(
                Rule::IdDuplicate,
                &doc.file,
                doc.span(&e.value.year),
                msg,
                "",
            );
            continue;
        }
        let deadline = ctx.date(doc, &e.value.submission_deadline, "submission_deadline");
        let sf = e
            .value
            .start_fund_max
            .as_ref()
            .and_then(|m| ctx.money(doc, m, "start_fund_max", Sign::NotNegative));
        let gm = e
            .value
            .grant_max
            .as_ref()
            .and_then(|m| ctx.money(doc, m, "grant_max", Sign::NotNegative));
        if let Some(deadline) = deadline {
            editions.push(Edition {
                year,
                submission_deadline: deadline,
                start_fund_max: sf.unwrap_or(start_fund_max),
                grant_max: gm.unwrap_or(grant_max),
            });
        }
    }
    editions.sort_by_key(|e| e.year);
    let from = raw
        .notifications
        .as_ref()
        .map(|n| n.value.from.value.clone());
    if let Some(n) = &raw.notifications {
        if from_address(&n.value.from.value).is_none() {
            let msg = format!("`from` is not an address: `{}`", n.value.from.value);
            ctx.emit(
                Rule::SchemaInvalidValue,
                &doc.file,
                doc.span(&n.value.from),
                msg,
                "write `Name <address@example.org>` or a bare address",
            );
        }
    }
    if let Some(u) = &raw.base_url {
        if !is_site_url(&u.value) {
            let msg = format!("`base_url` is not an http(s) address: `{}`", u.value);
            ctx.emit(
                Rule::SchemaInvalidValue,
                &doc.file,
                doc.span(u),
                msg,
                "write the site's address, e.g. https://wijken.example.org or https://example.org/wijken/",
            );
        }
    }
    let contact = raw
        .contact
        .as_ref()
        .map(|c| validate_contact(ctx, doc, &c.value));
    let base_url = raw
        .base_url
        .as_ref()
        .map(|u| u.value.trim().trim_end_matches('/').to_string())
        .unwrap_or_default();
    Programme {
        name: validate_labels(ctx, doc, &raw.name),
        call: raw
            .call
            .as_ref()
            .map(|c| validate_labels(ctx, doc, c))
            .unwrap_or_default(),
        languages,
        base_url,
        start_fund_max,
        grant_max,
        expense_categories,
        from,
        editions,
        editing: raw
            .editing
            .as_ref()
            .and_then(|e| super::editing::validate_editing(ctx, doc, e)),
        contact,
        map: raw
            .map
            .as_ref()
            .map(|m| validate_map(ctx, doc, m))
            .unwrap_or_default(),
    }
}

/// `contact:`: labels in every language, an address delivery would accept, a phone number of
/// digits and the usual separators.
fn validate_contact(ctx: &mut Ctx, doc: &Doc<RawProgramme>, raw: &RawContact) -> Contact {
    let email = raw.email.as_ref().and_then(|e| {
        let parsed = Email::parse(&e.value);
        if parsed.is_none() {
            let msg = format!("`email` is not an address: `{}`", e.value);
            ctx.emit(
                Rule::SchemaInvalidValue,
                &doc.file,
                doc.span(e),
                msg,
                "write one address, e.g. quartiers@example.org",
            );
        }
        parsed
    });
    let phone = raw.phone.as_ref().and_then(|p| {
        let ok = p.value.chars().any(|c| c.is_ascii_digit())
            && p.value.chars().count() <= 40
            && p.value
                .chars()
                .all(|c| c.is_ascii_digit() || " +()-./".contains(c));
        if !ok {
            let msg = format!("`phone` is not a phone number: `{}`", p.value);
            ctx.emit(
                Rule::SchemaInvalidValue,
                &doc.file,
                doc.span(p),
                msg,
                "write digits, spaces and + ( ) - . / only, e.g. \"+32 2 775 75 75\"",
            );
        }
        ok.then(|| p.value.trim().to_string())
    });
    Contact {
        organisation: raw
            .organisation
            .as_ref()
            .map(|o| validate_labels(ctx, doc, o)),
        email,
        phone,
        address: raw.address.as_ref().map(|a| validate_labels(ctx, doc, a)),
    }
}

/// Whether `s` is an absolute http(s) URL with a host and neither query nor fragment (parsed
/// with the `url` crate, as browsers parse it).
fn is_site_url(s: &str) -> bool {
    url::Url::parse(s.trim()).is_ok_and(|u| {
        matches!(u.scheme(), "http" | "https")
            && u.host_str().is_some_and(|h| !h.is_empty())
            && u.query().is_none()
            && u.fragment().is_none()
            && u.username().is_empty()
            && u.password().is_none()
    })
}

/// Checks `map:`: a tile template on https (or http on 127.0.0.1, for tests) with `{z}`, `{x}`,
/// `{y}`, its attribution, and a zoom level in 1..=22.
fn validate_map(ctx: &mut Ctx, doc: &Doc<RawProgramme>, m: &S<RawMap>) -> MapSettings {
    let raw = &m.value;
    let source = raw
        .source
        .as_ref()
        .map(|s| validate_labels(ctx, doc, s))
        .unwrap_or_default();
    let Some(tiles) = &raw.tiles else {
        return MapSettings {
            source,
            tiles: None,
        };
    };
    let host = tile_host(&tiles.value);
    if host.is_none() {
        let msg = format!("`{}` is not a tile URL template", tiles.value);
        ctx.emit(
            Rule::SchemaInvalidValue,
            &doc.file,
            doc.span(tiles),
            msg,
            "e.g. tiles: \"https://tile.openstreetmap.org/{z}/{x}/{y}.png\"",
        );
    }
    let attribution = match &raw.attribution {
        Some(a) if !a.value.trim().is_empty() => Some(a.value.trim().to_string()),
        _ => {
            let msg = "the interactive map needs the tiles' `attribution`".to_string();
            ctx.emit(
                Rule::SchemaMissingField,
                &doc.file,
                doc.span(m),
                msg,
                "e.g. attribution: \"© OpenStreetMap contributors\"",
            );
            None
        }
    };
    let max_zoom = raw.max_zoom.as_ref().map_or(18, |z| z.value);
    if !(1..=22).contains(&max_zoom) {
        let span = raw.max_zoom.as_ref().map_or(doc.span(m), |z| doc.span(z));
        let msg = format!("max_zoom {max_zoom} is not a zoom level (1 to 22)");
        ctx.emit(Rule::SchemaInvalidValue, &doc.file, span, msg, "");
    }
    let tiles = match (host, attribution) {
        (Some(host), Some(attribution)) if (1..=22).contains(&max_zoom) => Some(Tiles {
            url: tiles.value.clone(),
            host,
            attribution,
            max_zoom,
        }),
        _ => None,
    };
    MapSettings { source, tiles }
}

/// The host of a tile URL template (`{s}.` subdomains left out), if it is one.
fn tile_host(template: &str) -> Option<String> {
    if !["{z}", "{x}", "{y}"].iter().all(|p| template.contains(p)) {
        return None;
    }
    let url = url::Url::parse(&template.replace("{s}.", "")).ok()?;
    let host = url.host_str()?.to_string();
    let local = url.scheme() == "http" && host == "127.0.0.1";
    (url.scheme() == "https" || local).then_some(host)
}

/// The address in a `Name <address>` or bare-address From line.
pub fn from_address(from: &str) -> Option<Email> {
    if from.contains(['\r', '\n']) {
        return None;
    }
    match (from.rfind('<'), from.rfind('>')) {
        (Some(a), Some(b)) if a < b && b == from.trim_end().len() - 1 => {
            Email::parse(&from[a + 1..b])
        }
        (None, None) => Email::parse(from),
        _ => None,
    }
}

/// Labels need one entry per programme language, and no other.
fn validate_labels<T>(ctx: &mut Ctx, doc: &Doc<T>, labels: &S<RawLabels>) -> Labels {
    let mut out = Labels::default();
    for (lang, text) in &labels.value.0 {
        if !ctx.languages.contains(&lang.value) {
            let msg = format!(
                "label in `{}`, a language the programme does not have",
                lang.value
            );
            ctx.emit(
                Rule::I18nLanguage,
                &doc.file,
                doc.span(lang),
                msg,
                "languages are listed in data/programme.yaml",
            );
        }
        out.0.insert(lang.value.clone(), text.value.clone());
    }
    for lang in ctx.languages.clone() {
        if !out.0.contains_key(&lang) {
            let msg = format!("no label in `{lang}`");
            ctx.emit(
                Rule::SchemaMissingField,
                &doc.file,
                doc.span(labels),
                msg,
                "give a label for every language of the programme",
            );
        }
    }
    out
}

fn checked_id<T>(ctx: &mut Ctx, doc: &Doc<T>, k: &S<String>, what: &str) -> Option<Id> {
    let id = Id::parse(&k.value);
    if id.is_none() {
        let msg = format!("{what} id `{}` is not a valid id", k.value);
        ctx.emit(
            Rule::IdInvalid,
            &doc.file,
            doc.span(k),
            msg,
            "ids use lower-case letters, digits and dashes",
        );
    }
    id
}

/// Checks `data/themes.yaml` or `data/communes.yaml`.
pub(crate) fn validate_terms(
    ctx: &mut Ctx,
    doc: Option<&Doc<SpannedMap<S<RawLabels>>>>,
    what: &str,
) -> Vec<Term> {
    let Some(doc) = doc else { return Vec::new() };
    let mut out: Vec<Term> = Vec::new();
    for (k, labels) in &doc.data.0 {
        let labels = validate_labels(ctx, doc, labels);
        if let Some(id) = checked_id(ctx, doc, k, what) {
            out.push(Term { id, labels });
        }
    }
    out.sort_by(|a, b| a.id.cmp(&b.id));
    out
}

/// Checks `data/reviewers.yaml`, merging addresses from the secrets file when one is given.
pub(crate) fn validate_reviewers(ctx: &mut Ctx) -> Vec<Reviewer> {
    let Some(doc) = ctx.corpus.reviewers.as_ref() else {
        return Vec::new();
    };
    let mut seen = HashSet::new();
    let mut out = Vec::new();
    for r in &doc.data {
        let r = &r.value;
        let Some(id) = checked_id(ctx, doc, &r.id, "reviewer") else {
            continue;
        };
        if !seen.insert(id.clone()) {
            let msg = format!("reviewer `{id}` is listed twice");
            ctx.emit(Rule::IdDuplicate, &doc.file, doc.span(&r.id), msg, "");
            continue;
        }
        let name = ctx.person_name(doc, &r.name);
        let lang = ctx.lang(doc, Some(&r.lang));
        let email = r.email.as_ref().and_then(|e| ctx.email(doc, e));
        let communes = r
            .communes
            .iter()
            .filter_map(|c| ctx.commune(doc, c))
            .collect();
        let themes = ctx.themes(doc, &r.themes);
        out.push(Reviewer {
            id,
            name,
            lang,
            email,
            communes,
            themes,
        });
    }
    out.sort_by(|a, b| a.id.cmp(&b.id));
    out
}

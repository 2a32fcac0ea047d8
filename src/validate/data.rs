//! Validation of `data/*.yaml`: the programme, themes, communes and reviewers.

use super::checker::{Checker, Sign};
use super::config_url::{check_url, quoted};
use crate::diag::Rule;
use crate::load::raw::{RawContact, RawLabels, RawMap, RawProgramme, RawTrack, SpannedMap, S};
use crate::load::Doc;
use crate::model::{
    Contact, Edition, Email, Id, Labels, MapSettings, Programme, Reviewer, Sender, Term, Tiles,
    Track, UrlUse,
};
use crate::msg;
use std::collections::HashSet;

/// Checks `data/programme.yaml` and builds the programme (caps resolved per edition).
pub(crate) fn validate_programme(ctx: &mut Checker, doc: &Doc<RawProgramme>) -> Programme {
    let raw = &doc.data;
    let languages = validate_languages(ctx, doc);
    ctx.languages = languages.clone();
    let start_fund_max = ctx.optional_amount(doc, raw.start_fund_max.as_ref(), "start_fund_max");
    let grant_max = ctx
        .money(doc, &raw.grant_max, "grant_max", Sign::NotNegative)
        .unwrap_or_default();
    let mut expense_categories = Vec::new();
    for (k, labels) in &raw.expense_categories.value.0 {
        let labels = validate_labels(ctx, doc, labels);
        if let Some(id) = checked_id(ctx, doc, k, "category") {
            expense_categories.push((id, labels));
        }
    }
    let editions = validate_editions(ctx, doc, start_fund_max, grant_max);
    let from = validate_sender(ctx, doc);
    let theme = validate_theme_name(ctx, doc, raw.theme.as_ref());
    let base_url_ok = check_base_url(ctx, doc);
    let contact = raw
        .contact
        .as_ref()
        .map(|c| validate_contact(ctx, doc, &c.value));
    let base_url = raw
        .base_url
        .as_ref()
        .filter(|_| base_url_ok)
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
        theme,
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
        licence: raw
            .licence
            .as_ref()
            .and_then(|l| super::licence::validate_licence(ctx, doc, l)),
    }
}

/// `languages:`: known codes, each once; French when none is valid.
fn validate_languages(ctx: &mut Checker, doc: &Doc<RawProgramme>) -> Vec<String> {
    let raw = &doc.data;
    let mut languages = Vec::new();
    for l in &raw.languages.value {
        if !ctx.language_code(doc, l) {
            continue;
        }
        if languages.contains(&l.value) {
            ctx.at(
                doc,
                l,
                Rule::IdDuplicate,
                msg!("id-duplicate-language", lang = &l.value),
            );
        } else {
            languages.push(l.value.clone());
        }
    }
    if languages.is_empty() {
        ctx.at(
            doc,
            &raw.languages,
            Rule::SchemaMissingField,
            msg!("schema-no-language"),
        )
        .help(msg!("schema-no-language.help"));
        languages.push("fr".into());
    }
    languages
}

/// `editions:`: each year once, with its deadline and caps (the programme's when not its own),
/// sorted by year.
fn validate_editions(
    ctx: &mut Checker,
    doc: &Doc<RawProgramme>,
    start_fund_max: Option<crate::model::Cents>,
    grant_max: crate::model::Cents,
) -> Vec<Edition> {
    let raw = &doc.data;
    let mut editions: Vec<Edition> = Vec::new();
    for e in &raw.editions {
        let year = e.value.year.value;
        if editions.iter().any(|x| x.year == year) {
            ctx.at(
                doc,
                &e.value.year,
                Rule::IdDuplicate,
                msg!("id-duplicate-edition", year = year),
            );
            continue;
        }
        let deadline = ctx.date(doc, &e.value.submission_deadline, "submission_deadline");
        let intention_deadline = e
            .value
            .intention_deadline
            .as_ref()
            .and_then(|d| ctx.date(doc, d, "intention_deadline"));
        let label = e.value.label.as_ref().map(|l| validate_labels(ctx, doc, l));
        if let (Some(i), Some(d), Some(span)) = (
            intention_deadline,
            deadline,
            e.value.intention_deadline.as_ref(),
        ) {
            if i > d {
                let m = msg!(
                    "phase-intention-deadline-order",
                    year = year,
                    intention = i,
                    submitted = d
                );
                ctx.at(doc, span, Rule::PhaseDateOrder, m)
                    .help(msg!("phase-intention-deadline-order.help"));
            }
        }
        let sf = ctx.optional_amount(doc, e.value.start_fund_max.as_ref(), "start_fund_max");
        let gm = ctx.optional_amount(doc, e.value.grant_max.as_ref(), "grant_max");
        let tracks = e
            .value
            .tracks
            .as_ref()
            .map(|t| validate_tracks(ctx, doc, t, year))
            .unwrap_or_default();
        if let Some(deadline) = deadline {
            editions.push(Edition {
                year,
                label,
                intention_deadline,
                submission_deadline: deadline,
                start_fund_max: sf.or(start_fund_max),
                grant_max: gm.unwrap_or(grant_max),
                tracks,
            });
        }
    }
    editions.sort_by_key(|e| e.year);
    editions
}

/// `tracks:` of an edition: ids, a name in every language, a cap not negative; in file order.
fn validate_tracks(
    ctx: &mut Checker,
    doc: &Doc<RawProgramme>,
    raw: &S<SpannedMap<S<RawTrack>>>,
    year: u32,
) -> Vec<Track> {
    let mut tracks: Vec<Track> = Vec::new();
    for (k, t) in &raw.value.0 {
        let name = labels_of(ctx, doc, &t.value.labels, t);
        let cap = ctx.money(doc, &t.value.grant_max, "grant_max", Sign::NotNegative);
        let Some(id) = checked_id(ctx, doc, k, "track") else {
            continue;
        };
        if tracks.iter().any(|x| x.id == id) {
            let m = msg!("id-duplicate-track", id = id.as_str(), year = year);
            ctx.at(doc, k, Rule::IdDuplicate, m);
            continue;
        }
        if let Some(grant_max) = cap {
            tracks.push(Track {
                id,
                name,
                grant_max,
            });
        }
    }
    tracks
}

/// The base URL, when given, is an absolute https address (`config.url`); whether it may be used.
fn check_base_url(ctx: &mut Checker, doc: &Doc<RawProgramme>) -> bool {
    match &doc.data.base_url {
        Some(u) => check_url(ctx, doc, u, "base_url", UrlUse::Service),
        None => true,
    }
}

/// `contact:`: labels in every language, an address delivery would accept, a phone number of
/// digits and the usual separators.
fn validate_contact(ctx: &mut Checker, doc: &Doc<RawProgramme>, raw: &RawContact) -> Contact {
    let email = raw.email.as_ref().and_then(|e| {
        let parsed = Email::parse(&e.value);
        if parsed.is_none() {
            ctx.at(
                doc,
                e,
                Rule::SchemaInvalidValue,
                msg!("schema-contact-email", value = &e.value),
            )
            .help(msg!("schema-contact-email.help"));
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
            ctx.at(
                doc,
                p,
                Rule::SchemaInvalidValue,
                msg!("schema-phone", value = &p.value),
            )
            .help(msg!("schema-phone.help"));
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

/// Checks `map:`: a tile template with `{z}`, `{x}`, `{y}` on https (`config.url`; http on this
/// computer, for tests), its attribution, and a zoom level in 1..=22.
fn validate_map(ctx: &mut Checker, doc: &Doc<RawProgramme>, m: &S<RawMap>) -> MapSettings {
    let raw = &m.value;
    let source = raw
        .source
        .as_ref()
        .map(|s| validate_labels(ctx, doc, s))
        .unwrap_or_default();
    let matching = raw.boundaries.as_ref().and_then(|b| {
        let key = &b.value.matching;
        if key.value.trim().is_empty() {
            let m = msg!("schema-boundaries-match");
            ctx.at(doc, key, Rule::SchemaInvalidValue, m);
            return None;
        }
        Some(key.value.clone())
    });
    let Some(tiles) = &raw.tiles else {
        return MapSettings {
            source,
            tiles: None,
            matching,
        };
    };
    let placeholders = ["{z}", "{x}", "{y}"]
        .iter()
        .all(|p| tiles.value.contains(p));
    if !placeholders {
        let m = msg!("schema-tiles", value = quoted(&tiles.value));
        ctx.at(doc, tiles, Rule::SchemaInvalidValue, m)
            .help(msg!("schema-tiles.help"));
    }
    let url_ok = check_url(ctx, doc, tiles, "map.tiles", UrlUse::Tiles);
    let host = tile_host(&tiles.value).filter(|_| placeholders && url_ok);
    let attribution = match &raw.attribution {
        Some(a) if !a.value.trim().is_empty() => Some(a.value.trim().to_string()),
        _ => {
            ctx.at(doc, m, Rule::SchemaMissingField, msg!("schema-attribution"))
                .help(msg!("schema-attribution.help"));
            None
        }
    };
    let max_zoom = raw.max_zoom.as_ref().map_or(18, |z| z.value);
    if !(1..=22).contains(&max_zoom) {
        let span = raw.max_zoom.as_ref().map_or(doc.span(m), |z| doc.span(z));
        let m = msg!("schema-max-zoom", zoom = max_zoom);
        ctx.report(Rule::SchemaInvalidValue, &doc.file, span, m);
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
    MapSettings {
        source,
        tiles,
        matching,
    }
}

/// The host of a tile URL template (`{s}.` subdomains left out), named on the map's button.
fn tile_host(template: &str) -> Option<String> {
    let url = url::Url::parse(&template.replace("{s}.", "")).ok()?;
    Some(url.host_str()?.to_string())
}

/// The `From:` of notices (`notifications.from`), parsed once for delivery.
fn validate_sender(ctx: &mut Checker, doc: &Doc<RawProgramme>) -> Option<Sender> {
    let from = &doc.data.notifications.as_ref()?.value.from;
    let sender = Sender::parse(&from.value);
    if sender.is_none() {
        let m = msg!("schema-from", value = &from.value);
        ctx.at(doc, from, Rule::SchemaInvalidValue, m)
            .help(msg!("schema-from.help"));
    }
    sender
}

/// The programme's theme folder (`theme:`), if it names one with a valid id.
fn validate_theme_name<T>(ctx: &mut Checker, doc: &Doc<T>, name: Option<&S<String>>) -> Option<Id> {
    let name = name?;
    let id = Id::parse(&name.value);
    if id.is_none() {
        let m = msg!("id-invalid-theme-folder", id = &name.value);
        ctx.at(doc, name, Rule::IdInvalid, m)
            .help(msg!("id-invalid-theme-folder.help"));
    }
    id
}

/// Labels need one entry per programme language, and no other.
fn validate_labels<T>(ctx: &mut Checker, doc: &Doc<T>, labels: &S<RawLabels>) -> Labels {
    labels_of(ctx, doc, &labels.value, labels)
}

/// Labels in known languages, one for every language of the programme (reported at `at`).
fn labels_of<T, U>(ctx: &mut Checker, doc: &Doc<T>, labels: &RawLabels, at: &S<U>) -> Labels {
    let mut out = Labels::default();
    for (lang, text) in &labels.0 {
        if !ctx.languages.contains(&lang.value) {
            ctx.at(
                doc,
                lang,
                Rule::I18nLanguage,
                msg!("i18n-label-language", lang = &lang.value),
            )
            .help(msg!("i18n-language-unknown.help"));
        }
        out.0.insert(lang.value.clone(), text.value.clone());
    }
    for lang in ctx.languages.clone() {
        if !out.0.contains_key(&lang) {
            ctx.at(
                doc,
                at,
                Rule::SchemaMissingField,
                msg!("schema-label-missing", lang = &lang),
            )
            .help(msg!("schema-label-missing.help"));
        }
    }
    out
}

/// An id of `what` (`theme`, `commune`, `reviewer`, `category`: a choice in the messages).
fn checked_id<T>(ctx: &mut Checker, doc: &Doc<T>, k: &S<String>, what: &str) -> Option<Id> {
    let id = Id::parse(&k.value);
    if id.is_none() {
        ctx.at(
            doc,
            k,
            Rule::IdInvalid,
            msg!("id-invalid", what = what, id = &k.value),
        )
        .help(crate::diag::guess::id_help(
            &k.value,
            msg!("id-invalid.help"),
        ));
    }
    id
}

/// Checks `data/themes.yaml` or `data/communes.yaml`.
pub(crate) fn validate_terms(
    ctx: &mut Checker,
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
pub(crate) fn validate_reviewers(ctx: &mut Checker) -> Vec<Reviewer> {
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
            ctx.at(
                doc,
                &r.id,
                Rule::IdDuplicate,
                msg!("id-duplicate-reviewer", id = &id),
            );
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

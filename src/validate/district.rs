//! Validation of `district.md`: identity, references, dossiers (dates, start fund, status).

use super::checker::Checker;
use super::text::localized;
use crate::diag::Rule;
use crate::load::raw::{RawDossier, RawStartFund, S};
use crate::load::Doc;
use crate::model::{
    Decision, District, Dossier, Edition, Evaluation, Id, Outcome, Role, StartFund, Status,
};
use crate::msg;

/// Checks every district file and builds the districts (projects are attached later).
pub(crate) fn validate_districts(ctx: &mut Checker) -> Vec<District> {
    let mut out = Vec::new();
    for md in &ctx.corpus.districts {
        let doc = &md.doc;
        let raw = &doc.data;
        let lang = ctx.lang(doc, raw.lang.as_ref());
        let name = ctx.text(doc, &raw.name, "name");
        let communes = super::district_life::communes(ctx, doc);
        let closed = super::district_life::closed(ctx, doc, &md.id);
        let aliases = super::district_life::aliases(ctx, doc, &md.id);
        let coach = raw
            .coach
            .as_ref()
            .and_then(|c| ctx.person(doc, c, Role::Coach));
        let themes = ctx.themes(doc, &raw.themes);
        let cover = raw
            .cover
            .as_ref()
            .and_then(|c| super::picture::cover(ctx, doc, c));
        let location = raw.location.as_ref().and_then(|l| {
            let (lat, lon) = (l.value.lat.value, l.value.lon.value);
            if !(-90.0..=90.0).contains(&lat) || !(-180.0..=180.0).contains(&lon) {
                let m = msg!(
                    "schema-location",
                    lat = lat.to_string(),
                    lon = lon.to_string()
                );
                ctx.at(doc, l, Rule::SchemaInvalidValue, m)
                    .help(msg!("schema-location.help"));
                return None;
            }
            Some((lat, lon))
        });
        let mut dossiers: Vec<Dossier> = Vec::new();
        for d in &raw.dossiers {
            let Some(dossier) = validate_dossier(ctx, doc, d) else {
                continue;
            };
            if dossiers.iter().any(|x| x.edition == dossier.edition) {
                let m = msg!("id-duplicate-dossier", year = dossier.edition);
                ctx.at(doc, &d.value.edition, Rule::IdDuplicate, m)
                    .help(msg!("id-duplicate-dossier.help"));
                continue;
            }
            dossiers.push(dossier);
        }
        dossiers.sort_by_key(|d| d.edition);
        let (Some(id), Some(communes)) = (Id::parse(&md.id), communes) else {
            continue;
        };
        if communes.is_empty() {
            continue;
        }
        out.push(District {
            id,
            name: name.clone(),
            communes,
            closed,
            aliases,
            location,
            coach,
            steering_group: raw.steering_group.as_ref().map(|s| s.value),
            themes,
            text: localized(md, lang, name, None, cover.as_ref().map(|c| c.1.clone())),
            cover: cover.map(|c| c.0),
            dossiers,
            projects: Vec::new(),
        });
    }
    out.sort_by(|a, b| a.id.cmp(&b.id));
    out
}

fn validate_dossier<T>(ctx: &mut Checker, doc: &Doc<T>, d: &S<RawDossier>) -> Option<Dossier> {
    let raw = &d.value;
    let year = raw.edition.value;
    let edition = ctx.editions.get(&year).cloned();
    if edition.is_none() {
        let known: Vec<String> = ctx.editions.keys().map(u32::to_string).collect();
        let help = msg!("ref-edition.help", list = known.join(", "));
        ctx.at(
            doc,
            &raw.edition,
            Rule::RefEdition,
            msg!("ref-edition", year = year),
        )
        .help(help);
    }
    let track = edition
        .as_ref()
        .and_then(|e| validate_track(ctx, doc, raw, e));
    let status = Status::parse(raw.status.value.trim());
    if status.is_none() {
        let all: Vec<&str> = Status::ALL.iter().map(|s| s.as_str()).collect();
        let m = msg!("phase-status", status = &raw.status.value);
        ctx.at(doc, &raw.status, Rule::PhaseStatus, m)
            .help(msg!("one-of", list = all.join(", ")));
    }
    let start_fund = raw
        .start_fund
        .as_ref()
        .map(|sf| validate_start_fund(ctx, doc, sf, edition.as_ref(), year))
        .unwrap_or_default();
    let intention = raw
        .intention
        .as_ref()
        .and_then(|s| ctx.date(doc, s, "intention"));
    let submitted = raw
        .submitted
        .as_ref()
        .and_then(|s| ctx.date(doc, s, "submitted"));
    let decision = raw.decision.as_ref().and_then(|dec| {
        let date = ctx.date(doc, &dec.value.date, "decision.date");
        let outcome = Outcome::parse(dec.value.outcome.value.trim());
        if outcome.is_none() {
            let m = msg!("schema-outcome", outcome = &dec.value.outcome.value);
            ctx.at(doc, &dec.value.outcome, Rule::SchemaInvalidValue, m);
        }
        Some(Decision {
            date: date?,
            outcome: outcome?,
        })
    });
    let evaluation = raw.evaluation.as_ref().and_then(|ev| {
        let date = ctx.date(doc, &ev.value.date, "evaluation.date")?;
        Some(Evaluation {
            date,
            summary: ev
                .value
                .summary
                .as_ref()
                .map(|s| s.value.trim().to_string()),
            tr: Default::default(),
        })
    });
    if let Some(ev) = &raw.evaluation {
        if let Some(s) = &ev.value.summary {
            super::privacy::check_public_text(ctx, doc, s);
        }
    }
    Some(Dossier {
        edition: year,
        track,
        status: status?,
        start_fund,
        intention,
        submitted,
        decision,
        evaluation,
    })
}

/// `track:` of a dossier: one of its edition's tracks, given exactly when the edition has tracks
/// (`ref.track`, on the value, or on `edition` when it is missing).
fn validate_track<T>(
    ctx: &mut Checker,
    doc: &Doc<T>,
    raw: &RawDossier,
    edition: &Edition,
) -> Option<Id> {
    let year = edition.year;
    let list = || {
        let ids: Vec<&str> = edition.tracks.iter().map(|t| t.id.as_str()).collect();
        ids.join(", ")
    };
    match (&raw.track, edition.tracks.is_empty()) {
        (None, true) => None,
        (None, false) => {
            let m = msg!("ref-track-missing", year = year);
            ctx.at(doc, &raw.edition, Rule::RefTrack, m)
                .help(msg!("ref-track-missing.help", list = list()));
            None
        }
        (Some(t), true) => {
            let m = msg!("ref-track-none", year = year, track = &t.value);
            ctx.at(doc, t, Rule::RefTrack, m)
                .help(msg!("ref-track-none.help"));
            None
        }
        (Some(t), false) => {
            let found = Id::parse(t.value.trim()).filter(|id| edition.track(id).is_some());
            if found.is_none() {
                let m = msg!("ref-track", year = year, track = &t.value);
                ctx.at(doc, t, Rule::RefTrack, m).help(msg!(
                    "ref-track.help",
                    year = year,
                    list = list()
                ));
            }
            found
        }
    }
}

/// `start_fund:` of a dossier: amounts not negative, granted within the edition's cap, spent
/// within granted.
fn validate_start_fund<T>(
    ctx: &mut Checker,
    doc: &Doc<T>,
    sf: &S<RawStartFund>,
    edition: Option<&Edition>,
    year: u32,
) -> StartFund {
    let granted = ctx.optional_amount(doc, sf.value.granted.as_ref(), "granted");
    let spent = ctx.optional_amount(doc, sf.value.spent.as_ref(), "spent");
    if let Some(e) = edition.filter(|e| e.start_fund_max.is_none()) {
        let m = msg!("budget-start-fund-none", year = e.year);
        ctx.at(doc, sf, Rule::BudgetStartFundCap, m)
            .help(msg!("budget-start-fund-none.help"));
    }
    let cap = edition.and_then(|e| e.start_fund_max);
    if let (Some(g), Some(cap), Some(span)) = (granted, cap, sf.value.granted.as_ref()) {
        if g > cap {
            let m = msg!("budget-start-fund-cap", granted = g, cap = cap, year = year);
            ctx.at(doc, span, Rule::BudgetStartFundCap, m)
                .help(msg!("budget-start-fund-cap.help", cap = cap));
        }
    }
    if let (Some(s), Some(span)) = (spent, sf.value.spent.as_ref()) {
        let g = granted.unwrap_or_default();
        if s > g {
            let m = msg!("budget-start-fund-spent", spent = s, granted = g);
            ctx.at(doc, span, Rule::BudgetStartFundSpent, m);
        }
    }
    StartFund { granted, spent }
}

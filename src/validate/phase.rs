//! Cross-file rules: what each dossier status requires of its district and projects, dates in order,
//! deadlines, and a district's grant totals per edition against the edition's cap.

use super::checker::Checker;
use crate::diag::{Rule, Span};
use crate::i18n::Message;
use crate::load::raw::{RawDossier, S};
use crate::load::{MdFile, ProjectFile};
use crate::model::{Cents, District, Dossier, Requirement, MIN_STEERING_GROUP};
use crate::msg;

/// Checks every dossier of every district against its status, and the grant caps.
pub(crate) fn validate_phases(ctx: &mut Checker, districts: &[District]) {
    let corpus = ctx.corpus;
    for md in &corpus.districts {
        let found = districts.binary_search_by(|d| d.id.as_str().cmp(md.id.as_str()));
        let Some(district) = found.ok().map(|i| &districts[i]) else {
            continue;
        };
        for raw in &md.doc.data.dossiers {
            let Some(dossier) = district.dossier(raw.value.edition.value) else {
                continue;
            };
            check_requirements(ctx, md, raw, district, dossier);
            check_date_order(ctx, md, raw, dossier);
            check_grant_cap(ctx, district, dossier);
        }
    }
}

/// The dossier being checked against its status, and where its diagnostics point.
struct DossierAt<'a> {
    md: &'a MdFile<crate::load::raw::RawDistrict>,
    raw: &'a S<RawDossier>,
    district: &'a District,
    dossier: &'a Dossier,
    status_span: Span,
}

impl DossierAt<'_> {
    /// Reports a requirement of the status that the dossier lacks, at its status.
    fn lacks(&self, ctx: &mut Checker, m: Message, help: Message) {
        ctx.report(
            Rule::PhaseRequirement,
            &self.md.doc.file,
            self.status_span,
            m,
        )
        .help(help);
    }
}

fn check_requirements(
    ctx: &mut Checker,
    md: &MdFile<crate::load::raw::RawDistrict>,
    raw: &S<RawDossier>,
    district: &District,
    dossier: &Dossier,
) {
    let at = DossierAt {
        md,
        raw,
        district,
        dossier,
        status_span: md.doc.span(&raw.value.status),
    };
    let (status, year) = (dossier.status.as_str(), dossier.edition);
    for req in dossier.status.requirements() {
        match req {
            Requirement::SubmittedDate => check_submitted(ctx, &at),
            Requirement::PlaceDescription if md.body.trim().is_empty() => at.lacks(
                ctx,
                msg!("phase-needs-place", status = status, year = year),
                msg!("phase-needs-place.help"),
            ),
            Requirement::SteeringGroup => check_steering_group(ctx, &at),
            Requirement::Coach if md.doc.data.coach.is_none() => at.lacks(
                ctx,
                msg!("phase-needs-coach", status = status, year = year),
                msg!("phase-needs-coach.help"),
            ),
            Requirement::ProjectsWithBudgetAndRoadmap => {
                check_projects(ctx, district, dossier, at.status_span, &md.doc.file)
            }
            Requirement::Decision => check_decision(ctx, &at),
            Requirement::ProjectsGranted => check_projects_granted(ctx, &at),
            Requirement::Evaluation if raw.value.evaluation.is_none() => at.lacks(
                ctx,
                msg!("phase-needs-evaluation", status = status, year = year),
                msg!("phase-needs-evaluation.help"),
            ),
            Requirement::PlaceDescription | Requirement::Coach | Requirement::Evaluation => {}
        }
    }
}

/// A submitted dossier has a submission date, on or before the edition's deadline.
fn check_submitted(ctx: &mut Checker, at: &DossierAt) {
    let (status, year) = (at.dossier.status.as_str(), at.dossier.edition);
    match (&at.dossier.submitted, &at.raw.value.submitted) {
        (Some(date), Some(span)) => {
            let Some(deadline) = ctx.editions.get(&year).map(|e| e.submission_deadline) else {
                return;
            };
            if *date > deadline {
                let m = msg!(
                    "phase-deadline",
                    date = *date,
                    year = year,
                    deadline = deadline
                );
                ctx.at(&at.md.doc, span, Rule::PhaseDeadline, m)
                    .help(msg!("phase-deadline.help"));
            }
        }
        (None, None) => at.lacks(
            ctx,
            msg!("phase-needs-submitted", status = status, year = year),
            msg!("phase-needs-submitted.help"),
        ),
        _ => {}
    }
}

/// The steering group has at least [`MIN_STEERING_GROUP`] members.
fn check_steering_group(ctx: &mut Checker, at: &DossierAt) {
    let n = at.district.steering_group.unwrap_or(0);
    if n >= MIN_STEERING_GROUP {
        return;
    }
    let doc = &at.md.doc;
    let span = doc
        .data
        .steering_group
        .as_ref()
        .map_or(at.status_span, |s| doc.span(s));
    let m = msg!(
        "phase-needs-steering-group",
        status = at.dossier.status.as_str(),
        year = at.dossier.edition,
        min = MIN_STEERING_GROUP,
        found = n
    );
    ctx.report(Rule::PhaseRequirement, &doc.file, span, m)
        .help(msg!("phase-needs-steering-group.help"));
}

/// A decided dossier has a decision whose outcome matches its status.
fn check_decision(ctx: &mut Checker, at: &DossierAt) {
    let (status, year) = (at.dossier.status, at.dossier.edition);
    match (&at.raw.value.decision, &at.dossier.decision) {
        (None, _) => at.lacks(
            ctx,
            msg!(
                "phase-needs-decision",
                status = status.as_str(),
                year = year
            ),
            msg!("phase-needs-decision.help"),
        ),
        (Some(dec), Some(d)) => {
            let Some(want) = status.required_outcome().filter(|w| d.outcome != *w) else {
                return;
            };
            let m = msg!(
                "phase-needs-outcome",
                status = status.as_str(),
                year = year,
                wanted = want.as_str(),
                found = d.outcome.as_str()
            );
            ctx.at(&at.md.doc, &dec.value.outcome, Rule::PhaseRequirement, m);
        }
        _ => {}
    }
}

/// Every project of the edition has its granted amount.
fn check_projects_granted(ctx: &mut Checker, at: &DossierAt) {
    let year = at.dossier.edition;
    for p in at.district.projects_of(year) {
        if p.budget.granted.is_none() {
            let (pfile, span) = project_span(ctx, at.district, p.id.as_str(), true);
            let m = msg!(
                "phase-needs-granted",
                status = at.dossier.status.as_str(),
                year = year,
                project = &p.id
            );
            ctx.report(Rule::PhaseRequirement, &pfile, span, m)
                .help(msg!("phase-needs-granted.help"));
        }
    }
}

fn check_projects(
    ctx: &mut Checker,
    district: &District,
    dossier: &Dossier,
    status_span: Span,
    file: &std::path::Path,
) {
    let year = dossier.edition;
    let status = dossier.status.as_str();
    if district.projects_of(year).next().is_none()
        && !ctx.has_unloaded_projects(district.id.as_str())
    {
        let m = msg!("phase-needs-project", status = status, year = year);
        let help = msg!("phase-needs-project.help", district = &district.id);
        ctx.report(Rule::PhaseRequirement, file, status_span, m)
            .help(help);
    }
    for p in district.projects_of(year) {
        if p.budget.lines.is_empty() {
            let (pfile, span) = project_span(ctx, district, p.id.as_str(), true);
            let m = msg!("phase-needs-budget-lines", status = status, year = year);
            ctx.report(Rule::PhaseRequirement, &pfile, span, m)
                .help(msg!("phase-needs-budget-lines.help"));
        }
        if p.roadmap.is_empty() {
            let (pfile, span) = project_span(ctx, district, p.id.as_str(), false);
            let m = msg!("phase-needs-roadmap", status = status, year = year);
            ctx.report(Rule::PhaseRequirement, &pfile, span, m)
                .help(msg!("phase-needs-roadmap.help"));
        }
    }
}

/// The file of a project and the span of its `budget` (or `title`) field.
fn project_span(
    ctx: &Checker,
    district: &District,
    id: &str,
    budget: bool,
) -> (std::path::PathBuf, Span) {
    let pf: Option<&ProjectFile> = ctx
        .corpus
        .projects
        .iter()
        .find(|p| p.district == district.id.as_str() && p.md.id == id);
    match pf {
        Some(pf) => {
            let doc = &pf.md.doc;
            let span = match (&doc.data.budget, budget) {
                (Some(b), true) => match &b.value.granted {
                    Some(g) => doc.span(g),
                    None => doc.span(b),
                },
                _ => doc.span(&doc.data.title),
            };
            (doc.file.clone(), span)
        }
        None => (Default::default(), Span::start()),
    }
}

fn check_date_order(
    ctx: &mut Checker,
    md: &MdFile<crate::load::raw::RawDistrict>,
    raw: &S<RawDossier>,
    d: &Dossier,
) {
    let doc = &md.doc;
    if let (Some(sub), Some(dec), Some(rd)) = (d.submitted, &d.decision, &raw.value.decision) {
        if dec.date < sub {
            let m = msg!(
                "phase-decision-before-submission",
                decision = dec.date,
                submitted = sub
            );
            ctx.at(doc, &rd.value.date, Rule::PhaseDateOrder, m)
                .help(msg!("phase-date-order.help"));
        }
    }
    if let (Some(ev), Some(re)) = (&d.evaluation, &raw.value.evaluation) {
        let before = d
            .decision
            .as_ref()
            .map(|x| ("decision", x.date))
            .or(d.submitted.map(|s| ("submission", s)));
        if let Some((what, date)) = before {
            if ev.date < date {
                let m = msg!(
                    "phase-evaluation-too-early",
                    evaluation = ev.date,
                    what = what,
                    date = date
                );
                ctx.at(doc, &re.value.date, Rule::PhaseDateOrder, m)
                    .help(msg!("phase-date-order.help"));
            }
        }
    }
}

/// A district's requested (and granted) totals for an edition against the dossier's grant cap (its
/// track's, else the edition's), reported on the project (by id order) whose amount crosses it.
fn check_grant_cap(ctx: &mut Checker, district: &District, dossier: &Dossier) {
    let year = dossier.edition;
    let Some(edition) = ctx.editions.get(&year) else {
        return;
    };
    let cap = edition.grant_cap(dossier.track.as_ref());
    let track = dossier
        .track
        .as_ref()
        .and_then(|t| edition.track(t))
        .map(|t| (t.id.clone(), t.name.get(&ctx.default_lang()).to_string()));
    for granted in [false, true] {
        let mut total = Cents(0);
        for p in district.projects_of(year) {
            let amount = if granted {
                p.budget.granted.unwrap_or_default()
            } else {
                p.budget.requested_total()
            };
            total += amount;
            if total > cap {
                let Some(pf) = ctx
                    .corpus
                    .projects
                    .iter()
                    .find(|f| f.district == district.id.as_str() && f.md.id == p.id.as_str())
                else {
                    return;
                };
                let doc = &pf.md.doc;
                let span = doc.data.budget.as_ref().map(|b| {
                    let field = if granted {
                        b.value.granted.as_ref()
                    } else {
                        b.value.requested.as_ref()
                    };
                    field.map(|f| doc.span(f)).unwrap_or_else(|| doc.span(b))
                });
                let what = if granted { "granted" } else { "requested" };
                let m = match &track {
                    Some((track_id, track)) => msg!(
                        "budget-grant-cap-track",
                        district = &district.id,
                        what = what,
                        total = total,
                        year = year,
                        track_id = track_id,
                        track = track,
                        cap = cap
                    ),
                    None => msg!(
                        "budget-grant-cap",
                        district = &district.id,
                        what = what,
                        total = total,
                        year = year,
                        cap = cap
                    ),
                };
                let span = span.unwrap_or_else(Span::start);
                ctx.report(Rule::BudgetGrantCap, &doc.file, span, m)
                    .help(msg!("budget-grant-cap.help"));
                break;
            }
        }
    }
}

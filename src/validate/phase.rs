//! Cross-file rules: what each dossier status requires of its district and projects, dates in order,
//! deadlines, and a district's grant totals per edition against the edition's cap.

use super::checker::Checker;
use crate::diag::{Rule, Span};
use crate::i18n::Message;
use crate::load::raw::{RawDossier, S};
use crate::load::{MdFile, ProjectFile};
use crate::model::{
    dates_ahead_of_status, gaps, Cents, District, Dossier, Edition, Gap, Id, MIN_STEERING_GROUP,
};
use crate::msg;

/// Checks every dossier of every district against its status, and the grant caps.
pub(crate) fn validate_phases(ctx: &mut Checker, districts: &[District]) {
    let corpus = ctx.corpus;
    for md in &corpus.districts {
        let found = crate::model::district_position(districts, md.id.as_str());
        let Some(district) = found.map(|i| &districts[i]) else {
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
    let edition = ctx.editions.get(&dossier.edition).cloned();
    if let Some(e) = &edition {
        check_deadlines(ctx, &at, e);
    }
    for gap in gaps(district, dossier, edition.as_ref()) {
        report_gap(ctx, &at, gap);
    }
    check_dates_ahead(ctx, &at);
}

/// Reports one gap of `model::gaps` as a `phase.requirement` diagnostic, where it is.
fn report_gap(ctx: &mut Checker, at: &DossierAt, gap: Gap) {
    let (status, year) = (at.dossier.status.as_str(), at.dossier.edition);
    let file = &at.md.doc.file;
    match gap {
        Gap::SubmittedDate => at.lacks(
            ctx,
            msg!("phase-needs-submitted", status = status, year = year),
            msg!("phase-needs-submitted.help"),
        ),
        Gap::IntentionDate => at.lacks(
            ctx,
            msg!("phase-needs-intention", status = status, year = year),
            msg!("phase-needs-intention.help"),
        ),
        Gap::PlaceDescription => at.lacks(
            ctx,
            msg!("phase-needs-place", status = status, year = year),
            msg!("phase-needs-place.help"),
        ),
        Gap::SteeringGroup { found } => check_steering_group(ctx, at, found),
        Gap::Coach => at.lacks(
            ctx,
            msg!("phase-needs-coach", status = status, year = year),
            msg!("phase-needs-coach.help"),
        ),
        Gap::NoProjectWithBudget => at.lacks(
            ctx,
            msg!("phase-needs-budgeted-project", status = status, year = year),
            msg!("phase-needs-budgeted-project.help"),
        ),
        Gap::Decision => at.lacks(
            ctx,
            msg!("phase-needs-decision", status = status, year = year),
            msg!("phase-needs-decision.help"),
        ),
        Gap::Outcome { wanted, found } => {
            let m = msg!(
                "phase-needs-outcome",
                status = status,
                year = year,
                wanted = wanted.as_str(),
                found = found.as_str()
            );
            let span = at
                .raw
                .value
                .decision
                .as_ref()
                .map_or(at.status_span, |d| at.md.doc.span(&d.value.outcome));
            ctx.report(Rule::PhaseRequirement, file, span, m);
        }
        Gap::NoProject | Gap::BudgetLines { .. } | Gap::Roadmap { .. } | Gap::Granted { .. } => {
            report_project_gap(ctx, at, gap)
        }
        Gap::Evaluation => at.lacks(
            ctx,
            msg!("phase-needs-evaluation", status = status, year = year),
            msg!("phase-needs-evaluation.help"),
        ),
    }
}

/// Reports a gap about the projects of the dossier: on the project, or at the status when there
/// is none.
fn report_project_gap(ctx: &mut Checker, at: &DossierAt, gap: Gap) {
    let (status, year) = (at.dossier.status.as_str(), at.dossier.edition);
    let file = &at.md.doc.file;
    let on_project = |ctx: &mut Checker, id: &Id, budget: bool, m: Message, help: Message| {
        let (pfile, span) = project_span(ctx, at.district, id.as_str(), budget);
        ctx.report(Rule::PhaseRequirement, &pfile, span, m)
            .help(help);
    };
    match gap {
        // Projects with errors are left out of the model; their own errors are reported.
        Gap::NoProject if ctx.has_unloaded_projects(at.district.id.as_str()) => {}
        Gap::NoProject => {
            let m = msg!("phase-needs-project", status = status, year = year);
            let help = msg!(
                "phase-needs-project.help",
                district = &at.district.id,
                year = year
            );
            ctx.report(Rule::PhaseRequirement, file, at.status_span, m)
                .help(help);
        }
        Gap::BudgetLines { project } => on_project(
            ctx,
            &project,
            true,
            msg!("phase-needs-budget-lines", status = status, year = year),
            msg!("phase-needs-budget-lines.help"),
        ),
        Gap::Roadmap { project } => on_project(
            ctx,
            &project,
            false,
            msg!("phase-needs-roadmap", status = status, year = year),
            msg!("phase-needs-roadmap.help"),
        ),
        Gap::Granted { project } => {
            let m = msg!(
                "phase-needs-granted",
                status = status,
                year = year,
                project = &project
            );
            on_project(ctx, &project, true, m, msg!("phase-needs-granted.help"))
        }
        _ => {}
    }
}

/// The intention note and the dossier, each on or before the edition's deadline for it.
fn check_deadlines(ctx: &mut Checker, at: &DossierAt, edition: &Edition) {
    let year = at.dossier.edition;
    if let (Some(date), Some(span)) = (at.dossier.submitted, &at.raw.value.submitted) {
        let deadline = edition.submission_deadline;
        if date > deadline {
            let m = msg!(
                "phase-deadline",
                date = date,
                year = year,
                deadline = deadline
            );
            ctx.at(&at.md.doc, span, Rule::PhaseDeadline, m)
                .help(msg!("phase-deadline.help"));
        }
    }
    let intention = (at.dossier.intention, &at.raw.value.intention);
    if let (Some(_), Some(span), None) = (intention.0, intention.1, edition.intention_deadline) {
        // A date for a step the call does not have: kept, but probably meant for another edition.
        let m = msg!("phase-intention-not-asked", year = year);
        let d = ctx.at(&at.md.doc, span, Rule::PhaseRequirement, m);
        d.severity = crate::diag::Severity::Warning;
        d.help(msg!("phase-intention-not-asked.help", year = year));
    }
    if let (Some(date), Some(span), Some(deadline)) =
        (intention.0, intention.1, edition.intention_deadline)
    {
        if date > deadline {
            let m = msg!(
                "phase-intention-deadline",
                date = date,
                year = year,
                deadline = deadline
            );
            ctx.at(&at.md.doc, span, Rule::PhaseDeadline, m)
                .help(msg!("phase-intention-deadline.help"));
        }
    }
}

/// A warning on a dossier still in `preparation` that carries a later phase's date, at that date.
fn check_dates_ahead(ctx: &mut Checker, at: &DossierAt) {
    if !dates_ahead_of_status(at.dossier) {
        return;
    }
    let raw = &at.raw.value;
    let doc = &at.md.doc;
    let (what, span) = match (&raw.submitted, &raw.decision, &raw.evaluation) {
        (Some(s), _, _) => ("submitted", doc.span(s)),
        (None, Some(d), _) => ("decision", doc.span(d)),
        (None, None, Some(e)) => ("evaluation", doc.span(e)),
        (None, None, None) => return,
    };
    let m = msg!("phase-dates-ahead", year = at.dossier.edition, what = what);
    let d = ctx.report(Rule::PhaseRequirement, &doc.file, span, m);
    d.severity = crate::diag::Severity::Warning;
    d.help(msg!("phase-dates-ahead.help"));
}

/// The steering group has at least [`MIN_STEERING_GROUP`] members.
fn check_steering_group(ctx: &mut Checker, at: &DossierAt, found: u32) {
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
        found = found
    );
    ctx.report(Rule::PhaseRequirement, &doc.file, span, m)
        .help(msg!(
            "phase-needs-steering-group.help",
            min = MIN_STEERING_GROUP
        ));
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
    if let (Some(int), Some(sub), Some(span)) = (d.intention, d.submitted, &raw.value.intention) {
        if int > sub {
            let m = msg!(
                "phase-intention-after-submission",
                intention = int,
                submitted = sub
            );
            ctx.at(doc, span, Rule::PhaseDateOrder, m)
                .help(msg!("phase-date-order.help"));
        }
    }
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

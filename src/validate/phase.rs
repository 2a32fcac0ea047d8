//! Cross-file rules: what each dossier status requires of its district and projects, dates in order,
//! deadlines, and a district's grant totals per edition against the edition's cap.

use super::checker::Checker;
use crate::diag::{Rule, Span};
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
            check_grant_cap(ctx, district, dossier.edition);
        }
    }
}

fn check_requirements(
    ctx: &mut Checker,
    md: &MdFile<crate::load::raw::RawDistrict>,
    raw: &S<RawDossier>,
    district: &District,
    dossier: &Dossier,
) {
    let doc = &md.doc;
    let file = &doc.file;
    let status_span = doc.span(&raw.value.status);
    let status = dossier.status;
    let year = dossier.edition;
    let status_s = status.as_str();
    for req in status.requirements() {
        match req {
            Requirement::SubmittedDate => match (&dossier.submitted, &raw.value.submitted) {
                (Some(date), Some(span)) => {
                    if let Some(ed) = ctx.editions.get(&year) {
                        if *date > ed.submission_deadline {
                            let m = msg!(
                                "phase-deadline",
                                date = *date,
                                year = year,
                                deadline = ed.submission_deadline
                            );
                            ctx.at(doc, span, Rule::PhaseDeadline, m)
                                .help(msg!("phase-deadline.help"));
                        }
                    }
                }
                (None, None) => {
                    let m = msg!("phase-needs-submitted", status = status_s, year = year);
                    ctx.report(Rule::PhaseRequirement, file, status_span, m)
                        .help(msg!("phase-needs-submitted.help"));
                }
                _ => {}
            },
            Requirement::PlaceDescription => {
                if md.body.trim().is_empty() {
                    let m = msg!("phase-needs-place", status = status_s, year = year);
                    ctx.report(Rule::PhaseRequirement, file, status_span, m)
                        .help(msg!("phase-needs-place.help"));
                }
            }
            Requirement::SteeringGroup => {
                let n = district.steering_group.unwrap_or(0);
                if n < MIN_STEERING_GROUP {
                    let span = md
                        .doc
                        .data
                        .steering_group
                        .as_ref()
                        .map(|s| doc.span(s))
                        .unwrap_or(status_span);
                    let m = msg!(
                        "phase-needs-steering-group",
                        status = status_s,
                        year = year,
                        min = MIN_STEERING_GROUP,
                        found = n
                    );
                    ctx.report(Rule::PhaseRequirement, file, span, m)
                        .help(msg!("phase-needs-steering-group.help"));
                }
            }
            Requirement::Coach => {
                if md.doc.data.coach.is_none() {
                    let m = msg!("phase-needs-coach", status = status_s, year = year);
                    ctx.report(Rule::PhaseRequirement, file, status_span, m)
                        .help(msg!("phase-needs-coach.help"));
                }
            }
            Requirement::ProjectsWithBudgetAndRoadmap => {
                check_projects(ctx, district, dossier, status_span, file)
            }
            Requirement::Decision => match (&raw.value.decision, &dossier.decision) {
                (None, _) => {
                    let m = msg!("phase-needs-decision", status = status_s, year = year);
                    ctx.report(Rule::PhaseRequirement, file, status_span, m)
                        .help(msg!("phase-needs-decision.help"));
                }
                (Some(dec), Some(d)) => {
                    if let Some(want) = status.required_outcome() {
                        if d.outcome != want {
                            let m = msg!(
                                "phase-needs-outcome",
                                status = status_s,
                                year = year,
                                wanted = want.as_str(),
                                found = d.outcome.as_str()
                            );
                            ctx.at(doc, &dec.value.outcome, Rule::PhaseRequirement, m);
                        }
                    }
                }
                _ => {}
            },
            Requirement::ProjectsGranted => {
                for p in district.projects_of(year) {
                    if p.budget.granted.is_none() {
                        let (pfile, span) = project_span(ctx, district, p.id.as_str(), true);
                        let m = msg!(
                            "phase-needs-granted",
                            status = status_s,
                            year = year,
                            project = &p.id
                        );
                        ctx.report(Rule::PhaseRequirement, &pfile, span, m)
                            .help(msg!("phase-needs-granted.help"));
                    }
                }
            }
            Requirement::Evaluation => {
                if raw.value.evaluation.is_none() {
                    let m = msg!("phase-needs-evaluation", status = status_s, year = year);
                    ctx.report(Rule::PhaseRequirement, file, status_span, m)
                        .help(msg!("phase-needs-evaluation.help"));
                }
            }
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

/// A district's requested (and granted) totals for an edition against the edition's grant cap,
/// reported on the project (by id order) whose amount crosses it.
fn check_grant_cap(ctx: &mut Checker, district: &District, year: u32) {
    let Some(cap) = ctx.editions.get(&year).map(|e| e.grant_max) else {
        return;
    };
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
                let m = msg!(
                    "budget-grant-cap",
                    district = &district.id,
                    what = what,
                    total = total,
                    year = year,
                    cap = cap
                );
                let span = span.unwrap_or_else(Span::start);
                ctx.report(Rule::BudgetGrantCap, &doc.file, span, m)
                    .help(msg!("budget-grant-cap.help"));
                break;
            }
        }
    }
}

//! Cross-file rules: what each dossier status requires of its district and projects, dates in order,
//! deadlines, and a district's grant totals per edition against the edition's cap.

use super::ctx::Ctx;
use crate::diag::{Rule, Span};
use crate::load::raw::{RawDossier, S};
use crate::load::{MdFile, ProjectFile};
use crate::model::{Cents, District, Dossier, Requirement, MIN_STEERING_GROUP};

/// Checks every dossier of every district against its status, and the grant caps.
pub(crate) fn validate_phases(ctx: &mut Ctx, districts: &[District]) {
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
    ctx: &mut Ctx,
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
    let need = |what: &str| format!("status `{status}` of edition {year} requires {what}");
    for req in status.requirements() {
        match req {
            Requirement::SubmittedDate => {
                match (&dossier.submitted, &raw.value.submitted) {
                    (Some(date), Some(span)) => {
                        if let Some(ed) = ctx.editions.get(&year) {
                            if *date > ed.submission_deadline {
                                let msg = format!("submitted on {date}, after the deadline of edition {year} ({})", ed.submission_deadline);
                                ctx.emit(
                                    Rule::PhaseDeadline,
                                    file,
                                    doc.span(span),
                                    msg,
                                    "a roadmap submitted late waits for the next edition",
                                );
                            }
                        }
                    }
                    (None, None) => ctx.emit(
                        Rule::PhaseRequirement,
                        file,
                        status_span,
                        need("a `submitted` date"),
                        "add `submitted: YYYY-MM-DD` to the dossier",
                    ),
                    _ => {}
                }
            }
            Requirement::PlaceDescription => {
                if md.body.trim().is_empty() {
                    ctx.emit(
                        Rule::PhaseRequirement,
                        file,
                        status_span,
                        need("a description of the place"),
                        "describe the place in the text below the front matter",
                    );
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
                    let msg = need(&format!(
                        "a residents' steering group of at least {MIN_STEERING_GROUP}, found {n}"
                    ));
                    ctx.emit(
                        Rule::PhaseRequirement,
                        file,
                        span,
                        msg,
                        "set `steering_group:` to the number of members",
                    );
                }
            }
            Requirement::Coach => {
                if md.doc.data.coach.is_none() {
                    ctx.emit(
                        Rule::PhaseRequirement,
                        file,
                        status_span,
                        need("a coach"),
                        "add `coach: <person id>`",
                    );
                }
            }
            Requirement::ProjectsWithBudgetAndRoadmap => {
                check_projects(ctx, district, dossier, status_span, file)
            }
            Requirement::Decision => match (&raw.value.decision, &dossier.decision) {
                (None, _) => ctx.emit(
                    Rule::PhaseRequirement,
                    file,
                    status_span,
                    need("a `decision`"),
                    "add `decision: {date: YYYY-MM-DD, outcome: selected}`",
                ),
                (Some(dec), Some(d)) => {
                    if let Some(want) = status.required_outcome() {
                        if d.outcome != want {
                            let msg = need(&format!(
                                "decision outcome `{}`, found `{}`",
                                want.as_str(),
                                d.outcome.as_str()
                            ));
                            ctx.emit(
                                Rule::PhaseRequirement,
                                file,
                                doc.span(&dec.value.outcome),
                                msg,
                                "",
                            );
                        }
                    }
                }
                _ => {}
            },
            Requirement::ProjectsGranted => {
                for p in district.projects_of(year) {
                    if p.budget.granted.is_none() {
                        let (pfile, span) = project_span(ctx, district, p.id.as_str(), true);
                        let msg = need(&format!("`granted` on every project; `{}` has none", p.id));
                        ctx.emit(
                            Rule::PhaseRequirement,
                            &pfile,
                            span,
                            msg,
                            "set `budget.granted` from the decision (0 allowed)",
                        );
                    }
                }
            }
            Requirement::Evaluation => {
                if raw.value.evaluation.is_none() {
                    ctx.emit(
                        Rule::PhaseRequirement,
                        file,
                        status_span,
                        need("an `evaluation`"),
                        "add `evaluation: {date: YYYY-MM-DD, summary: \"…\"}`",
                    );
                }
            }
        }
    }
}

fn check_projects(
    ctx: &mut Ctx,
    district: &District,
    dossier: &Dossier,
    status_span: Span,
    file: &std::path::Path,
) {
    let year = dossier.edition;
    let status = dossier.status;
    if district.projects_of(year).next().is_none()
        && !ctx.has_unloaded_projects(district.id.as_str())
    {
        let msg = format!(
            "status `{status}` of edition {year} requires at least one project of that edition"
        );
        ctx.emit(
            Rule::PhaseRequirement,
            file,
            status_span,
            msg,
            "add one with `wijk new project <id> --district <district>`",
        );
    }
    for p in district.projects_of(year) {
        if p.budget.lines.is_empty() {
            let (pfile, span) = project_span(ctx, district, p.id.as_str(), true);
            let msg = format!(
                "the dossier of edition {year} is `{status}`: this project needs budget lines"
            );
            ctx.emit(
                Rule::PhaseRequirement,
                &pfile,
                span,
                msg,
                "add `budget: {lines: [{category: material, label: \"…\", amount: 100}]}`",
            );
        }
        if p.roadmap.is_empty() {
            let (pfile, span) = project_span(ctx, district, p.id.as_str(), false);
            let msg = format!("the dossier of edition {year} is `{status}`: this project needs a roadmap of at least one step");
            ctx.emit(
                Rule::PhaseRequirement,
                &pfile,
                span,
                msg,
                "add `roadmap: [{step: \"…\", due: YYYY-MM-DD}]`",
            );
        }
    }
}

/// The file of a project and the span of its `budget` (or `title`) field.
fn project_span(
    ctx: &Ctx,
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
    ctx: &mut Ctx,
    md: &MdFile<crate::load::raw::RawDistrict>,
    raw: &S<RawDossier>,
    d: &Dossier,
) {
    let doc = &md.doc;
    if let (Some(sub), Some(dec), Some(rd)) = (d.submitted, &d.decision, &raw.value.decision) {
        if dec.date < sub {
            let msg = format!("decision on {} is before submission on {sub}", dec.date);
            ctx.emit(
                Rule::PhaseDateOrder,
                &doc.file,
                doc.span(&rd.value.date),
                msg,
                "dates run in order: submitted ≤ decision ≤ evaluation",
            );
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
                let msg = format!("evaluation on {} is before {what} on {date}", ev.date);
                ctx.emit(
                    Rule::PhaseDateOrder,
                    &doc.file,
                    doc.span(&re.value.date),
                    msg,
                    "dates run in order: submitted ≤ decision ≤ evaluation",
                );
            }
        }
    }
}

/// A district's requested (and granted) totals for an edition against the edition's grant cap,
/// reported on the project (by id order) whose amount crosses it.
fn check_grant_cap(ctx: &mut Ctx, district: &District, year: u32) {
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
                let msg = format!("district `{}` {what} {total} in all for edition {year}, over the grant cap of {cap}", district.id);
                ctx.emit(
                    Rule::BudgetGrantCap,
                    &doc.file,
                    span.unwrap_or_else(Span::start),
                    msg,
                    "lower this project's budget or move it to another edition",
                );
                break;
            }
        }
    }
}

//! Validation of project files: fields, references, budget lines and totals, roadmap and updates.

use super::checker::{Checker, Sign};
use super::privacy::check_public_text;
use super::text::localized;
use crate::diag::Rule;
use crate::load::raw::RawProject;
use crate::load::{Doc, ProjectFile};
use crate::model::{
    Budget, BudgetLine, Id, Partner, PartnerKind, Project, Role, Step, Update, MAX_SUMMARY_CHARS,
};
use crate::msg;
use rayon::prelude::*;

/// Checks every project file and builds the projects (attached to their districts by the caller).
/// The files are shared out among the threads, each with a fork of the context.
pub(crate) fn validate_projects(ctx: &mut Checker) -> Vec<Project> {
    let files = &ctx.corpus.projects;
    let share = files.len().div_ceil(rayon::current_num_threads()).max(1);
    let forks: Vec<Checker> = files.chunks(share).map(|_| ctx.fork()).collect();
    let checked: Vec<(Vec<Project>, Checker)> = files
        .par_chunks(share)
        .zip(forks)
        .map(|(files, mut fork)| {
            let projects = files
                .iter()
                .filter_map(|p| validate_project(&mut fork, p))
                .collect();
            (projects, fork)
        })
        .collect();
    let mut out = Vec::with_capacity(files.len());
    for (projects, fork) in checked {
        out.extend(projects);
        ctx.join(fork);
    }
    out.sort_by(|a, b| (&a.district, &a.id).cmp(&(&b.district, &b.id)));
    out
}

fn validate_project(ctx: &mut Checker, pf: &ProjectFile) -> Option<Project> {
    let md = &pf.md;
    let doc = &md.doc;
    let raw = &doc.data;
    let lang = ctx.lang(doc, raw.lang.as_ref());
    let title = ctx.text(doc, &raw.title, "title");
    let edition = check_district_and_edition(ctx, pf);
    let themes = ctx.themes(doc, &raw.themes);
    let cover = raw
        .cover
        .as_ref()
        .and_then(|c| super::picture::cover(ctx, doc, c));
    let experts = raw
        .experts
        .iter()
        .filter_map(|e| ctx.person(doc, e, Role::Expert))
        .collect();
    let summary = raw.summary.as_ref().map(|s| {
        let n = s.value.trim().chars().count();
        if n > MAX_SUMMARY_CHARS {
            let m = msg!("schema-summary-long", count = n, max = MAX_SUMMARY_CHARS);
            ctx.at(doc, s, Rule::SchemaInvalidValue, m)
                .help(msg!("schema-summary-long.help"));
        }
        check_public_text(ctx, doc, s);
        s.value.trim().to_string()
    });
    let partners = validate_partners(ctx, doc);
    let budget = validate_budget(ctx, pf);
    let (roadmap, updates) = validate_roadmap(ctx, doc);
    Some(Project {
        id: Id::parse(&md.id)?,
        district: Id::parse(&pf.district)?,
        edition,
        themes,
        text: localized(
            md,
            lang,
            title,
            summary,
            cover.as_ref().map(|c| c.1.clone()),
        ),
        cover: cover.map(|c| c.0),
        experts,
        partners,
        budget,
        roadmap,
        updates,
    })
}

/// The project's district has a district.md, and its edition is the programme's and one of the
/// district's dossiers; returns the edition.
fn check_district_and_edition(ctx: &mut Checker, pf: &ProjectFile) -> u32 {
    let doc = &pf.md.doc;
    let raw = &doc.data;
    let district_md = corpus_district(ctx, &pf.district);
    if !ctx.districts.contains(&pf.district) {
        let m = msg!("ref-district-no-file", district = &pf.district);
        ctx.report(Rule::RefDistrict, &doc.file, crate::diag::Span::start(), m)
            .help(msg!("ref-district-no-file.help"));
    }
    let edition = raw.edition.value;
    let known_dossier = district_md.as_ref().is_none_or(|d| d.contains(&edition));
    if !ctx.editions.contains_key(&edition) || !known_dossier {
        ctx.misfiled_projects.insert(pf.district.clone());
    }
    if !ctx.editions.contains_key(&edition) {
        let m = msg!("ref-edition", year = edition);
        ctx.at(doc, &raw.edition, Rule::RefEdition, m);
    } else if let Some(dossiers) = district_md {
        if !dossiers.contains(&edition) {
            let m = msg!(
                "ref-edition-no-dossier",
                district = &pf.district,
                year = edition
            );
            ctx.at(doc, &raw.edition, Rule::RefEdition, m)
                .help(msg!("ref-edition-no-dossier.help"));
        }
    }
    edition
}

/// `partners:`: a name and a known kind each.
fn validate_partners(ctx: &mut Checker, doc: &Doc<RawProject>) -> Vec<Partner> {
    let raw = &doc.data;
    let mut partners = Vec::new();
    for p in &raw.partners {
        let kind = PartnerKind::parse(p.value.kind.value.trim());
        if kind.is_none() {
            let m = msg!(
                "schema-partner-kind",
                kind = &p.value.kind.value,
                list = "municipality, association, business, school, other"
            );
            ctx.at(doc, &p.value.kind, Rule::SchemaInvalidValue, m);
        }
        let name = ctx.text(doc, &p.value.name, "partner name");
        if let Some(kind) = kind {
            partners.push(Partner { name, kind });
        }
    }
    partners
}

/// `roadmap:` steps and `updates:` (sorted by date), with their dates checked.
fn validate_roadmap(ctx: &mut Checker, doc: &Doc<RawProject>) -> (Vec<Step>, Vec<Update>) {
    let raw = &doc.data;
    let mut roadmap = Vec::new();
    for s in &raw.roadmap {
        let step = ctx.text(doc, &s.value.step, "step");
        let due = s.value.due.as_ref().and_then(|d| ctx.date(doc, d, "due"));
        let done = s.value.done.as_ref().and_then(|d| ctx.date(doc, d, "done"));
        roadmap.push(Step {
            step,
            due,
            done,
            tr: Default::default(),
        });
    }
    let mut updates = Vec::new();
    for u in &raw.updates {
        let date = ctx.date(doc, &u.value.date, "date");
        check_public_text(ctx, doc, &u.value.text);
        let text = ctx.text(doc, &u.value.text, "text");
        if let Some(date) = date {
            updates.push(Update {
                date,
                text,
                tr: Default::default(),
            });
        }
    }
    updates.sort_by_key(|u| u.date);
    (roadmap, updates)
}

/// The editions of a district's dossiers, if its district.md was loaded.
fn corpus_district(ctx: &Checker, id: &str) -> Option<Vec<u32>> {
    ctx.district_editions.get(id).cloned()
}

fn validate_budget(ctx: &mut Checker, pf: &ProjectFile) -> Budget {
    let doc = &pf.md.doc;
    let Some(b) = &doc.data.budget else {
        return Budget::default();
    };
    let raw = &b.value;
    let mut budget = Budget::default();
    for l in &raw.lines {
        let line = &l.value;
        let amount = ctx.money(doc, &line.amount, "amount", Sign::Positive);
        let known = ctx.categories.contains(line.category.value.trim());
        if !known {
            let mut cats: Vec<&String> = ctx.categories.iter().collect();
            cats.sort();
            let cats: Vec<&str> = cats.iter().map(|s| s.as_str()).collect();
            let m = msg!("budget-category", category = &line.category.value);
            let rest = msg!("one-of", list = cats.join(", "));
            let help = crate::diag::help_with(line.category.value.trim(), cats, rest);
            ctx.at(doc, &line.category, Rule::BudgetCategory, m)
                .help(help);
        }
        let label = ctx.text(doc, &line.label, "label");
        if let (Some(amount), Some(category), true) =
            (amount, Id::parse(line.category.value.trim()), known)
        {
            budget.lines.push(BudgetLine {
                category,
                label,
                amount,
                tr: Default::default(),
            });
        }
    }
    budget.requested = raw
        .requested
        .as_ref()
        .and_then(|r| ctx.money(doc, r, "requested", Sign::NotNegative));
    budget.granted = raw
        .granted
        .as_ref()
        .and_then(|r| ctx.money(doc, r, "granted", Sign::NotNegative));
    budget.spent = raw
        .spent
        .as_ref()
        .and_then(|r| ctx.money(doc, r, "spent", Sign::NotNegative));
    let lines_complete = budget.lines.len() == raw.lines.len();
    if let (Some(req), Some(span), true) =
        (budget.requested, raw.requested.as_ref(), lines_complete)
    {
        let sum = budget.lines_total();
        if req != sum {
            let m = msg!("budget-total", requested = req, sum = sum);
            let help = msg!("budget-total.help", value = sum.format_parts("", "."));
            ctx.at(doc, span, Rule::BudgetTotal, m).help(help);
        }
    }
    if let (Some(granted), Some(span)) = (budget.granted, raw.granted.as_ref()) {
        let requested = budget.requested_total();
        if granted > requested {
            let m = msg!("budget-granted", granted = granted, requested = requested);
            ctx.at(doc, span, Rule::BudgetGranted, m);
        }
    }
    if let (Some(spent), Some(span)) = (budget.spent, raw.spent.as_ref()) {
        let granted = budget.granted.unwrap_or_default();
        if spent > granted {
            let m = msg!("budget-overspent", spent = spent, granted = granted);
            ctx.at(doc, span, Rule::BudgetOverspent, m);
        }
    }
    budget
}

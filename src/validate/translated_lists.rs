//! The texts of lists in translations: `roadmap: [{step}]`, `budget: {lines: [{label}]}`,
//! `updates: [{text, date?}]` of a project and `dossiers: [{edition, evaluation: {summary}}]` of a
//! district, checked against the original's lists (`i18n.translation`) and joined to its items.
//! The join follows the original's order, one pass over each list.

use super::checker::Checker;
use super::privacy::check_public_text;
use crate::diag::Rule;
use crate::load::raw::{RawAnyScalar, RawUpdate, S};
use crate::load::{Corpus, Doc, ProjectFile, TranslationFile};
use crate::model::{Date, Site, Translated};
use crate::msg;
use crate::site::Kind;
use std::collections::HashMap;

type RawTranslation = crate::load::raw::RawTranslation;
/// A key of a translation's front matter and its value.
pub(crate) type Field<'a> = (&'a S<String>, &'a S<RawAnyScalar>);

/// Whether `key` is a translatable list of a file of `kind`.
pub(crate) fn is_list_key(kind: Kind, key: &str) -> bool {
    match kind {
        Kind::Project => matches!(key, "roadmap" | "budget" | "updates"),
        Kind::District => key == "dossiers",
        _ => false,
    }
}

/// The original project files by district and id, indexed once so that each translation finds
/// its original at once (a district's translation needs only the model's dossiers).
pub(crate) struct Originals<'c> {
    projects: HashMap<(&'c str, &'c str), &'c ProjectFile>,
}

impl<'c> Originals<'c> {
    pub(crate) fn new(corpus: &'c Corpus) -> Self {
        let projects = corpus
            .projects
            .iter()
            .map(|p| ((p.district.as_str(), p.md.id.as_str()), p))
            .collect();
        Originals { projects }
    }
}

/// Checks the lists of translation `t` and sets their texts on the original's items.
pub(crate) fn attach_lists(
    ctx: &mut Checker,
    site: &mut Site,
    originals: &Originals,
    t: &TranslationFile,
    lists: &[Field],
) {
    if lists.is_empty() {
        return;
    }
    let id = t.md.id.as_str();
    match (t.kind, &t.district) {
        (Kind::Project, Some(district)) => {
            let Some(raw) = originals.projects.get(&(district.as_str(), id)) else {
                return;
            };
            let Some(p) = site
                .district_mut(district)
                .and_then(|d| d.projects.iter_mut().find(|p| p.id.as_str() == id))
            else {
                return;
            };
            let j = Join {
                ctx,
                doc: &t.md.doc,
                lang: &t.lang,
            };
            project_lists(j, &raw.md.doc.data, p, lists);
        }
        (Kind::District, _) => {
            let Some(d) = site.district_mut(id) else {
                return;
            };
            let mut j = Join {
                ctx,
                doc: &t.md.doc,
                lang: &t.lang,
            };
            for (k, v) in lists {
                dossiers(j.again(), k, v, &mut d.dossiers);
            }
        }
        _ => {}
    }
}

/// What every check of one translation needs.
struct Join<'x, 'c> {
    ctx: &'x mut Checker<'c>,
    doc: &'x Doc<RawTranslation>,
    lang: &'x str,
}

impl<'c> Join<'_, 'c> {
    fn again(&mut self) -> Join<'_, 'c> {
        Join {
            ctx: &mut *self.ctx,
            doc: self.doc,
            lang: self.lang,
        }
    }
}

fn project_lists(
    mut j: Join,
    raw: &crate::load::raw::RawProject,
    p: &mut crate::model::Project,
    lists: &[Field],
) {
    for (k, v) in lists {
        match k.value.as_str() {
            "roadmap" => {
                let texts = items(j.again(), k, v, "roadmap", "step", raw.roadmap.len(), &[]);
                // Steps are never left out of the model: the original's order is the model's.
                for (step, text) in p.roadmap.iter_mut().zip(texts) {
                    set(&mut step.tr, j.lang, text.map(|(t, _)| t));
                }
            }
            "budget" => budget(j.again(), k, v, raw, p),
            "updates" => updates(j.again(), k, v, &raw.updates, &mut p.updates),
            _ => {}
        }
    }
}

fn set(tr: &mut Translated, lang: &str, text: Option<String>) {
    if let Some(text) = text {
        tr.set(lang, text);
    }
}

/// `budget:` of a translation: a mapping with only `lines`, each line with only `label`.
fn budget(
    mut j: Join,
    key: &S<String>,
    v: &S<RawAnyScalar>,
    raw: &crate::load::raw::RawProject,
    p: &mut crate::model::Project,
) {
    if v.value.1.is_empty() {
        let m = msg!("i18n-list-shape", list = "budget.lines", key = "label");
        j.ctx
            .at(j.doc, key, Rule::I18nTranslation, m)
            .help(msg!("i18n-list-shape.help"));
        return;
    }
    let original = raw.budget.as_ref().map_or(&[][..], |b| &b.value.lines[..]);
    for (k, lines) in &v.value.1 {
        if k.value != "lines" {
            non_text_key(j.again(), &format!("budget.{}", k.value), k);
            continue;
        }
        let texts = items(
            j.again(),
            k,
            lines,
            "budget.lines",
            "label",
            original.len(),
            &[],
        );
        // A line with an error is left out of the model; join only when none was.
        if p.budget.lines.len() == original.len() {
            for (line, text) in p.budget.lines.iter_mut().zip(texts) {
                set(&mut line.tr, j.lang, text.map(|(t, _)| t));
            }
        }
    }
}

/// `updates:` of a translation: each with its `text` and, where given, the original's `date`.
fn updates(
    mut j: Join,
    key: &S<String>,
    v: &S<RawAnyScalar>,
    original: &[S<RawUpdate>],
    model: &mut [crate::model::Update],
) {
    // News is added to the original over time: a translation that gives the first ones only is
    // behind, not wrong (the page shows the original's news until it catches up); one that gives
    // more than the original has is.
    let expected = v.value.2.len().min(original.len());
    let texts = items(j.again(), key, v, "updates", "text", expected, &["date"]);
    let mut dated: Vec<(Date, Option<String>)> = Vec::with_capacity(original.len());
    for (o, text) in original.iter().zip(texts) {
        let Some(date) = Date::parse(o.value.date.value.trim()) else {
            continue;
        };
        let text = text.and_then(|(t, item)| {
            let given = item.value.1.iter().find(|(k, _)| k.value == "date");
            let given = given.map(|(_, d)| (d, d.value.0.as_deref().unwrap_or("")));
            match given {
                Some((at, d)) if Date::parse(d.trim()) != Some(date) => {
                    let m = msg!("i18n-list-date", date = d.trim(), original = date.iso());
                    let help = msg!("i18n-list-date.help");
                    j.ctx.at(j.doc, at, Rule::I18nTranslation, m).help(help);
                    None
                }
                _ => Some(t),
            }
        });
        dated.push((date, text));
    }
    // The model holds the updates with a date, sorted by it (a stable sort): sort the same way.
    dated.sort_by_key(|(d, _)| *d);
    if dated.len() == model.len() {
        for (u, (_, text)) in model.iter_mut().zip(dated) {
            set(&mut u.tr, j.lang, text);
        }
    }
}

/// The items of a translated list, each with its text (or `None` where it has an error): as many
/// as the original has, or none when the list is not a list or its count differs.
fn items<'v>(
    mut j: Join,
    key: &S<String>,
    v: &'v S<RawAnyScalar>,
    list: &str,
    text_key: &str,
    original: usize,
    extra: &[&str],
) -> Vec<Option<(String, &'v S<RawAnyScalar>)>> {
    let raw = &v.value;
    if raw.0.is_some() || !raw.1.is_empty() {
        shape(j, key, list, text_key);
        return Vec::new();
    }
    if raw.2.len() != original {
        let m = msg!(
            "i18n-list-count",
            list = list,
            given = raw.2.len(),
            original = original
        );
        j.ctx
            .at(j.doc, key, Rule::I18nTranslation, m)
            .help(msg!("i18n-list-count.help"));
        return Vec::new();
    }
    let mut out = Vec::with_capacity(original);
    for item in &raw.2 {
        let mut text = None;
        if item.value.1.is_empty() {
            shape(j.again(), item, list, text_key);
        }
        for (k, value) in &item.value.1 {
            if k.value == text_key {
                text = item_text(j.again(), k, value, list, text_key);
            } else if !extra.contains(&k.value.as_str()) {
                non_text_key(j.again(), &format!("{list}.{}", k.value), k);
            }
        }
        out.push(text.map(|t| (t, item)));
    }
    out
}

/// The text of an item (trimmed), checked as the original's texts are: not empty, no address.
fn item_text(
    j: Join,
    key: &S<String>,
    value: &S<RawAnyScalar>,
    list: &str,
    text_key: &str,
) -> Option<String> {
    let Some(text) = value.value.0.as_deref() else {
        shape(j, key, list, text_key);
        return None;
    };
    let s = S {
        value: text.to_string(),
        line: value.line,
        column: value.column,
        len: value.len,
    };
    check_public_text(j.ctx, j.doc, &s);
    let t = j.ctx.text(j.doc, &s, text_key);
    (!t.is_empty()).then_some(t)
}

fn shape<V>(j: Join, at: &S<V>, list: &str, key: &str) {
    let m = msg!("i18n-list-shape", list = list, key = key);
    j.ctx
        .at(j.doc, at, Rule::I18nTranslation, m)
        .help(msg!("i18n-list-shape.help"));
}

/// A field a translation may not give (a date, an amount, a category): refused as every
/// non-translatable field is.
fn non_text_key(j: Join, field: &str, k: &S<String>) {
    let m = msg!("i18n-translation-field", field = field);
    j.ctx
        .at(j.doc, k, Rule::I18nTranslation, m)
        .help(msg!("i18n-list-field.help"));
}

/// `dossiers:` of a district's translation: the evaluation summaries, matched by edition.
fn dossiers(
    mut j: Join,
    key: &S<String>,
    v: &S<RawAnyScalar>,
    model: &mut [crate::model::Dossier],
) {
    const KEY: &str = "evaluation.summary";
    if v.value.0.is_some() || !v.value.1.is_empty() {
        return shape(j, key, "dossiers", KEY);
    }
    for item in &v.value.2 {
        let (mut edition, mut summary) = (None, None);
        for (k, value) in &item.value.1 {
            match k.value.as_str() {
                "edition" => edition = Some(value),
                "evaluation" => summary = evaluation(j.again(), k, value),
                other => non_text_key(j.again(), &format!("dossiers.{other}"), k),
            }
        }
        let Some(at) = edition else {
            shape(j.again(), item, "dossiers", KEY);
            continue;
        };
        let year = at.value.0.as_deref().map(str::trim).unwrap_or("");
        let found = year.parse::<u32>().ok().and_then(|y| {
            let ev = model
                .iter_mut()
                .find(|x| x.edition == y)?
                .evaluation
                .as_mut()?;
            ev.summary.is_some().then_some(ev)
        });
        match (found, summary) {
            (Some(ev), summary) => set(&mut ev.tr, j.lang, summary),
            (None, _) => {
                let m = msg!("i18n-list-edition", edition = year);
                j.ctx
                    .at(j.doc, at, Rule::I18nTranslation, m)
                    .help(msg!("i18n-list-edition.help"));
            }
        }
    }
}

/// `evaluation: {summary}` of a translated dossier.
fn evaluation(mut j: Join, key: &S<String>, v: &S<RawAnyScalar>) -> Option<String> {
    if v.value.1.is_empty() {
        shape(j, key, "dossiers", "evaluation.summary");
        return None;
    }
    let mut summary = None;
    for (k, value) in &v.value.1 {
        if k.value == "summary" {
            summary = item_text(j.again(), k, value, "dossiers", "evaluation.summary");
        } else {
            non_text_key(j.again(), &format!("dossiers.evaluation.{}", k.value), k);
        }
    }
    summary
}

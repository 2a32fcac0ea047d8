//! The validation context: diagnostics being collected and indexes of what exists (by id, once).

use super::suggest::help_with;
use crate::diag::{Diagnostic, Diagnostics, Rule, Span};
use crate::load::raw::{RawMoney, S};
use crate::load::{Corpus, Doc};
use crate::model::{Cents, Date, Edition, Email, Id, MoneyError, Person, Programme, Role, Term};
use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::Path;

/// Shared state of one validation run.
#[derive(Clone)]
pub(crate) struct Ctx<'c> {
    pub corpus: &'c Corpus,
    diags: Diagnostics,
    pub languages: Vec<String>,
    pub categories: HashSet<String>,
    pub editions: BTreeMap<u32, Edition>,
    pub themes: HashSet<String>,
    pub communes: HashSet<String>,
    pub roles: HashMap<String, Role>,
    /// District ids that have a district.md (loaded or not).
    pub districts: HashSet<String>,
    /// The editions of each loaded district's dossiers, as written.
    pub district_editions: HashMap<String, Vec<u32>>,
    /// Districts with a project whose edition is wrong: "at least one project" is not checked there.
    pub misfiled_projects: HashSet<String>,
    /// Pictures referenced by covers: (picture, referencing file, span of the reference).
    pub pictures: Vec<(std::path::PathBuf, std::path::PathBuf, Span)>,
    /// data/themes.yaml exists but could not be read: theme references are not checked.
    unchecked_themes: bool,
    /// data/communes.yaml exists but could not be read: commune references are not checked.
    unchecked_communes: bool,
}

/// Whether money must be strictly positive (budget lines) or only not negative.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Sign {
    Positive,
    NotNegative,
}

impl<'c> Ctx<'c> {
    pub fn new(corpus: &'c Corpus, diags: Diagnostics) -> Self {
        Ctx {
            corpus,
            diags,
            languages: Vec::new(),
            categories: HashSet::new(),
            editions: BTreeMap::new(),
            themes: HashSet::new(),
            communes: HashSet::new(),
            roles: HashMap::new(),
            districts: HashSet::new(),
            district_editions: HashMap::new(),
            misfiled_projects: HashSet::new(),
            pictures: Vec::new(),
            unchecked_themes: false,
            unchecked_communes: false,
        }
    }

    pub fn set_programme(&mut self, p: &Programme) {
        self.languages = p.languages.clone();
        self.categories = p
            .expense_categories
            .iter()
            .map(|(id, _)| id.to_string())
            .collect();
        self.editions = p.editions.iter().map(|e| (e.year, e.clone())).collect();
    }

    pub fn set_terms(&mut self, themes: &[Term], communes: &[Term]) {
        self.themes = themes.iter().map(|t| t.id.to_string()).collect();
        self.communes = communes.iter().map(|t| t.id.to_string()).collect();
        let broken = |loaded: bool, name: &str| {
            !loaded && self.corpus.root.join("data").join(name).is_file()
        };
        self.unchecked_themes = broken(self.corpus.themes.is_some(), "themes.yaml");
        self.unchecked_communes = broken(self.corpus.communes.is_some(), "communes.yaml");
    }

    pub fn set_persons(&mut self, persons: &[Person]) {
        self.roles = persons.iter().map(|p| (p.id.to_string(), p.role)).collect();
    }

    pub fn set_districts(&mut self, corpus: &Corpus) {
        let files = &corpus.content_files;
        self.districts = files
            .iter()
            .filter(|f| {
                f.file_name().is_some_and(|n| n == "district.md") && f.components().count() == 4
            })
            .filter_map(|f| f.parent()?.file_name()?.to_str().map(str::to_string))
            .collect();
        self.district_editions = corpus
            .districts
            .iter()
            .map(|d| {
                (
                    d.id.clone(),
                    d.doc
                        .data
                        .dossiers
                        .iter()
                        .map(|x| x.value.edition.value)
                        .collect(),
                )
            })
            .collect();
    }

    /// Whether a project file of `district` exists but could not be loaded.
    pub fn has_unloaded_projects(&self, district: &str) -> bool {
        let dir = Path::new("content/districts")
            .join(district)
            .join("projects");
        self.misfiled_projects.contains(district)
            || self.corpus.unloaded.iter().any(|f| f.starts_with(&dir))
    }

    pub fn finish(self) -> Diagnostics {
        self.diags
    }

    /// A copy of the tables without the diagnostics so far, to check a share of the files on
    /// another thread; [`Ctx::join`] brings back what it found.
    pub fn fork(&mut self) -> Ctx<'c> {
        let diags = std::mem::take(&mut self.diags);
        let fork = self.clone();
        self.diags = diags;
        fork
    }

    /// Takes back what a fork found: its diagnostics and the districts it marked.
    pub fn join(&mut self, fork: Ctx<'c>) {
        self.diags.extend(fork.diags);
        self.misfiled_projects.extend(fork.misfiled_projects);
        self.pictures.extend(fork.pictures);
    }

    /// Records diagnostics found elsewhere.
    pub fn extend(&mut self, diags: Vec<Diagnostic>) {
        self.diags.extend(diags);
    }

    /// Records a diagnostic of `rule` at `span` in `file`, with a help line.
    pub fn emit(&mut self, rule: Rule, file: &Path, span: Span, message: String, help: &str) {
        let d = Diagnostic::new(rule, file, span, message);
        self.diags.push(if help.is_empty() {
            d
        } else {
            d.with_help(help)
        });
    }

    /// The default language.
    pub fn default_lang(&self) -> String {
        self.languages
            .first()
            .cloned()
            .unwrap_or_else(|| "fr".into())
    }

    /// Parses a money value, reporting `budget.amount` or `schema.invalid-value`.
    pub fn money<T>(
        &mut self,
        doc: &Doc<T>,
        v: &S<RawMoney>,
        field: &str,
        sign: Sign,
    ) -> Option<Cents> {
        let span = doc.span(v);
        match Cents::parse(&v.value.0) {
            Ok(c) if sign == Sign::Positive && c.0 <= 0 => {
                self.emit(
                    Rule::BudgetAmount,
                    &doc.file,
                    span,
                    format!("`{field}` must be more than 0, found {}", v.value.0),
                    "remove the line or give its real amount",
                );
                None
            }
            Ok(c) if c.0 < 0 => {
                self.emit(
                    Rule::BudgetAmount,
                    &doc.file,
                    span,
                    format!("`{field}` must not be negative, found {}", v.value.0),
                    "",
                );
                None
            }
            Ok(c) => Some(c),
            Err(MoneyError::TooPrecise) => {
                self.emit(
                    Rule::BudgetAmount,
                    &doc.file,
                    span,
                    format!("`{field}` has more than two decimals: {}", v.value.0),
                    "amounts are in euros with at most two decimals, e.g. 180.5 or 1234.56",
                );
                None
            }
            Err(MoneyError::NotANumber) => {
                self.emit(
                    Rule::SchemaInvalidValue,
                    &doc.file,
                    span,
                    format!("`{field}` is not an amount in euros: {}", v.value.0),
                    "write a plain number such as 400 or 1234.5",
                );
                None
            }
        }
    }

    /// Parses a `YYYY-MM-DD` date, reporting `schema.invalid-value`.
    pub fn date<T>(&mut self, doc: &Doc<T>, v: &S<String>, field: &str) -> Option<Date> {
        let d = Date::parse(v.value.trim());
        if d.is_none() {
            self.emit(
                Rule::SchemaInvalidValue,
                &doc.file,
                doc.span(v),
                format!("`{field}` is not a date: `{}`", v.value),
                "dates are written YYYY-MM-DD, e.g. 2024-05-28",
            );
        }
        d
    }

    /// A file's language (`lang:` or the default), reporting `i18n.language`.
    pub fn lang<T>(&mut self, doc: &Doc<T>, v: Option<&S<String>>) -> String {
        match v {
            None => self.default_lang(),
            Some(l) if self.languages.contains(&l.value) => l.value.clone(),
            Some(l) => {
                let msg = format!(
                    "language `{}` is not one of the programme's ({})",
                    l.value,
                    self.languages.join(", ")
                );
                self.emit(
                    Rule::I18nLanguage,
                    &doc.file,
                    doc.span(l),
                    msg,
                    "languages are listed in data/programme.yaml",
                );
                self.default_lang()
            }
        }
    }

    /// Checks a list of theme ids, reporting `ref.theme`; returns the valid ones.
    pub fn themes<T>(&mut self, doc: &Doc<T>, list: &[S<String>]) -> Vec<Id> {
        let mut out = Vec::new();
        for t in list {
            if self.unchecked_themes || self.themes.contains(&t.value) {
                out.extend(Id::parse(&t.value));
            } else {
                let mut known: Vec<&String> = self.themes.iter().collect();
                known.sort();
                let known: Vec<&str> = known.iter().map(|s| s.as_str()).collect();
                self.emit(
                    Rule::RefTheme,
                    &doc.file,
                    doc.span(t),
                    format!("unknown theme `{}`", t.value),
                    &help_with(
                        &t.value,
                        known.iter().copied(),
                        &format!(
                            "themes are listed in data/themes.yaml: {}",
                            known.join(", ")
                        ),
                    ),
                );
            }
        }
        out
    }

    /// Whether `v` is a language code (`fr`, `nl`, `ast`), reporting `i18n.language` if not.
    pub fn language_code<T>(&mut self, doc: &Doc<T>, v: &S<String>) -> bool {
        let ok =
            (2..=3).contains(&v.value.len()) && v.value.bytes().all(|b| b.is_ascii_lowercase());
        if !ok {
            let msg = format!("`{}` is not a language code", v.value);
            self.emit(
                Rule::I18nLanguage,
                &doc.file,
                doc.span(v),
                msg,
                "use two-letter codes such as fr, nl, en",
            );
        }
        ok
    }

    /// A person's or reviewer's name: not empty, and one line (names become e-mail headers).
    pub fn person_name<T>(&mut self, doc: &Doc<T>, v: &S<String>) -> String {
        let name = self.text(doc, v, "name");
        if name.contains(['\r', '\n']) {
            let msg = "a name must be one line".to_string();
            self.emit(Rule::SchemaInvalidValue, &doc.file, doc.span(v), msg, "");
        }
        name
    }

    /// Parses an e-mail address, reporting `schema.invalid-value`.
    pub fn email<T>(&mut self, doc: &Doc<T>, v: &S<String>) -> Option<Email> {
        let parsed = Email::parse(&v.value).filter(|_| !v.value.contains(['\r', '\n']));
        if parsed.is_none() {
            let msg = format!("`{}` is not an e-mail address", v.value);
            self.emit(Rule::SchemaInvalidValue, &doc.file, doc.span(v), msg, "");
        }
        parsed
    }

    /// Checks a commune id, reporting `ref.commune`.
    pub fn commune<T>(&mut self, doc: &Doc<T>, v: &S<String>) -> Option<Id> {
        if self.unchecked_communes || self.communes.contains(&v.value) {
            return Id::parse(&v.value);
        }
        self.emit(
            Rule::RefCommune,
            &doc.file,
            doc.span(v),
            format!("unknown commune `{}`", v.value),
            &help_with(
                &v.value,
                self.communes.iter(),
                "communes are listed in data/communes.yaml",
            ),
        );
        None
    }

    /// Checks a person reference with the role it must have, reporting `ref.person` or `ref.role`.
    pub fn person<T>(&mut self, doc: &Doc<T>, v: &S<String>, role: Role) -> Option<Id> {
        match self.roles.get(&v.value) {
            Some(r) if *r == role => Id::parse(&v.value),
            Some(r) => {
                let msg = format!("`{}` is a {}, not a {}", v.value, r.as_str(), role.as_str());
                let help = format!(
                    "set `role: {}` in content/experts/{}.md or name another person",
                    role.as_str(),
                    v.value
                );
                self.emit(Rule::RefRole, &doc.file, doc.span(v), msg, &help);
                None
            }
            // The profile exists but has errors of its own, reported there.
            None if self
                .corpus
                .content_files
                .contains(&Path::new("content/experts").join(format!("{}.md", v.value))) =>
            {
                None
            }
            None => {
                let msg = format!(
                    "no {} `{}`: content/experts/{}.md does not exist",
                    role.as_str(),
                    v.value,
                    v.value
                );
                let help = help_with(
                    &v.value,
                    self.roles.keys(),
                    "or create the profile with `wijk new expert <id>`",
                );
                self.emit(Rule::RefPerson, &doc.file, doc.span(v), msg, &help);
                None
            }
        }
    }

    /// Checks a district reference, reporting `ref.district`.
    pub fn district<T>(&mut self, doc: &Doc<T>, v: &S<String>) -> Option<Id> {
        if self.districts.contains(&v.value) {
            return Id::parse(&v.value);
        }
        self.emit(
            Rule::RefDistrict,
            &doc.file,
            doc.span(v),
            format!("unknown district `{}`", v.value),
            &help_with(
                &v.value,
                self.districts.iter(),
                "districts are the folders of content/districts/",
            ),
        );
        None
    }

    /// Reports a non-empty string check failure (`schema.invalid-value`); returns the trimmed text.
    pub fn text<T>(&mut self, doc: &Doc<T>, v: &S<String>, field: &str) -> String {
        let t = v.value.trim();
        if t.is_empty() {
            self.emit(
                Rule::SchemaInvalidValue,
                &doc.file,
                doc.span(v),
                format!("`{field}` is empty"),
                "",
            );
        }
        t.to_string()
    }
}

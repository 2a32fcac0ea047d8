//! The validation run's checker: diagnostics being collected and indexes of what exists (by id, once).

use crate::diag::{help_with, Diagnostic, Diagnostics, Rule, Span};
use crate::i18n::Message;
use crate::load::raw::{RawMoney, S};
use crate::load::{Corpus, Doc};
use crate::model::{Cents, Date, Edition, Email, Id, MoneyError, Person, Programme, Role, Term};
use crate::msg;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::Path;

/// Shared state of one validation run.
#[derive(Clone)]
pub(crate) struct Checker<'c> {
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

impl<'c> Checker<'c> {
    pub fn new(corpus: &'c Corpus, diags: Diagnostics) -> Self {
        Checker {
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
        let dir = crate::model::projects_folder(district);
        self.misfiled_projects.contains(district)
            || self.corpus.unloaded.iter().any(|f| f.starts_with(&dir))
    }

    pub fn finish(self) -> Diagnostics {
        self.diags
    }

    /// A copy of the tables without the diagnostics so far, to check a share of the files on
    /// another thread; [`Checker::join`] brings back what it found.
    pub fn fork(&mut self) -> Checker<'c> {
        let diags = std::mem::take(&mut self.diags);
        let fork = self.clone();
        self.diags = diags;
        fork
    }

    /// Takes back what a fork found: its diagnostics and the districts it marked.
    pub fn join(&mut self, fork: Checker<'c>) {
        self.diags.extend(fork.diags);
        self.misfiled_projects.extend(fork.misfiled_projects);
        self.pictures.extend(fork.pictures);
    }

    /// Records diagnostics found elsewhere.
    pub fn extend(&mut self, diags: Vec<Diagnostic>) {
        self.diags.extend(diags);
    }

    /// Records a diagnostic of `rule` at the value `v` of `doc`; `.help(…)` adds what to do.
    pub fn at<T, V>(
        &mut self,
        doc: &Doc<T>,
        v: &S<V>,
        rule: Rule,
        message: Message,
    ) -> &mut Diagnostic {
        self.report(rule, &doc.file, doc.span(v), message)
    }

    /// Records a diagnostic of `rule` at `span` in `file` (a file's start, another file's field).
    pub fn report(
        &mut self,
        rule: Rule,
        file: &Path,
        span: Span,
        message: Message,
    ) -> &mut Diagnostic {
        self.diags
            .push_mut(Diagnostic::new(rule, file, span, message))
    }

    /// The default language.
    pub fn default_lang(&self) -> String {
        self.languages
            .first()
            .cloned()
            .unwrap_or_else(|| "fr".into())
    }

    /// An optional amount that may be zero: `None` when absent or wrong (reported).
    pub fn optional_amount<T>(
        &mut self,
        doc: &Doc<T>,
        v: Option<&S<RawMoney>>,
        field: &str,
    ) -> Option<Cents> {
        v.and_then(|v| self.money(doc, v, field, Sign::NotNegative))
    }

    /// Parses a money value, reporting `budget.amount` or `schema.invalid-value`.
    pub fn money<T>(
        &mut self,
        doc: &Doc<T>,
        v: &S<RawMoney>,
        field: &str,
        sign: Sign,
    ) -> Option<Cents> {
        let value = v.value.0.as_str();
        let parsed = Cents::parse(value);
        match parsed {
            Ok(c) if sign == Sign::Positive && c.0 <= 0 => self
                .at(
                    doc,
                    v,
                    Rule::BudgetAmount,
                    msg!("budget-amount-not-positive", field = field, value = value),
                )
                .help(msg!("budget-amount-not-positive.help")),
            Ok(c) if c.0 < 0 => self.at(
                doc,
                v,
                Rule::BudgetAmount,
                msg!("budget-amount-negative", field = field, value = value),
            ),
            Ok(_) => return parsed.ok(),
            Err(MoneyError::TooPrecise) => self
                .at(
                    doc,
                    v,
                    Rule::BudgetAmount,
                    msg!("budget-amount-decimals", field = field, value = value),
                )
                .help(msg!("budget-amount-decimals.help")),
            Err(MoneyError::NotANumber) => self
                .at(
                    doc,
                    v,
                    Rule::SchemaInvalidValue,
                    msg!("schema-not-money", field = field, value = value),
                )
                .help(msg!("schema-not-money.help")),
        };
        None
    }

    /// Parses a `YYYY-MM-DD` date, reporting `schema.invalid-value`.
    pub fn date<T>(&mut self, doc: &Doc<T>, v: &S<String>, field: &str) -> Option<Date> {
        let d = Date::parse(v.value.trim());
        if d.is_none() {
            let m = msg!("schema-not-date", field = field, value = &v.value);
            let help = match crate::diag::guess::iso_date(&v.value) {
                Some(date) => msg!("schema-not-date-fix.help", date = date),
                None => msg!("schema-not-date.help"),
            };
            self.at(doc, v, Rule::SchemaInvalidValue, m).help(help);
        }
        d
    }

    /// A file's language (`lang:` or the default), reporting `i18n.language`.
    pub fn lang<T>(&mut self, doc: &Doc<T>, v: Option<&S<String>>) -> String {
        match v {
            None => self.default_lang(),
            Some(l) if self.languages.contains(&l.value) => l.value.clone(),
            Some(l) => {
                let m = msg!(
                    "i18n-language-unknown",
                    lang = &l.value,
                    list = self.languages.join(", ")
                );
                self.at(doc, l, Rule::I18nLanguage, m)
                    .help(msg!("i18n-language-unknown.help"));
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
                let rest = msg!("ref-theme.help", list = known.join(", "));
                let help = help_with(&t.value, known.iter().copied(), rest);
                self.at(doc, t, Rule::RefTheme, msg!("ref-theme", theme = &t.value))
                    .help(help);
            }
        }
        out
    }

    /// Whether `v` is a language code (`fr`, `nl`, `ast`), reporting `i18n.language` if not.
    pub fn language_code<T>(&mut self, doc: &Doc<T>, v: &S<String>) -> bool {
        let ok =
            (2..=3).contains(&v.value.len()) && v.value.bytes().all(|b| b.is_ascii_lowercase());
        if !ok {
            self.at(
                doc,
                v,
                Rule::I18nLanguage,
                msg!("i18n-language-code", value = &v.value),
            )
            .help(msg!("i18n-language-code.help"));
        }
        ok
    }

    /// A person's or reviewer's name: not empty, and one line (names become e-mail headers).
    pub fn person_name<T>(&mut self, doc: &Doc<T>, v: &S<String>) -> String {
        let name = self.text(doc, v, "name");
        if name.contains(['\r', '\n']) {
            self.at(doc, v, Rule::SchemaInvalidValue, msg!("schema-name-lines"));
        }
        name
    }

    /// Parses an e-mail address, reporting `schema.invalid-value`.
    pub fn email<T>(&mut self, doc: &Doc<T>, v: &S<String>) -> Option<Email> {
        let parsed = Email::parse(&v.value).filter(|_| !v.value.contains(['\r', '\n']));
        if parsed.is_none() {
            self.at(
                doc,
                v,
                Rule::SchemaInvalidValue,
                msg!("schema-not-email", value = &v.value),
            );
        }
        parsed
    }

    /// Checks a commune id, reporting `ref.commune`.
    pub fn commune<T>(&mut self, doc: &Doc<T>, v: &S<String>) -> Option<Id> {
        if self.unchecked_communes || self.communes.contains(&v.value) {
            return Id::parse(&v.value);
        }
        let help = help_with(&v.value, self.communes.iter(), msg!("ref-commune.help"));
        self.at(
            doc,
            v,
            Rule::RefCommune,
            msg!("ref-commune", commune = &v.value),
        )
        .help(help);
        None
    }

    /// Checks a person reference with the role it must have, reporting `ref.person` or `ref.role`.
    pub fn person<T>(&mut self, doc: &Doc<T>, v: &S<String>, role: Role) -> Option<Id> {
        match self.roles.get(&v.value) {
            Some(r) if *r == role => Id::parse(&v.value),
            Some(r) => {
                let m = msg!(
                    "ref-role",
                    person = &v.value,
                    role = r.as_str(),
                    wanted = role.as_str()
                );
                let help = msg!("ref-role.help", person = &v.value, wanted = role.as_str());
                self.at(doc, v, Rule::RefRole, m).help(help);
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
                let m = msg!("ref-person", person = &v.value, role = role.as_str());
                let help = help_with(&v.value, self.roles.keys(), msg!("ref-person.help"));
                self.at(doc, v, Rule::RefPerson, m).help(help);
                None
            }
        }
    }

    /// Checks a district reference, reporting `ref.district`.
    pub fn district<T>(&mut self, doc: &Doc<T>, v: &S<String>) -> Option<Id> {
        if self.districts.contains(&v.value) {
            return Id::parse(&v.value);
        }
        let help = help_with(&v.value, self.districts.iter(), msg!("ref-district.help"));
        self.at(
            doc,
            v,
            Rule::RefDistrict,
            msg!("ref-district", district = &v.value),
        )
        .help(help);
        None
    }

    /// Reports a non-empty string check failure (`schema.invalid-value`); returns the trimmed text.
    pub fn text<T>(&mut self, doc: &Doc<T>, v: &S<String>, field: &str) -> String {
        let t = v.value.trim();
        if t.is_empty() {
            self.at(
                doc,
                v,
                Rule::SchemaInvalidValue,
                msg!("schema-empty", field = field),
            );
        }
        t.to_string()
    }
}

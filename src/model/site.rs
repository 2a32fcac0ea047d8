//! The validated site: programme, reference data, districts with their projects, persons, meetings, pages.

use super::{Cents, Date, Id, Outcome, Status};
use std::collections::BTreeMap;
use std::path::PathBuf;

/// Labels per language; `get` falls back to the first language.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
#[serde(transparent)]
pub struct Labels(pub BTreeMap<String, String>);

impl Labels {
    /// The label in `lang`, else any label (the first by language code), else "".
    pub fn get(&self, lang: &str) -> &str {
        self.0
            .get(lang)
            .or_else(|| self.0.values().next())
            .map(String::as_str)
            .unwrap_or("")
    }
}

/// An e-mail address, parsed once by the parser delivery uses (lettre's `Address`), so that what
/// `check` accepts the mailer accepts; besides, a single plain address on a domain with a dot.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Email(lettre::Address);

impl Email {
    /// The address, if `s` is a single address delivery will accept.
    pub fn parse(s: &str) -> Option<Email> {
        let s = s.trim();
        let address: lettre::Address = s.parse().ok()?;
        let domain = address.domain();
        (domain.contains('.')
            && !domain.starts_with('.')
            && !domain.ends_with('.')
            && s.len() <= 254
            && domain
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '.'))
        .then_some(Email(address))
    }

    /// The address as written.
    pub fn as_str(&self) -> &str {
        self.0.as_ref()
    }

    /// The address as delivery takes it.
    pub fn address(&self) -> &lettre::Address {
        &self.0
    }
}

/// A `Name <address>` or a bare address, as the `From:` of notices.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sender {
    /// The display name, without quotes.
    pub name: Option<String>,
    pub email: Email,
}

impl Sender {
    /// The sender of a `Name <address>` or bare-address line, if it is one.
    pub fn parse(line: &str) -> Option<Sender> {
        if line.contains(['\r', '\n']) {
            return None;
        }
        let line = line.trim();
        match (line.rfind('<'), line.rfind('>')) {
            (Some(a), Some(b)) if a < b && b == line.len() - 1 => {
                let name = line[..a].trim().trim_matches('"').trim();
                Some(Sender {
                    name: (!name.is_empty()).then(|| name.to_string()),
                    email: Email::parse(&line[a + 1..b])?,
                })
            }
            (None, None) => Some(Sender {
                name: None,
                email: Email::parse(line)?,
            }),
            _ => None,
        }
    }
}

/// One edition of the call, with its caps resolved (override or programme default).
#[derive(Clone, Debug, PartialEq)]
pub struct Edition {
    pub year: u32,
    /// What pages show instead of the year (`label:`, e.g. "2009-2010"); URLs and ids keep the year.
    pub label: Option<Labels>,
    /// The date an intention note is due, where the call asks for one before the dossier.
    pub intention_deadline: Option<Date>,
    pub submission_deadline: Date,
    /// The edition's own start-fund cap, else the programme's; `None`: no start fund in this call.
    pub start_fund_max: Option<Cents>,
    /// The edition's own cap, else the programme's; a dossier in a track has the track's.
    pub grant_max: Cents,
    /// The grant tracks of the call, in file order; empty when the edition has one cap.
    pub tracks: Vec<Track>,
}

impl Edition {
    /// The edition's name in `lang`: its label, else the year.
    pub fn name(&self, lang: &str) -> String {
        match &self.label {
            Some(l) if !l.get(lang).is_empty() => l.get(lang).to_string(),
            _ => self.year.to_string(),
        }
    }
    /// The next date a district must meet on `today`: the intention deadline while it is ahead,
    /// else the submission deadline.
    pub fn next_deadline(&self, today: Date) -> (Deadline, Date) {
        match self.intention_deadline {
            Some(d) if d >= today => (Deadline::Intention, d),
            _ => (Deadline::Submission, self.submission_deadline),
        }
    }
    /// The track `id` of this edition.
    pub fn track(&self, id: &Id) -> Option<&Track> {
        self.tracks.iter().find(|t| &t.id == id)
    }
    /// The grant cap of a dossier of this edition: its track's, else the edition's.
    pub fn grant_cap(&self, track: Option<&Id>) -> Cents {
        track
            .and_then(|t| self.track(t))
            .map_or(self.grant_max, |t| t.grant_max)
    }
}

/// The kind of a step of the call that has a date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Deadline {
    /// The intention note.
    Intention,
    /// The dossier (roadmap).
    Submission,
}

/// One grant track (tier) of an edition's call, with its own cap.
#[derive(Clone, Debug, PartialEq)]
pub struct Track {
    pub id: Id,
    /// Its name in each language.
    pub name: Labels,
    pub grant_max: Cents,
}

/// `data/programme.yaml`.
#[derive(Clone, Debug, PartialEq)]
pub struct Programme {
    pub name: Labels,
    pub call: Labels,
    /// The first is the default language.
    pub languages: Vec<String>,
    /// Without trailing slash.
    pub base_url: String,
    /// `None`: the call has no start fund (unless an edition has its own).
    pub start_fund_max: Option<Cents>,
    pub grant_max: Cents,
    /// In file order.
    pub expense_categories: Vec<(Id, Labels)>,
    /// The `From:` of notices (`notifications.from`), parsed once.
    pub from: Option<Sender>,
    /// The theme folder under `themes/` (`theme:`), when not the default one.
    pub theme: Option<Id>,
    /// Sorted by year.
    pub editions: Vec<Edition>,
    /// The browser editor, published under `/admin/` when set.
    pub editing: Option<super::Editing>,
    /// Who runs the programme, published on the home page.
    pub contact: Option<Contact>,
    /// `map:`: the boundaries' credit and the interactive map's tiles.
    pub map: MapSettings,
    /// `licence:`: the licence of the open data, in the data package.
    pub licence: Option<Licence>,
}

/// `licence:` of the programme: the open data's licence, as a Data Package names it.
#[derive(Clone, Debug, PartialEq)]
pub struct Licence {
    /// An Open Definition licence id (`CC-BY-4.0`, `ODC-BY-1.0`).
    pub name: String,
    /// The licence's text, `https://…`.
    pub path: Option<String>,
    /// Its human name.
    pub title: Option<String>,
}

/// `map:` in the programme.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct MapSettings {
    /// Credit line of the commune boundaries, per language.
    pub source: Labels,
    /// The interactive map, when tiles are configured.
    pub tiles: Option<Tiles>,
    /// `boundaries.match`: the feature property that names the commune in the boundary file
    /// (`None`: `properties.id`).
    pub matching: Option<String>,
}

/// A tile server for the interactive map.
#[derive(Clone, Debug, PartialEq)]
pub struct Tiles {
    /// URL template with `{z}`, `{x}`, `{y}`.
    pub url: String,
    /// The host named to visitors before they load the map.
    pub host: String,
    pub attribution: String,
    pub max_zoom: u32,
}

/// `contact:` of the programme; every field optional. The e-mail address is public.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Contact {
    pub organisation: Option<Labels>,
    pub email: Option<Email>,
    pub phone: Option<String>,
    pub address: Option<Labels>,
}

impl Programme {
    /// The default (first) language.
    pub fn default_lang(&self) -> &str {
        self.languages.first().map(String::as_str).unwrap_or("fr")
    }
    /// The name of the theme folder (`themes/<name>/`): `theme:`, else `default`.
    pub fn theme_name(&self) -> &str {
        self.theme.as_ref().map_or("default", Id::as_str)
    }
    /// The edition of `year`.
    pub fn edition(&self, year: u32) -> Option<&Edition> {
        self.editions.iter().find(|e| e.year == year)
    }
    /// The label of an expense category.
    pub fn category_label(&self, id: &str, lang: &str) -> String {
        self.expense_categories
            .iter()
            .find(|(c, _)| c.as_str() == id)
            .map(|(_, l)| l.get(lang).to_string())
            .unwrap_or_else(|| id.to_string())
    }
}

/// A theme or a commune: an id with labels.
#[derive(Clone, Debug, PartialEq)]
pub struct Term {
    pub id: Id,
    pub labels: Labels,
}

/// A member of the steering committee.
#[derive(Clone, Debug, PartialEq)]
pub struct Reviewer {
    pub id: Id,
    pub name: String,
    pub lang: String,
    pub email: Option<Email>,
    /// Empty = all communes.
    pub communes: Vec<Id>,
    /// Empty = all themes.
    pub themes: Vec<Id>,
}

/// The translatable text of a page in one language.
#[derive(Clone, Debug, PartialEq)]
pub struct Text {
    pub lang: String,
    pub title: String,
    pub summary: Option<String>,
    /// The alternative text of the item's cover picture in this language, when this file has
    /// one (see [`Localized::cover_alt`] for the fallback to the original's).
    pub cover_alt: Option<String>,
    /// Markdown source.
    pub body: std::sync::Arc<str>,
    /// The file it comes from, relative to the root (for `@/` links and images).
    pub file: PathBuf,
}

/// A content item's text: the original and its translations.
#[derive(Clone, Debug, PartialEq)]
pub struct Localized {
    pub original: Text,
    /// By language; never holds the original's language.
    pub translations: BTreeMap<String, Text>,
}

impl Localized {
    /// The text in `lang`, and whether it is a fallback to the original.
    pub fn get(&self, lang: &str) -> (&Text, bool) {
        if self.original.lang == lang {
            return (&self.original, false);
        }
        match self.translations.get(lang) {
            Some(t) => (t, false),
            None => (&self.original, true),
        }
    }

    /// The cover's alternative text for a page in `lang`, and the language it is written in:
    /// the translation's own, else the original's.
    pub fn cover_alt(&self, lang: &str) -> Option<(&str, &str)> {
        let (t, _) = self.get(lang);
        let own = t.cover_alt.as_deref().map(|a| (a, t.lang.as_str()));
        own.or_else(|| {
            let o = &self.original;
            o.cover_alt.as_deref().map(|a| (a, o.lang.as_str()))
        })
    }
}

/// A district's start fund for an edition.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct StartFund {
    pub granted: Option<Cents>,
    pub spent: Option<Cents>,
}

/// The steering committee's decision on a dossier.
#[derive(Clone, Debug, PartialEq)]
pub struct Decision {
    pub date: Date,
    pub outcome: Outcome,
}

/// The evaluation of a dossier.
#[derive(Clone, Debug, PartialEq)]
pub struct Evaluation {
    pub date: Date,
    pub summary: Option<String>,
    /// The summary in other languages.
    pub tr: super::Translated,
}

/// A district's participation in one edition.
#[derive(Clone, Debug, PartialEq)]
pub struct Dossier {
    pub edition: u32,
    /// The edition's track this dossier applies in, when the edition has tracks.
    pub track: Option<Id>,
    pub status: Status,
    pub start_fund: StartFund,
    /// The date of the intention note, where the edition asks for one.
    pub intention: Option<Date>,
    pub submitted: Option<Date>,
    pub decision: Option<Decision>,
    pub evaluation: Option<Evaluation>,
}

/// A residents' group.
#[derive(Clone, Debug, PartialEq)]
pub struct District {
    pub id: Id,
    pub name: String,
    /// Every commune the district lies in, the main one first (never empty).
    pub communes: Vec<Id>,
    /// When the group ended, and the district it goes on as.
    pub closed: Option<Closed>,
    /// Old ids whose pages redirect to this district.
    pub aliases: Vec<Id>,
    /// `(lat, lon)`.
    pub location: Option<(f64, f64)>,
    pub coach: Option<Id>,
    pub steering_group: Option<u32>,
    pub themes: Vec<Id>,
    /// The cover picture (root-relative path of a published picture); its text is in `text`.
    pub cover: Option<PathBuf>,
    /// Sorted by edition.
    pub dossiers: Vec<Dossier>,
    /// Title = name; body = the place description.
    pub text: Localized,
    /// Sorted by id.
    pub projects: Vec<Project>,
}

/// `closed:` of a district.
#[derive(Clone, Debug, PartialEq)]
pub struct Closed {
    pub date: Date,
    /// The district the group goes on as (an existing district other than itself).
    pub successor: Option<Id>,
}

impl District {
    /// The main commune's id: the first of `communes`.
    pub fn commune(&self) -> &str {
        self.communes.first().map_or("", Id::as_str)
    }
    /// Whether the district lies (also) in `commune`.
    pub fn in_commune(&self, commune: &str) -> bool {
        self.communes.iter().any(|c| c.as_str() == commune)
    }
    /// The district's name in `lang`: the `title` of its translation `district.<lang>.md`, else
    /// `name`.
    pub fn name_in(&self, lang: &str) -> &str {
        &self.text.get(lang).0.title
    }
    /// The dossier of the latest edition.
    pub fn latest_dossier(&self) -> Option<&Dossier> {
        self.dossiers.last()
    }
    /// The dossier of `edition`.
    pub fn dossier(&self, edition: u32) -> Option<&Dossier> {
        self.dossiers.iter().find(|d| d.edition == edition)
    }
    /// The projects of `edition`.
    pub fn projects_of(&self, edition: u32) -> impl Iterator<Item = &Project> {
        self.projects.iter().filter(move |p| p.edition == edition)
    }
}

/// Kinds of partner.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum PartnerKind {
    Municipality,
    Association,
    Business,
    School,
    Other,
}

impl PartnerKind {
    /// Parses the kinds of the contract.
    pub fn parse(s: &str) -> Option<PartnerKind> {
        Some(match s {
            "municipality" => PartnerKind::Municipality,
            "association" => PartnerKind::Association,
            "business" => PartnerKind::Business,
            "school" => PartnerKind::School,
            "other" => PartnerKind::Other,
            _ => return None,
        })
    }
    pub fn as_str(self) -> &'static str {
        match self {
            PartnerKind::Municipality => "municipality",
            PartnerKind::Association => "association",
            PartnerKind::Business => "business",
            PartnerKind::School => "school",
            PartnerKind::Other => "other",
        }
    }
}

/// A project's partner.
#[derive(Clone, Debug, PartialEq)]
pub struct Partner {
    pub name: String,
    pub kind: PartnerKind,
}

/// A line of a project's budget.
#[derive(Clone, Debug, PartialEq)]
pub struct BudgetLine {
    pub category: Id,
    pub label: String,
    pub amount: Cents,
    /// The label in other languages.
    pub tr: super::Translated,
}

/// A project's budget.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Budget {
    pub lines: Vec<BudgetLine>,
    pub requested: Option<Cents>,
    pub granted: Option<Cents>,
    pub spent: Option<Cents>,
}

impl Budget {
    /// The sum of the lines.
    pub fn lines_total(&self) -> Cents {
        self.lines.iter().map(|l| l.amount).sum()
    }
    /// A project without a `budget` asks for no money: no lines and no amounts.
    pub fn asks_nothing(&self) -> bool {
        *self == Budget::default()
    }
    /// `requested` when given, else the sum of the lines.
    pub fn requested_total(&self) -> Cents {
        self.requested.unwrap_or_else(|| self.lines_total())
    }
}

/// A step of the roadmap.
#[derive(Clone, Debug, PartialEq)]
pub struct Step {
    pub step: String,
    pub due: Option<Date>,
    pub done: Option<Date>,
    /// The step's text in other languages.
    pub tr: super::Translated,
}

/// A dated progress note.
#[derive(Clone, Debug, PartialEq)]
pub struct Update {
    pub date: Date,
    pub text: String,
    /// The text in other languages.
    pub tr: super::Translated,
}

/// A project of a district.
#[derive(Clone, Debug, PartialEq)]
pub struct Project {
    pub id: Id,
    pub district: Id,
    pub edition: u32,
    pub themes: Vec<Id>,
    /// The cover picture (root-relative path of a published picture); its text is in `text`.
    pub cover: Option<PathBuf>,
    /// Title, summary and body per language.
    pub text: Localized,
    pub experts: Vec<Id>,
    pub partners: Vec<Partner>,
    pub budget: Budget,
    pub roadmap: Vec<Step>,
    /// Sorted by date, newest last.
    pub updates: Vec<Update>,
}

/// Coach or thematic expert.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    Expert,
    Coach,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Expert => "expert",
            Role::Coach => "coach",
        }
    }
}

/// An expert or coach profile.
#[derive(Clone, Debug, PartialEq)]
pub struct Person {
    pub id: Id,
    pub name: String,
    pub role: Role,
    pub themes: Vec<Id>,
    pub organisation: Option<String>,
    pub languages: Vec<String>,
    /// Private unless `public_contact`.
    pub email: Option<Email>,
    pub public_contact: bool,
    /// Title = name; body = biography.
    pub text: Localized,
}

impl Person {
    /// The address that may be shown publicly, if any.
    pub fn public_email(&self) -> Option<&Email> {
        self.email.as_ref().filter(|_| self.public_contact)
    }
}

/// An exchange meeting between districts.
#[derive(Clone, Debug, PartialEq)]
pub struct Meeting {
    pub id: Id,
    pub date: Date,
    pub place: Option<String>,
    pub themes: Vec<Id>,
    pub districts: Vec<Id>,
    /// Title and report per language.
    pub text: Localized,
}

/// A free page.
#[derive(Clone, Debug, PartialEq)]
pub struct Page {
    pub id: Id,
    pub text: Localized,
}

/// The whole validated site. Every list is sorted by id (meetings by date then id).
#[derive(Clone, Debug, PartialEq)]
pub struct Site {
    pub root: PathBuf,
    pub programme: Programme,
    pub themes: Vec<Term>,
    pub communes: Vec<Term>,
    /// Commune boundaries from `data/communes.geojson`, when the site has the file.
    pub boundaries: Option<crate::geo::Boundaries>,
    pub reviewers: Vec<Reviewer>,
    pub districts: Vec<District>,
    pub persons: Vec<Person>,
    pub meetings: Vec<Meeting>,
    pub pages: Vec<Page>,
    /// The documents linked from bodies whose bytes are of an allowed type, by root-relative
    /// path: published as they are under `media/`. No other file under `content/` is.
    pub documents: BTreeMap<PathBuf, crate::documents::DocumentType>,
    /// The pictures shown (as Markdown images, covers, or link targets), by root-relative path:
    /// published as resized variants, never as they are.
    pub pictures: BTreeMap<PathBuf, Picture>,
    /// The lookups by id, built with the lists above (`SiteIndex::new`).
    pub index: super::SiteIndex,
}

/// A picture shown on the site.
#[derive(Clone, Debug, PartialEq)]
pub struct Picture {
    /// What its headers say.
    pub probe: crate::pictures::Probe,
    /// Where it is referenced: file and span of each reference, in file order.
    pub shown_in: Vec<(PathBuf, crate::diag::Span)>,
}

impl Site {
    /// The district of `id`.
    pub fn district(&self, id: &str) -> Option<&District> {
        self.districts
            .get(self.index.district(id)?)
            .filter(|d| d.id.as_str() == id)
    }
    /// The district of `id`, to change (never its id).
    pub fn district_mut(&mut self, id: &str) -> Option<&mut District> {
        let i = self.index.district(id)?;
        self.districts.get_mut(i).filter(|d| d.id.as_str() == id)
    }
    /// The person of `id`.
    pub fn person(&self, id: &str) -> Option<&Person> {
        self.persons
            .get(self.index.person(id)?)
            .filter(|p| p.id.as_str() == id)
    }
    /// The projects expert `id` advises, in site order.
    pub fn projects_of_expert(&self, id: &str) -> impl Iterator<Item = &Project> + '_ {
        let at = self.index.projects_of_expert(id);
        at.iter()
            .filter_map(|&(d, p)| self.districts.get(d)?.projects.get(p))
    }
    /// The districts coach `id` accompanies, in site order.
    pub fn districts_of_coach(&self, id: &str) -> impl Iterator<Item = &District> + '_ {
        let at = self.index.districts_of_coach(id);
        at.iter().filter_map(|&d| self.districts.get(d))
    }
    pub fn theme(&self, id: &str) -> Option<&Term> {
        self.themes.iter().find(|t| t.id.as_str() == id)
    }
    pub fn commune(&self, id: &str) -> Option<&Term> {
        self.communes.iter().find(|t| t.id.as_str() == id)
    }
}

#[cfg(test)]
mod tests {
    use super::Sender;

    #[test]
    fn parses_a_sender_once_with_or_without_a_name() {
        let s = Sender::parse("Quartiers Durables <noreply@example.org>").unwrap();
        assert_eq!(s.name.as_deref(), Some("Quartiers Durables"));
        assert_eq!(s.email.as_str(), "noreply@example.org");
        let quoted = Sender::parse("\"Cel, Duurzame Wijken\" <cel@example.org>").unwrap();
        assert_eq!(quoted.name.as_deref(), Some("Cel, Duurzame Wijken"));
        let bare = Sender::parse(" noreply@example.org ").unwrap();
        assert_eq!(
            (bare.name, bare.email.as_str()),
            (None, "noreply@example.org")
        );
        for bad in [
            "Name <noreply@example.org",
            "Name <noreply@example.org> tail",
            "noreply@example.org\r\nBcc: x@example.org",
            "Name <not an address>",
            "",
        ] {
            assert!(Sender::parse(bad).is_none(), "{bad:?}");
        }
    }
}

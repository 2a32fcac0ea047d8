//! Raw types: the YAML as written, every value wrapped with its position (`Spanned`).
//! Unknown fields are refused here; meaning (dates, money, references) is checked in `validate`.

use schemars::{JsonSchema, Schema, SchemaGenerator};
use serde::de::{self, Deserializer, MapAccess, Visitor};
use serde::Deserialize;
use std::borrow::Cow;
use std::fmt;

pub use super::raw_track::RawTrack;
pub(crate) use super::spanned::MONEY_EXPECTING;
pub use super::spanned::{RawLabels, RawMoney, SpannedMap, S};

/// `data/programme.yaml`.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawProgramme {
    pub name: S<RawLabels>,
    pub call: Option<S<RawLabels>>,
    #[schemars(with = "Vec<super::shapes::LangCode>")]
    pub languages: S<Vec<S<String>>>,
    #[schemars(with = "Option<super::shapes::HttpsUrl>")]
    pub base_url: Option<S<String>>,
    /// The start-fund cap of the call; absent (and no edition's own): no start fund.
    pub start_fund_max: Option<S<RawMoney>>,
    pub grant_max: S<RawMoney>,
    pub expense_categories: S<SpannedMap<S<RawLabels>>>,
    pub notifications: Option<S<RawNotifications>>,
    /// The browser editor: when set, `wijk build` publishes it under `/admin/`.
    pub editing: Option<S<RawEditing>>,
    pub contact: Option<S<RawContact>>,
    pub map: Option<S<RawMap>>,
    /// The licence of the open data (`data/datapackage.json`).
    pub licence: Option<S<RawLicence>>,
    /// The theme: a folder under `themes/` whose files override the built-in default theme's;
    /// default `default`.
    pub theme: Option<S<String>>,
    #[serde(default)]
    pub editions: Vec<S<RawEdition>>,
}

/// `licence:` in the programme: the open data's licence, as a Data Package names it.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawLicence {
    /// An Open Definition licence id: letters, digits, `-`, `.`, `_` (`CC-BY-4.0`).
    #[schemars(with = "super::shapes::LicenceId")]
    pub name: S<String>,
    /// The licence's text, `https://…`.
    #[schemars(with = "Option<super::shapes::HttpsUrl>")]
    pub path: Option<S<String>>,
    /// Its human name (`Creative Commons Attribution 4.0`).
    #[schemars(with = "Option<super::shapes::Text>")]
    pub title: Option<S<String>>,
}

/// `editing:` in the programme: where the browser editor reads and saves the content.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawEditing {
    /// The git hosting: github, gitlab, bitbucket or git-gateway.
    #[schemars(with = "super::shapes::BackendName")]
    pub backend: S<String>,
    /// The content repository, `owner/name` (required except with git-gateway).
    #[schemars(with = "Option<super::shapes::RepoPath>")]
    pub repo: Option<S<String>>,
    /// The branch pull requests are opened against; default `main`.
    pub branch: Option<S<String>>,
    /// The OAuth server that logs editors in (GitHub, Bitbucket), e.g. a self-hosted
    /// Decap OAuth provider: `https://auth.example.org`.
    #[schemars(with = "Option<super::shapes::HttpsUrl>")]
    pub base_url: Option<S<String>>,
    /// The path of the OAuth endpoint on `base_url`; default `auth`.
    #[schemars(with = "Option<super::shapes::EndpointPath>")]
    pub auth_endpoint: Option<S<String>>,
    /// The OAuth application id (GitLab PKCE login).
    pub app_id: Option<S<String>>,
    /// The API root of a self-hosted GitHub Enterprise or GitLab.
    #[schemars(with = "Option<super::shapes::HttpsUrl>")]
    pub api_root: Option<S<String>>,
    /// Whether anyone with a GitHub account may edit: the editor forks the repository for
    /// those without write access and opens their pull request (Decap's open authoring).
    /// Default `true` with `github`; the other backends cannot, and refuse `true`.
    pub open_authoring: Option<S<bool>>,
    /// How many days the programme's team usually takes to review a proposed change: the
    /// editor says so after each save ("usually within N days").
    #[schemars(range(min = 1, max = 365))]
    pub review_days: Option<S<u32>>,
}

/// `contact:` in the programme: who runs it, published on the home page. Its e-mail address is
/// public by definition.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawContact {
    /// The organisation's name in each language.
    pub organisation: Option<S<RawLabels>>,
    /// A public address for questions, shown on every language's home page (public by
    /// definition: the build's private-address check lets it through).
    #[schemars(with = "Option<super::shapes::EmailAddress>")]
    pub email: Option<S<String>>,
    /// A phone number as dialled from abroad or locally: digits, spaces, `+ ( ) - . /`.
    #[schemars(with = "Option<super::shapes::Phone>")]
    pub phone: Option<S<String>>,
    /// The postal address in each language.
    pub address: Option<S<RawLabels>>,
}

/// `map:` in the programme: the credit of the boundaries, and the tiles of the interactive map
/// offered on request (`tiles` and `attribution` go together).
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawMap {
    /// Credit line of `data/communes.geojson`, per language (shown in the map's caption).
    pub source: Option<S<RawLabels>>,
    /// Tile URL template with `{z}`, `{x}` and `{y}` (and optionally `{s}`), https.
    #[schemars(with = "Option<super::shapes::TileUrl>")]
    pub tiles: Option<S<String>>,
    /// The tile provider's attribution, shown on the interactive map.
    #[schemars(with = "Option<super::shapes::Text>")]
    pub attribution: Option<S<String>>,
    /// Deepest zoom level the tile server offers (1 to 22; default 18).
    #[serde(default, deserialize_with = "super::yaml_scalars::resolved_opt")]
    #[schemars(with = "Option<super::shapes::ZoomLevel>")]
    pub max_zoom: Option<S<u32>>,
    /// How the features of `data/communes.geojson` name their commune, for a file made by
    /// someone else (default: `properties.id` is the commune id).
    pub boundaries: Option<S<RawBoundaryFile>>,
}

/// `map.boundaries:` in the programme.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawBoundaryFile {
    /// The feature property that names the commune (`name_fr`): its value is matched to the
    /// commune ids and labels of `data/communes.yaml`, accents, case and punctuation aside.
    #[serde(rename = "match")]
    #[schemars(with = "super::shapes::Text")]
    pub matching: S<String>,
}

/// `notifications:` in the programme.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawNotifications {
    #[schemars(with = "super::shapes::SenderAddress")]
    pub from: S<String>,
}

/// One edition of the call.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawEdition {
    #[serde(deserialize_with = "super::yaml_scalars::resolved")]
    pub year: S<u32>,
    /// What pages show instead of the year (e.g. "2009-2010"), per language.
    pub label: Option<S<RawLabels>>,
    /// When an intention note is due, where the call asks for one before the dossier.
    #[schemars(with = "Option<super::shapes::IsoDate>")]
    pub intention_deadline: Option<S<String>>,
    #[schemars(with = "super::shapes::IsoDate")]
    pub submission_deadline: S<String>,
    pub start_fund_max: Option<S<RawMoney>>,
    pub grant_max: Option<S<RawMoney>>,
    /// The grant tracks of this call, by id: each with its name per language and its own
    /// `grant_max` (in place of the edition's); a dossier of the edition then names its `track`.
    pub tracks: Option<S<SpannedMap<S<RawTrack>>>>,
}

/// One entry of `data/reviewers.yaml`.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawReviewer {
    #[schemars(with = "super::shapes::IdRef")]
    pub id: S<String>,
    #[schemars(with = "super::shapes::Text")]
    pub name: S<String>,
    #[schemars(with = "super::shapes::LangCode")]
    pub lang: S<String>,
    #[schemars(with = "Option<super::shapes::EmailAddress>")]
    pub email: Option<S<String>>,
    #[serde(default)]
    #[schemars(with = "Vec<super::shapes::IdRef>")]
    pub communes: Vec<S<String>>,
    #[serde(default)]
    #[schemars(with = "Vec<super::shapes::IdRef>")]
    pub themes: Vec<S<String>>,
}

impl RawDistrict {
    /// The communes as written: `commune`, else the items of `communes`.
    pub fn commune_ids(&self) -> Vec<&str> {
        match (&self.commune, &self.communes) {
            (Some(c), _) => vec![c.value.as_str()],
            (None, Some(list)) => list.value.iter().map(|c| c.value.as_str()).collect(),
            (None, None) => Vec::new(),
        }
    }
}

/// `closed: {date, successor}`: when a district's group ended, and the district it goes on as.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawClosed {
    #[schemars(with = "super::shapes::IsoDate")]
    pub date: S<String>,
    /// The district the group goes on as.
    #[schemars(with = "Option<super::shapes::DistrictRef>")]
    pub successor: Option<S<String>>,
}

/// `{lat, lon}`.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawLocation {
    #[serde(deserialize_with = "super::yaml_scalars::resolved")]
    #[schemars(with = "super::shapes::Latitude")]
    pub lat: S<f64>,
    #[serde(deserialize_with = "super::yaml_scalars::resolved")]
    #[schemars(with = "super::shapes::Longitude")]
    pub lon: S<f64>,
}

/// Front matter of `district.md`.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(extend("oneOf" = [{"required": ["commune"]}, {"required": ["communes"]}]))]
pub struct RawDistrict {
    #[schemars(with = "super::shapes::Text")]
    pub name: S<String>,
    /// The commune of a district in one commune (exactly one of `commune` and `communes`).
    #[schemars(with = "Option<super::shapes::CommuneRef>")]
    pub commune: Option<S<String>>,
    /// The communes of a district that lies in several (exactly one of `commune` and
    /// `communes`); the first is its main commune.
    #[schemars(with = "Option<Vec<super::shapes::CommuneRef>>")]
    #[schemars(extend("minItems" = 1, "uniqueItems" = true))]
    pub communes: Option<S<Vec<S<String>>>>,
    /// The group ended (or went on as another district) on `date`.
    pub closed: Option<S<RawClosed>>,
    /// Old ids of the district: their pages redirect to this one.
    #[serde(default)]
    #[schemars(with = "Vec<super::shapes::IdRef>")]
    pub aliases: Vec<S<String>>,
    #[schemars(with = "Option<super::shapes::LangCode>")]
    pub lang: Option<S<String>>,
    pub location: Option<S<RawLocation>>,
    #[schemars(with = "Option<super::shapes::CoachRef>")]
    pub coach: Option<S<String>>,
    #[serde(default, deserialize_with = "super::yaml_scalars::resolved_opt")]
    pub steering_group: Option<S<u32>>,
    #[serde(default)]
    #[schemars(with = "Vec<super::shapes::ThemeRef>")]
    pub themes: Vec<S<String>>,
    pub cover: Option<S<RawCover>>,
    #[serde(default)]
    pub dossiers: Vec<S<RawDossier>>,
}

/// `cover: {src, alt}`: the picture of a district or project, relative to the file.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawCover {
    /// The image, relative to the file (`assets/jardin.jpg`): JPEG, PNG or WebP.
    #[schemars(with = "super::shapes::Text")]
    pub src: S<String>,
    /// What the picture shows, for people who cannot see it.
    #[schemars(with = "super::shapes::Text")]
    pub alt: S<String>,
}

/// A district's participation in one edition.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawDossier {
    #[schemars(with = "super::shapes::EditionRef")]
    #[serde(deserialize_with = "super::yaml_scalars::resolved")]
    pub edition: S<u32>,
    /// The edition's track this dossier applies in (required when the edition has tracks).
    #[schemars(with = "Option<super::shapes::IdRef>")]
    pub track: Option<S<String>>,
    #[schemars(with = "super::shapes::StatusName")]
    pub status: S<String>,
    pub start_fund: Option<S<RawStartFund>>,
    /// The date of the intention note, where the edition asks for one.
    #[schemars(with = "Option<super::shapes::IsoDate>")]
    pub intention: Option<S<String>>,
    #[schemars(with = "Option<super::shapes::IsoDate>")]
    pub submitted: Option<S<String>>,
    pub decision: Option<S<RawDecision>>,
    pub evaluation: Option<S<RawEvaluation>>,
}

/// `start_fund: {granted, spent}`.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawStartFund {
    pub granted: Option<S<RawMoney>>,
    pub spent: Option<S<RawMoney>>,
}

/// `decision: {date, outcome}`.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawDecision {
    #[schemars(with = "super::shapes::IsoDate")]
    pub date: S<String>,
    #[schemars(with = "super::shapes::OutcomeName")]
    pub outcome: S<String>,
}

/// `evaluation: {date, summary}`.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawEvaluation {
    #[schemars(with = "super::shapes::IsoDate")]
    pub date: S<String>,
    pub summary: Option<S<String>>,
}

/// Front matter of a project.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawProject {
    #[schemars(with = "super::shapes::Text")]
    pub title: S<String>,
    #[schemars(with = "super::shapes::EditionRef")]
    #[serde(deserialize_with = "super::yaml_scalars::resolved")]
    pub edition: S<u32>,
    #[schemars(with = "Option<super::shapes::LangCode>")]
    pub lang: Option<S<String>>,
    #[serde(default)]
    #[schemars(with = "Vec<super::shapes::ThemeRef>")]
    pub themes: Vec<S<String>>,
    #[schemars(length(max = crate::model::MAX_SUMMARY_CHARS))]
    pub summary: Option<S<String>>,
    pub cover: Option<S<RawCover>>,
    #[serde(default)]
    #[schemars(with = "Vec<super::shapes::ExpertRef>")]
    pub experts: Vec<S<String>>,
    #[serde(default)]
    pub partners: Vec<S<RawPartner>>,
    pub budget: Option<S<RawBudget>>,
    #[serde(default)]
    pub roadmap: Vec<S<RawStep>>,
    #[serde(default)]
    pub updates: Vec<S<RawUpdate>>,
}

/// `{name, kind}`.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawPartner {
    #[schemars(with = "super::shapes::Text")]
    pub name: S<String>,
    #[schemars(with = "super::shapes::PartnerKindName")]
    pub kind: S<String>,
}

/// A project's budget.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawBudget {
    #[serde(default)]
    pub lines: Vec<S<RawBudgetLine>>,
    pub requested: Option<S<RawMoney>>,
    pub granted: Option<S<RawMoney>>,
    pub spent: Option<S<RawMoney>>,
}

/// `{category, label, amount}`.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawBudgetLine {
    #[schemars(with = "super::shapes::CategoryRef")]
    pub category: S<String>,
    #[schemars(with = "super::shapes::Text")]
    pub label: S<String>,
    #[schemars(with = "super::shapes::Amount")]
    pub amount: S<RawMoney>,
}

/// A roadmap step.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawStep {
    #[schemars(with = "super::shapes::Text")]
    pub step: S<String>,
    #[schemars(with = "Option<super::shapes::IsoDate>")]
    pub due: Option<S<String>>,
    #[schemars(with = "Option<super::shapes::IsoDate>")]
    pub done: Option<S<String>>,
}

/// A dated progress note.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawUpdate {
    #[schemars(with = "super::shapes::IsoDate")]
    pub date: S<String>,
    #[schemars(with = "super::shapes::Text")]
    pub text: S<String>,
}

/// Front matter of an expert or coach profile.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawPerson {
    #[schemars(with = "super::shapes::Text")]
    pub name: S<String>,
    #[schemars(with = "super::shapes::RoleName")]
    pub role: S<String>,
    #[schemars(with = "Option<super::shapes::LangCode>")]
    pub lang: Option<S<String>>,
    #[serde(default)]
    #[schemars(with = "Vec<super::shapes::ThemeRef>")]
    pub themes: Vec<S<String>>,
    pub organisation: Option<S<String>>,
    #[serde(default)]
    #[schemars(with = "Vec<super::shapes::LangCode>")]
    pub languages: Vec<S<String>>,
    #[schemars(with = "Option<super::shapes::EmailAddress>")]
    pub email: Option<S<String>>,
    #[serde(default, deserialize_with = "super::yaml_scalars::resolved_opt")]
    pub public_contact: Option<S<bool>>,
}

/// Front matter of a meeting.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawMeeting {
    #[schemars(with = "super::shapes::Text")]
    pub title: S<String>,
    #[schemars(with = "super::shapes::IsoDate")]
    pub date: S<String>,
    #[schemars(with = "Option<super::shapes::LangCode>")]
    pub lang: Option<S<String>>,
    pub place: Option<S<String>>,
    #[serde(default)]
    #[schemars(with = "Vec<super::shapes::ThemeRef>")]
    pub themes: Vec<S<String>>,
    #[serde(default)]
    #[schemars(with = "Vec<super::shapes::DistrictRef>")]
    pub districts: Vec<S<String>>,
}

/// Front matter of a free page.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawPage {
    #[schemars(with = "super::shapes::Text")]
    pub title: S<String>,
    #[schemars(with = "Option<super::shapes::LangCode>")]
    pub lang: Option<S<String>>,
}

/// Front matter of a translation `<id>.<lang>.md`: any keys, checked by `validate` (only `title`,
/// `summary`, `cover.alt`, `lang` and the texts of the lists may appear).
pub type RawTranslation = SpannedMap<S<RawAnyScalar>>;

/// A value of a translation's front matter: its text when it is a string or an integer (the
/// `edition` of a translated dossier), its fields
/// (with their positions) when it is a mapping, its items when it is a sequence.
#[derive(Debug, Clone)]
pub struct RawAnyScalar(
    pub Option<String>,
    pub Vec<(S<String>, S<RawAnyScalar>)>,
    pub Vec<S<RawAnyScalar>>,
);

impl RawAnyScalar {
    fn empty() -> Self {
        RawAnyScalar(None, Vec::new(), Vec::new())
    }
}

impl JsonSchema for RawAnyScalar {
    fn schema_name() -> Cow<'static, str> {
        "AnyValue".into()
    }
    fn inline_schema() -> bool {
        true
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        Schema::default()
    }
}

impl<'de> Deserialize<'de> for RawAnyScalar {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct AnyVisitor;
        impl<'de> Visitor<'de> for AnyVisitor {
            type Value = RawAnyScalar;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("any value")
            }
            fn visit_str<E>(self, v: &str) -> Result<RawAnyScalar, E> {
                Ok(RawAnyScalar(Some(v.to_string()), Vec::new(), Vec::new()))
            }
            fn visit_string<E>(self, v: String) -> Result<RawAnyScalar, E> {
                Ok(RawAnyScalar(Some(v), Vec::new(), Vec::new()))
            }
            fn visit_bool<E>(self, _: bool) -> Result<RawAnyScalar, E> {
                Ok(RawAnyScalar::empty())
            }
            fn visit_i64<E>(self, v: i64) -> Result<RawAnyScalar, E> {
                Ok(RawAnyScalar(Some(v.to_string()), Vec::new(), Vec::new()))
            }
            fn visit_u64<E>(self, v: u64) -> Result<RawAnyScalar, E> {
                Ok(RawAnyScalar(Some(v.to_string()), Vec::new(), Vec::new()))
            }
            fn visit_f64<E>(self, _: f64) -> Result<RawAnyScalar, E> {
                Ok(RawAnyScalar::empty())
            }
            fn visit_unit<E>(self) -> Result<RawAnyScalar, E> {
                Ok(RawAnyScalar::empty())
            }
            fn visit_seq<A: de::SeqAccess<'de>>(self, mut s: A) -> Result<RawAnyScalar, A::Error> {
                let mut items = Vec::new();
                while let Some(item) = s.next_element::<S<RawAnyScalar>>()? {
                    items.push(item);
                }
                Ok(RawAnyScalar(None, Vec::new(), items))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut m: A) -> Result<RawAnyScalar, A::Error> {
                let mut fields = Vec::new();
                while let Some(k) = m.next_key::<S<String>>()? {
                    fields.push((k, m.next_value::<S<RawAnyScalar>>()?));
                }
                Ok(RawAnyScalar(None, fields, Vec::new()))
            }
        }
        d.deserialize_any(AnyVisitor)
    }
}

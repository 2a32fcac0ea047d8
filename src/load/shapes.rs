//! JSON Schema shapes of raw values that are plain text in the raw types (dates, ids, statuses):
//! used with `#[schemars(with = …)]` so that editors check and complete them as `check` would.

use crate::model::{Outcome, PartnerKind, Role, Status};
use schemars::{json_schema, JsonSchema, Schema, SchemaGenerator};
use std::borrow::Cow;

macro_rules! shape {
    ($(#[$doc:meta])* $name:ident => $schema:expr) => {
        $(#[$doc])*
        pub struct $name;

        impl JsonSchema for $name {
            fn inline_schema() -> bool {
                true
            }
            fn schema_name() -> Cow<'static, str> {
                stringify!($name).into()
            }
            fn json_schema(_: &mut SchemaGenerator) -> Schema {
                $schema
            }
        }
    };
}

/// The id pattern of the contract.
pub const ID_PATTERN: &str = "^[a-z0-9][a-z0-9-]{0,62}$";

shape!(
    /// A date written `YYYY-MM-DD`.
    IsoDate => json_schema!({
        "type": "string",
        "pattern": "^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$",
        "format": "date",
        "description": "A date, YYYY-MM-DD (a real day of the calendar).",
        "x-wijk": "date"
    })
);

shape!(
    /// An id: a theme, commune, person or district.
    IdRef => json_schema!({
        "type": "string",
        "pattern": ID_PATTERN,
        "description": "An id: lower-case letters, digits and dashes."
    })
);

shape!(
    /// A language code such as `fr`.
    LangCode => json_schema!({
        "type": "string",
        "pattern": "^[a-z]{2,3}$",
        "description": "A language code of the programme, e.g. fr or nl.",
        "x-wijk": "lang"
    })
);

shape!(
    /// An amount in euros.
    Euros => json_schema!({
        "type": "number",
        "minimum": 0,
        "multipleOf": 0.01,
        "description": "An amount in euros, at most two decimals, e.g. 400 or 1234.5.",
        "x-wijk": "money"
    })
);

shape!(
    /// A dossier status.
    StatusName => {
        let names: Vec<&str> = Status::ALL.iter().map(|s| s.as_str()).collect();
        json_schema!({
            "type": "string",
            "enum": names,
            "description": "The dossier's phase: preparation, submitted, selected, not-selected, realisation, evaluated."
        })
    }
);

shape!(
    /// A decision outcome.
    OutcomeName => {
        let names: Vec<&str> = [Outcome::Selected, Outcome::NotSelected]
            .iter()
            .map(|o| o.as_str())
            .collect();
        json_schema!({ "type": "string", "enum": names })
    }
);

shape!(
    /// A person's role.
    RoleName => {
        let names: Vec<&str> = [Role::Expert, Role::Coach].iter().map(|r| r.as_str()).collect();
        json_schema!({ "type": "string", "enum": names })
    }
);

shape!(
    /// A partner's kind.
    PartnerKindName => {
        let names: Vec<&str> = [
            PartnerKind::Municipality,
            PartnerKind::Association,
            PartnerKind::Business,
            PartnerKind::School,
            PartnerKind::Other,
        ]
        .iter()
        .map(|k| k.as_str())
        .collect();
        json_schema!({ "type": "string", "enum": names })
    }
);

/// The JSON Schema keyword that says what a value refers to or means beyond its JSON type
/// (`theme`, `commune`, `category`, `coach`, `expert`, `district`, `edition`, `lang`, `date`,
/// `money`, `amount`). JSON Schema ignores unknown keywords; `wijk cms` reads it to choose a
/// widget and the options of a select.
pub const MEANING: &str = "x-wijk";

macro_rules! reference {
    ($(#[$doc:meta])* $name:ident, $meaning:literal, $description:literal) => {
        shape!(
            $(#[$doc])*
            $name => json_schema!({
                "type": "string",
                "pattern": ID_PATTERN,
                "description": $description,
                "x-wijk": $meaning
            })
        );
    };
}

reference!(
    /// A theme id of `data/themes.yaml`.
    ThemeRef, "theme", "A theme id of data/themes.yaml."
);
reference!(
    /// A commune id of `data/communes.yaml`.
    CommuneRef, "commune", "A commune id of data/communes.yaml."
);
reference!(
    /// An expense category id of `data/programme.yaml`.
    CategoryRef, "category", "An expense category id of data/programme.yaml."
);
reference!(
    /// The id of a person whose role is `coach`.
    CoachRef, "coach", "The id of a person (content/experts/) whose role is coach."
);
reference!(
    /// The id of a person whose role is `expert`.
    ExpertRef, "expert", "The id of a person (content/experts/) whose role is expert."
);
reference!(
    /// A district id (its folder under `content/districts/`).
    DistrictRef, "district", "A district id: its folder name under content/districts/."
);

shape!(
    /// The year of an edition of `data/programme.yaml`.
    EditionRef => json_schema!({
        "type": "integer",
        "minimum": 0,
        "description": "The year of an edition listed in data/programme.yaml.",
        "x-wijk": "edition"
    })
);

shape!(
    /// An amount in euros that must be more than 0 (a budget line).
    Amount => json_schema!({
        "type": "number",
        "exclusiveMinimum": 0,
        "multipleOf": 0.01,
        "description": "An amount in euros, more than 0, at most two decimals, e.g. 180.5.",
        "x-wijk": "amount"
    })
);

shape!(
    /// The kind of git hosting the browser editor saves to.
    BackendName => {
        let names: Vec<&str> = crate::model::Backend::ALL.iter().map(|b| b.as_str()).collect();
        json_schema!({
            "type": "string",
            "enum": names,
            "description": "Where the browser editor saves: github, gitlab, bitbucket or git-gateway."
        })
    }
);

shape!(
    /// A text that must say something: not empty, not only spaces.
    Text => json_schema!({ "type": "string", "minLength": 1, "pattern": "\\S" })
);

/// The addresses `check` accepts (`config.url`): https, or http on this computer; no user name,
/// password, query or fragment. The pattern is the shape; `check` parses the URL.
pub const HTTPS_URL_PATTERN: &str =
    "^(https://[^/?#@\\s]+|http://(127\\.0\\.0\\.1|localhost|\\[::1\\])(:\\d+)?)(/[^?#\\s]*)?$";

shape!(
    /// An absolute https address (`base_url`, the editor's login and API).
    HttpsUrl => json_schema!({
        "type": "string",
        "pattern": HTTPS_URL_PATTERN,
        "description": "An absolute https:// address (http:// only for 127.0.0.1, localhost, [::1])."
    })
);

shape!(
    /// A tile URL template on https with `{z}`, `{x}` and `{y}`; a query is allowed.
    TileUrl => json_schema!({
        "type": "string",
        "allOf": [
            { "pattern": "^(https://[^/?#@\\s]+|http://(127\\.0\\.0\\.1|localhost|\\[::1\\])(:\\d+)?)/[^#\\s]*$" },
            { "pattern": "\\{z\\}" }, { "pattern": "\\{x\\}" }, { "pattern": "\\{y\\}" }
        ],
        "description": "A tile URL template on https with {z}, {x} and {y}."
    })
);

shape!(
    /// The editor's repository, `owner/name` (GitLab groups may nest).
    RepoPath => json_schema!({
        "type": "string",
        "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]*(/(?!\\.\\.?(/|$))[A-Za-z0-9._-]+)+$",
        "description": "owner/name, e.g. my-organisation/content."
    })
);

shape!(
    /// The path of the login endpoint on the editor's login server.
    EndpointPath => json_schema!({
        "type": "string",
        "pattern": "^(?!//)(?!.*(^|/)\\.\\.(/|$))[A-Za-z0-9._~/-]+$"
    })
);

shape!(
    /// A phone number: digits, spaces and `+ ( ) - . /`, at most 40 characters.
    Phone => json_schema!({
        "type": "string",
        "maxLength": 40,
        "pattern": "^[0-9 +()./-]*[0-9][0-9 +()./-]*$"
    })
);

shape!(
    /// An Open Definition licence id, as a Data Package names its licence.
    LicenceId => json_schema!({
        "type": "string",
        "pattern": "^[-a-zA-Z0-9._]+$",
        "description": "An Open Definition licence id, e.g. CC-BY-4.0, ODC-BY-1.0, CC0-1.0."
    })
);

shape!(
    /// An e-mail address.
    EmailAddress => json_schema!({ "type": "string", "pattern": "^[^\\s@]+@[^\\s@]+$" })
);

shape!(
    /// A latitude in degrees.
    Latitude => json_schema!({ "type": "number", "minimum": -90, "maximum": 90 })
);

shape!(
    /// A longitude in degrees.
    Longitude => json_schema!({ "type": "number", "minimum": -180, "maximum": 180 })
);

shape!(
    /// The deepest zoom level of a tile server.
    ZoomLevel => json_schema!({ "type": "integer", "minimum": 1, "maximum": 22 })
);

shape!(
    /// The sender of notices: `Name <address>` or a bare address.
    SenderAddress => json_schema!({ "type": "string", "pattern": "^[^@]*[^\\s@]@[^\\s@][^@]*$" })
);

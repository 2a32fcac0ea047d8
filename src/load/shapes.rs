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
        "pattern": "^\\d{4}-\\d{2}-\\d{2}$",
        "description": "A date, YYYY-MM-DD."
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
        "description": "A language code of the programme, e.g. fr or nl."
    })
);

shape!(
    /// An amount in euros.
    Euros => json_schema!({
        "type": "number",
        "description": "An amount in euros, at most two decimals, e.g. 400 or 1234.5."
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

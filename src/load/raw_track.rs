//! Raw type of one grant track of an edition: `{fr: Petit projet citoyen, nl: …, grant_max: 3500}`,
//! its name in each language beside its cap, every value with its position.

use super::spanned::{RawLabels, RawMoney, SpannedMap, S};
use schemars::{json_schema, JsonSchema, Schema, SchemaGenerator};
use serde::de::{self, Deserializer, MapAccess, Visitor};
use serde::Deserialize;
use std::borrow::Cow;
use std::fmt;

/// One track (grant tier) of an edition: its name per language and its own grant cap.
#[derive(Debug, Clone)]
pub struct RawTrack {
    /// The track's name in each language (every key but `grant_max`).
    pub labels: RawLabels,
    /// The grant cap of a dossier in this track.
    pub grant_max: S<RawMoney>,
}

impl<'de> Deserialize<'de> for RawTrack {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct TrackVisitor;
        impl<'de> Visitor<'de> for TrackVisitor {
            type Value = RawTrack;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a mapping of names per language and `grant_max`")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
                let mut labels = Vec::new();
                let mut grant_max = None;
                while let Some(k) = map.next_key::<S<String>>()? {
                    if k.value == "grant_max" {
                        if grant_max.is_some() {
                            return Err(de::Error::duplicate_field("grant_max"));
                        }
                        grant_max = Some(map.next_value::<S<RawMoney>>()?);
                    } else {
                        labels.push((k, map.next_value::<S<String>>()?));
                    }
                }
                let grant_max = grant_max.ok_or_else(|| de::Error::missing_field("grant_max"))?;
                Ok(RawTrack {
                    labels: SpannedMap(labels),
                    grant_max,
                })
            }
        }
        d.deserialize_map(TrackVisitor)
    }
}

impl JsonSchema for RawTrack {
    fn inline_schema() -> bool {
        true
    }
    fn schema_name() -> Cow<'static, str> {
        "Track".into()
    }
    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "type": "object",
            "description": "A grant track of the edition: its name in each language (`fr: …`, `nl: …`) and its grant cap.",
            "properties": { "grant_max": generator.subschema_for::<RawMoney>() },
            "required": ["grant_max"],
            "additionalProperties": generator.subschema_for::<super::shapes::Text>()
        })
    }
}

//! The open data's JSON: pretty, ending in a line break.

use super::RenderError;
use serde::Serialize;

/// `v` as the open-data files write it.
pub fn to_json<T: Serialize>(v: &T) -> Result<Vec<u8>, RenderError> {
    let mut out = serde_json::to_vec_pretty(v).map_err(|e| RenderError::Template {
        name: "open data".into(),
        message: e.to_string(),
    })?;
    out.push(b'\n');
    Ok(out)
}

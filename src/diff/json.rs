//! JSON output: the facts as they are, for other tools (shape documented in docs/ci.md).

use super::changes::Changes;

/// The changes as pretty-printed JSON, with a final newline. `changed` is false when nothing
/// changed in the programme's terms.
pub fn render_json(changes: &Changes) -> String {
    #[derive(serde::Serialize)]
    struct Doc<'a> {
        changed: bool,
        #[serde(flatten)]
        changes: &'a Changes,
    }
    let doc = Doc {
        changed: !changes.is_empty(),
        changes,
    };
    // Serialising plain data (strings, numbers, enums) cannot fail.
    let mut out = serde_json::to_string_pretty(&doc).unwrap_or_default();
    out.push('\n');
    out
}

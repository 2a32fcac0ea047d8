//! `wijk schema`: write the JSON Schemas of every front matter and data file, for editors.

use super::Exit;
use anyhow::Context;
use std::path::Path;

/// Runs `schema`: writes `<out>/<kind>.json` for every kind.
pub fn run(out: &Path, quiet: bool) -> anyhow::Result<Exit> {
    let written = crate::schema::write_schemas(out).context("writing the schemas")?;
    if !quiet {
        eprintln!("wrote {} schemas into {}", written.len(), out.display());
    }
    Ok(Exit::Ok)
}

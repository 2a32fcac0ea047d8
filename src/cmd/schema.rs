//! `wijk schema`: write the JSON Schemas of every front matter and data file, for editors.

use super::Exit;
use crate::i18n::Lang;
use crate::msg;
use anyhow::Context;
use std::path::Path;

/// Runs `schema`: writes `<out>/<kind>.json` for every kind.
pub fn run(out: &Path, quiet: bool, lang: Lang) -> anyhow::Result<Exit> {
    let written = crate::schema::write_schemas(out).context(msg!("schema-failed").text(lang))?;
    if !quiet {
        let m = msg!(
            "schema-written",
            count = written.len(),
            dir = out.display().to_string()
        );
        eprintln!("{}", m.text(lang));
    }
    Ok(Exit::Ok)
}

//! `wijk new`: scaffold a district, project or expert that passes `check` as it stands.

use super::Exit;
use crate::cli::NewWhat;
use crate::i18n::Lang;
use crate::scaffold::{self, NewFile};
use std::path::Path;

/// Runs `new`: prints the path created; exit 1 on a refused request (existing file, invalid id,
/// unknown district), 2 on I/O failures.
pub fn run(root: &Path, what: NewWhat, lang: Lang) -> anyhow::Result<Exit> {
    let what = match what {
        NewWhat::District { id } => NewFile::District { id },
        NewWhat::Project { id, district } => NewFile::Project { id, district },
        NewWhat::Expert { id } => NewFile::Expert { id },
    };
    let result =
        scaffold::plan(root, &what, lang).and_then(|s| scaffold::write(root, &s).map(|()| s));
    match result {
        Ok(s) => {
            let shown = if root == Path::new(".") {
                s.path
            } else {
                root.join(&s.path)
            };
            println!("{}", shown.display());
            Ok(Exit::Ok)
        }
        Err(e) if e.is_content() => {
            eprintln!("{}", super::error_line(lang, e.message()));
            Ok(Exit::Content)
        }
        Err(e) => Err(anyhow::anyhow!(e.message().text(lang))),
    }
}

//! The content layout: a path under `content/` ↔ what it is (district, project, expert, meeting,
//! page), its id, original or translation with its language; its original file and its URL per
//! language. Load, the `@/` link check, URL mapping, `new` and `schema` all ask this one type.

use crate::site::{urls, Kind};
use std::path::{Component, Path, PathBuf};

/// The glob of translation files.
pub const TRANSLATION_GLOB: &str = "content/**/*.<lang>.md";

/// A Markdown file of the content layout: `content/districts/<district>/district[.<lang>].md`,
/// `content/districts/<district>/projects/<id>[.<lang>].md`, `content/{experts,meetings,pages}/<id>[.<lang>].md`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ContentPath {
    pub kind: Kind,
    /// A project's district (its folder under `content/districts/`); `None` for other kinds.
    pub district: Option<String>,
    /// The id: the district's folder for a district, else the file name up to its first dot.
    pub id: String,
    /// The language of a translation (`about.nl.md` → `nl`); `None` for an original.
    pub lang: Option<String>,
}

/// Where a file under `content/` belongs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Placed {
    /// A Markdown file of the layout.
    Md(ContentPath),
    /// Any other file: published under `media/` as it is.
    Asset,
    /// A Markdown file in a place the layout does not know.
    Stray,
}

impl ContentPath {
    /// Classifies a path relative to the site root (`content/pages/about.nl.md`). A component that
    /// is not UTF-8 makes the file stray (load reports such names before).
    pub fn place(path: &Path) -> Placed {
        let mut parts = Vec::new();
        for c in path.components() {
            match c {
                Component::Normal(s) => match s.to_str() {
                    Some(s) => parts.push(s),
                    None => return Placed::Stray,
                },
                Component::CurDir => {}
                _ => return Placed::Stray,
            }
        }
        match parts.split_first() {
            Some((&"content", rest)) if rest.last().is_some_and(|n| n.ends_with(".md")) => {
                ContentPath::parse_parts(rest).map_or(Placed::Stray, Placed::Md)
            }
            Some((&"content", rest)) if !rest.is_empty() => Placed::Asset,
            _ => Placed::Stray,
        }
    }

    /// Parses the target of an `@/` link (from the content root, `districts/x/district.nl.md`,
    /// without fragment).
    pub fn of_link(target: &str) -> Option<ContentPath> {
        let parts: Vec<&str> = target.split('/').collect();
        ContentPath::parse_parts(&parts)
    }

    fn parse_parts(parts: &[&str]) -> Option<ContentPath> {
        let stem = parts.last()?.strip_suffix(".md")?;
        let (name, lang) = match stem.split_once('.') {
            Some((name, lang)) => (name, Some(lang.to_string())),
            None => (stem, None),
        };
        let (kind, district, id) = match parts {
            ["districts", d, _] if name == "district" => (Kind::District, None, d),
            ["districts", d, "projects", _] => (Kind::Project, Some(d.to_string()), &name),
            [folder, _] => {
                let kind = [Kind::Expert, Kind::Meeting, Kind::Page]
                    .into_iter()
                    .find(|k| k.folder() == *folder)?;
                (kind, None, &name)
            }
            _ => return None,
        };
        Some(ContentPath {
            kind,
            district,
            id: id.to_string(),
            lang,
        })
    }

    /// The original of the page of kind `kind` and id `id`; `district` is a project's.
    pub fn original_of(kind: Kind, district: Option<&str>, id: &str) -> ContentPath {
        ContentPath {
            kind,
            district: district.map(str::to_string),
            id: id.to_string(),
            lang: None,
        }
    }

    /// The original's path from the site root (`content/pages/about.md`).
    pub fn original(&self) -> PathBuf {
        self.file(None)
    }

    /// The path from the site root of this file in `lang` (`None`: the original).
    pub fn file(&self, lang: Option<&str>) -> PathBuf {
        let name = |stem: &str| match lang {
            Some(l) => format!("{stem}.{l}.md"),
            None => format!("{stem}.md"),
        };
        let content = Path::new("content");
        match (self.kind, &self.district) {
            (Kind::District, _) => content
                .join(Kind::District.folder())
                .join(&self.id)
                .join(name("district")),
            (Kind::Project, Some(district)) => projects_folder(district).join(name(&self.id)),
            (kind, _) => content.join(kind.folder()).join(name(&self.id)),
        }
    }

    /// The page's site path in `lang` (`nl/pages/about/`), whatever file of the page this is.
    pub fn url(&self, lang: &str) -> String {
        match (self.kind, &self.district) {
            (Kind::Project, Some(district)) => urls::project(lang, district, &self.id),
            (kind, _) => urls::of_kind(kind, lang, &self.id),
        }
    }
}

/// The folder of a district's projects, from the site root (`content/districts/<d>/projects`).
pub fn projects_folder(district: &str) -> PathBuf {
    Path::new("content")
        .join(Kind::District.folder())
        .join(district)
        .join(Kind::Project.folder())
}

/// The site path in `lang` of a content file (`districts/bervoets/projects/compost.md`,
/// from the content root, translation suffix allowed), or `None` if it is not a page.
pub fn content_file_url(lang: &str, target: &str) -> Option<String> {
    Some(ContentPath::of_link(target.trim_start_matches('/'))?.url(lang))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn md(p: &str) -> ContentPath {
        match ContentPath::place(Path::new(p)) {
            Placed::Md(c) => c,
            other => panic!("{p}: {other:?}"),
        }
    }

    #[test]
    fn parses_originals_and_translations_and_maps_them_back() {
        let d = md("content/districts/wiels/district.nl.md");
        assert_eq!((d.kind, d.id.as_str()), (Kind::District, "wiels"));
        assert_eq!(d.lang.as_deref(), Some("nl"));
        assert_eq!(
            d.original(),
            Path::new("content/districts/wiels/district.md")
        );
        assert_eq!(d.url("fr"), "fr/districts/wiels/");
        let p = md("content/districts/wiels/projects/potager.md");
        assert_eq!(
            p.file(Some("nl")),
            Path::new("content/districts/wiels/projects/potager.nl.md")
        );
        assert_eq!(p.url("nl"), "nl/districts/wiels/potager/");
        assert_eq!(
            projects_folder("wiels"),
            Path::new("content/districts/wiels/projects")
        );
        assert_eq!(
            (p.kind, p.district.as_deref()),
            (Kind::Project, Some("wiels"))
        );
        assert_eq!(
            ContentPath::original_of(Kind::Project, Some("wiels"), "potager"),
            md("content/districts/wiels/projects/potager.md")
        );
        assert_eq!(
            ContentPath::original_of(Kind::Page, None, "about").original(),
            Path::new("content/pages/about.md")
        );
        let m = md("content/meetings/2024-03-1é-compost.md");
        assert_eq!(m.id, "2024-03-1é-compost");
        assert_eq!(
            ContentPath::of_link("pages/about.nl.md"),
            Some(md("content/pages/about.nl.md"))
        );
        for p in [
            "content/districts/wiels/notes.md",
            "content/x.md",
            "content/districts/wiels/projects/a/b.md",
            "data/programme.yaml",
        ] {
            assert_eq!(ContentPath::place(Path::new(p)), Placed::Stray, "{p}");
        }
        assert_eq!(
            ContentPath::place(Path::new("content/districts/wiels/assets/a.png")),
            Placed::Asset
        );
    }

    #[test]
    fn maps_content_files_to_pages() {
        assert_eq!(
            content_file_url("nl", "districts/bervoets/projects/compost.md").as_deref(),
            Some("nl/districts/bervoets/compost/")
        );
        assert_eq!(
            content_file_url("fr", "districts/bervoets/district.md").as_deref(),
            Some("fr/districts/bervoets/")
        );
        assert_eq!(
            content_file_url("fr", "pages/about.nl.md").as_deref(),
            Some("fr/pages/about/")
        );
        assert_eq!(
            content_file_url("fr", "meetings/2024-03-14-compost.md").as_deref(),
            Some("fr/meetings/2024-03-14-compost/")
        );
        assert_eq!(content_file_url("fr", "districts/x/assets/a.png"), None);
    }
}

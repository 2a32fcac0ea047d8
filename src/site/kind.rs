//! The kinds of content with a page: one enum with a method for each of its faces.

/// A kind of content with a page of its own. The order is the one the search's kind filter
/// lists them in, and a document's number in the search index ([`Kind::index`]).
/// The default is a free page, the kind that says least.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Kind {
    Project,
    District,
    Meeting,
    Expert,
    #[default]
    Page,
}

impl Kind {
    /// Every kind, in the order of the search's kind filter.
    pub const ALL: [Kind; 5] = [
        Kind::Project,
        Kind::District,
        Kind::Meeting,
        Kind::Expert,
        Kind::Page,
    ];

    /// Its name: `project`, `district`, … (the search's kind ids and the `kind_*` strings of the
    /// theme).
    pub fn name(self) -> &'static str {
        match self {
            Kind::Project => "project",
            Kind::District => "district",
            Kind::Meeting => "meeting",
            Kind::Expert => "expert",
            Kind::Page => "page",
        }
    }

    /// Its place in [`Kind::ALL`].
    pub fn index(self) -> usize {
        self as usize
    }

    /// Its folder: under `content/`, or for projects under their district's folder
    /// (`content/districts/<district>/projects/`).
    pub fn folder(self) -> &'static str {
        match self {
            Kind::Project => "projects",
            Kind::District => "districts",
            Kind::Meeting => "meetings",
            Kind::Expert => "experts",
            Kind::Page => "pages",
        }
    }

    /// Its files, as a glob from the site root (editor settings, the JSON Schemas' `files`).
    pub fn glob(self) -> &'static str {
        match self {
            Kind::Project => "content/districts/*/projects/*.md",
            Kind::District => "content/districts/*/district.md",
            Kind::Meeting => "content/meetings/*.md",
            Kind::Expert => "content/experts/*.md",
            Kind::Page => "content/pages/*.md",
        }
    }

    /// The theme's string that names it in the search's kind filter (`kind_project`).
    pub fn label(self) -> &'static str {
        match self {
            Kind::Project => "kind_project",
            Kind::District => "kind_district",
            Kind::Meeting => "kind_meeting",
            Kind::Expert => "kind_expert",
            Kind::Page => "kind_page",
        }
    }

    /// The front-matter field that names an item of this kind (the editor's lists and the id
    /// of a new file): `name` for a district or a person, `title` for the others.
    pub fn title_field(self) -> &'static str {
        match self {
            Kind::District | Kind::Expert => "name",
            Kind::Project | Kind::Meeting | Kind::Page => "title",
        }
    }

    /// The first segment of its pages' addresses after the language (`fr/meetings/…`); a
    /// project's page is under its district's (`fr/districts/<district>/<project>/`).
    pub fn segment(self) -> &'static str {
        match self {
            Kind::Project | Kind::District => "districts",
            other => other.folder(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Kind;

    #[test]
    fn all_lists_each_kind_once_at_its_index() {
        for (i, k) in Kind::ALL.iter().enumerate() {
            assert_eq!(k.index(), i, "{k:?}");
        }
        let names: Vec<&str> = Kind::ALL.iter().map(|k| k.name()).collect();
        assert_eq!(names, ["project", "district", "meeting", "expert", "page"]);
        assert_eq!(Kind::Meeting.segment(), "meetings");
        assert_eq!(Kind::Project.segment(), "districts");
    }

    #[test]
    fn each_kind_has_its_files_label_and_title() {
        for k in Kind::ALL {
            assert!(
                k.glob().starts_with("content/") && k.glob().ends_with(".md"),
                "{k:?}"
            );
            assert!(k.glob().contains(k.folder()), "{k:?}");
            assert_eq!(k.label(), format!("kind_{}", k.name()));
        }
        assert_eq!(Kind::Project.glob(), "content/districts/*/projects/*.md");
        assert_eq!(Kind::District.glob(), "content/districts/*/district.md");
        assert_eq!(Kind::Expert.title_field(), "name");
        assert_eq!(Kind::Meeting.title_field(), "title");
    }
}

//! The contributors' guides stay true: they explain every rule code, and the example project
//! each one shows passes `check` and its schema.

use crate::fixture_site::{errors, manifest_dir, Site};

const GUIDES: [&str; 2] = ["docs/contributing.fr.md", "docs/contributing.nl.md"];

fn read(rel: &str) -> String {
    std::fs::read_to_string(manifest_dir().join(rel)).unwrap()
}

#[test]
fn guides_explain_every_rule_code() {
    for guide in GUIDES {
        let text = read(guide);
        for rule in wijk::diag::Rule::ALL {
            let row = format!("| `{}` |", rule.code());
            assert!(
                text.contains(&row),
                "{guide} does not explain `{}`",
                rule.code()
            );
        }
    }
}

/// The first ```yaml block of a guide that is a whole file (it opens with `---`): its example
/// project. Shorter YAML snippets, such as one update line, come before it.
fn example_project(guide: &str) -> String {
    let text = read(guide);
    let start = text.find("```yaml\n---\n").expect("a whole example file") + "```yaml\n".len();
    let end = start + text[start..].find("```").unwrap();
    text[start..end].to_string()
}

#[test]
fn accepts_the_example_project_of_each_guide() {
    for guide in GUIDES {
        let site = Site::example();
        let file = "content/districts/dieleghem/projects/exemple.md";
        site.write(file, example_project(guide));
        let diags = site.check();
        assert_eq!(errors(&diags), 0, "{guide}: {diags:#?}");
        let value: serde_json::Value = serde_saphyr::from_str(
            wijk::load::split_front_matter(&example_project(guide))
                .unwrap()
                .yaml,
        )
        .unwrap();
        let schema = wijk::schema::SchemaKind::Project.schema();
        let validator = jsonschema::draft202012::new(&schema).unwrap();
        assert!(validator.is_valid(&value), "{guide}");
    }
}

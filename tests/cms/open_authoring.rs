//! Open authoring: on GitHub, anyone with an account edits through `/admin/` (the editor forks
//! the repository for them and opens the pull request), unless `open_authoring: false`; the
//! other backends cannot, say so under the login button, and refuse `open_authoring: true` on
//! its value.

use crate::build_support;

use build_support::{copy_tree, crate_root, wijk};
use serde_json::Value;
use wijk::cms::{self, Target};

/// A copy of the example programme (content and data) with `editing` appended to its
/// programme.yaml.
fn example(editing: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for sub in ["content", "data"] {
        copy_tree(&crate_root().join(sub), &dir.path().join(sub));
    }
    let p = dir.path().join("data/programme.yaml");
    let mut text = std::fs::read_to_string(&p).unwrap();
    text.push_str(editing);
    std::fs::write(p, text).unwrap();
    dir
}

/// The example with `editing`, validated without errors.
fn site(editing: &str) -> wijk::model::Site {
    let dir = example(editing);
    let corpus = wijk::load::load(dir.path()).unwrap();
    let validated = wijk::validate::validate(&corpus);
    assert_eq!(validated.error_count(), 0, "{:#?}", validated.diagnostics);
    validated.site.unwrap()
}

/// The editor's configuration (French labels) and its entry page.
fn published(site: &wijk::model::Site) -> (Value, String) {
    let editing = site.programme.editing.as_ref().unwrap();
    let config = cms::config(site, &Target::Hosted(editing), "fr").unwrap();
    let files = cms::admin_files(site, &Target::Hosted(editing)).unwrap();
    let index = String::from_utf8(files[0].1.clone()).unwrap();
    (config, index)
}

#[test]
fn accepts_open_authoring_with_the_editorial_workflow_on_github_by_default() {
    let site = site("editing: {backend: github, repo: quartiers/contenu}\n");
    let (config, index) = published(&site);
    assert_eq!(config["backend"]["name"], "wijk-github");
    assert_eq!(config["backend"]["open_authoring"], Value::Bool(true));
    assert_eq!(
        config["publish_mode"], "editorial_workflow",
        "Decap's open authoring needs the editorial workflow"
    );
    // The login page says anyone can sign in, and that the editor forks for them.
    for text in [
        "connectez-vous avec n’importe quel compte GitHub",
        "l’éditeur fait pour vous une copie (fork) du dépôt",
        "meld u aan met eender welk GitHub-account",
        "maakt de editor voor u een kopie (fork) van de repository",
        "sign in with any GitHub account",
    ] {
        assert!(index.contains(text), "`{text}` missing in:\n{index}");
    }
    assert!(index.contains(r#"<div id="wijk-login-notice" role="note" hidden>"#));
}

#[test]
fn accepts_open_authoring_false_and_lets_in_only_accounts_with_write_access() {
    let site =
        site("editing:\n  backend: github\n  repo: quartiers/contenu\n  open_authoring: false\n");
    let (config, index) = published(&site);
    assert_eq!(config["backend"]["name"], "wijk-github");
    assert_eq!(config["backend"].get("open_authoring"), None, "{config:#}");
    assert_eq!(config["publish_mode"], "editorial_workflow");
    for text in [
        "Seuls les comptes GitHub qui ont le droit d’écrire dans le dépôt",
        "cliquez sur le crayon ; GitHub fait une copie (fork) à votre nom",
        "Alleen GitHub-accounts met schrijfrechten op de repository",
    ] {
        assert!(index.contains(text), "`{text}` missing in:\n{index}");
    }
    assert!(!index.contains("n’importe quel compte GitHub"));
}

#[test]
fn accepts_backends_that_cannot_fork_and_says_so_under_the_login_button() {
    for (editing, host) in [
        (
            "editing: {backend: gitlab, repo: quartiers/contenu}\n",
            "GitLab",
        ),
        (
            "editing: {backend: gitlab, repo: quartiers/contenu, open_authoring: false}\n",
            "GitLab",
        ),
        (
            "editing: {backend: bitbucket, repo: quartiers/contenu}\n",
            "Bitbucket",
        ),
        ("editing: {backend: git-gateway}\n", "Git Gateway"),
    ] {
        let site = site(editing);
        assert!(!site.programme.editing.as_ref().unwrap().open_authoring);
        let (config, index) = published(&site);
        assert_eq!(config["backend"].get("open_authoring"), None, "{editing}");
        for text in [
            format!("avec {host}, l’éditeur ne sait pas faire de copie (fork) du dépôt pour vous"),
            format!("met {host} kan de editor geen kopie (fork) van de repository voor u maken"),
            format!("with {host}, the editor cannot make a copy (fork) of the repository for you"),
        ] {
            assert!(index.contains(&text), "{editing}: `{text}` missing");
        }
    }
}

#[test]
fn accepts_a_site_without_editing_and_writes_no_login_note() {
    let corpus = wijk::load::load(&crate_root()).unwrap();
    let site = wijk::validate::validate(&corpus).site.unwrap();
    assert!(site.programme.editing.is_none());
    let target = Target::Local {
        proxy_url: "http://127.0.0.1:8081/api/v1".into(),
        branch: "main".into(),
    };
    let files = cms::admin_files(&site, &target).unwrap();
    let index = String::from_utf8(files[0].1.clone()).unwrap();
    assert!(!index.contains(r#"id="wijk-login-notice""#), "{index}");
    assert!(!index.contains("{{notice}}"), "{index}");
}

#[test]
fn rejects_open_authoring_on_a_backend_that_cannot_fork_on_its_value() {
    for backend in ["gitlab", "bitbucket", "git-gateway"] {
        let repo = if backend == "git-gateway" {
            ""
        } else {
            "  repo: quartiers/contenu\n"
        };
        let site = example(&format!(
            "editing:\n  backend: {backend}\n{repo}  open_authoring: true\n"
        ));
        let text = std::fs::read_to_string(site.path().join("data/programme.yaml")).unwrap();
        let line = text
            .lines()
            .position(|l| l == "  open_authoring: true")
            .unwrap()
            + 1;
        let root = site.path().to_str().unwrap();
        let run = wijk(&["--root", root, "check", "--format", "json"]);
        assert_eq!(run.status.code(), Some(1), "{backend}");
        let diags: Value = serde_json::from_slice(&run.stdout).unwrap();
        let found: Vec<(&str, &str, u64, u64)> = diags
            .as_array()
            .unwrap()
            .iter()
            .map(|d| {
                (
                    d["code"].as_str().unwrap(),
                    d["file"].as_str().unwrap(),
                    d["line"].as_u64().unwrap(),
                    d["column"].as_u64().unwrap(),
                )
            })
            .collect();
        assert_eq!(
            found,
            [(
                "schema.invalid-value",
                "data/programme.yaml",
                line as u64,
                19
            )],
            "{backend}"
        );
        let message = diags[0]["message"].as_str().unwrap();
        assert!(
            message.contains(&format!("`{backend}` editing backend cannot fork"))
                && message.contains("works with `github` only"),
            "{message}"
        );
        // The editor is not written from settings that are refused.
        let run = wijk(&["--root", root, "cms", "--out", &format!("{root}/a")]);
        assert_eq!(run.status.code(), Some(1), "{backend}");
        // The human output names the file, line and column.
        let run = wijk(&["--root", root, "check"]);
        let human = String::from_utf8_lossy(&run.stderr).to_string()
            + &String::from_utf8_lossy(&run.stdout);
        assert!(
            human.contains(&format!("data/programme.yaml:{line}:19")),
            "{human}"
        );
    }
}

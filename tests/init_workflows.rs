//! The CI that `wijk init` writes: the recipes of examples/workflows/, pinned to this version,
//! with the untrusted pull request kept away from every token that writes and every secret.

use serde_json::Value;
use wijk::i18n::Lang;
use wijk::init::{files, Plan};

/// The files `init` writes, by path.
fn written() -> Vec<(String, String)> {
    let plan = Plan {
        langs: vec![Lang::Fr, Lang::Nl],
        example: false,
        year: 2026,
    };
    files(&plan)
        .unwrap()
        .into_iter()
        .map(|(p, b)| (p, String::from_utf8(b).unwrap()))
        .collect()
}

fn workflow(path: &str) -> (String, Value) {
    let all = written();
    let text = all.into_iter().find(|(p, _)| p == path).unwrap().1;
    let value = serde_saphyr::from_str(&text).unwrap_or_else(|e| panic!("{path}: {e}"));
    (text, value)
}

fn jobs(v: &Value) -> Vec<(&String, &Value)> {
    v["jobs"].as_object().unwrap().iter().collect()
}

/// Every `run:` script of a GitHub workflow.
fn runs(v: &Value) -> Vec<String> {
    jobs(v)
        .iter()
        .flat_map(|(_, j)| j["steps"].as_array().unwrap().iter())
        .filter_map(|s| s["run"].as_str().map(str::to_string))
        .collect()
}

const GITHUB: [&str; 4] = ["check.yml", "comment.yml", "publish.yml", "notify.yml"];

#[test]
fn accepts_the_recipes_as_init_writes_them_pinned_to_this_version() {
    let all = written();
    for name in GITHUB {
        let (text, _) = workflow(&format!(".github/workflows/{name}"));
        let example = std::fs::read_to_string(format!(
            "{}/examples/workflows/{name}",
            env!("CARGO_MANIFEST_DIR")
        ))
        .unwrap();
        assert_eq!(text, example, "{name}");
    }
    let pin = format!("WIJK_VERSION: \"{}\"", env!("CARGO_PKG_VERSION"));
    for (path, text) in all.iter().filter(|(p, _)| p.ends_with(".yml")) {
        if path.ends_with("comment.yml") {
            assert!(
                !text.contains("wijk-$WIJK_VERSION"),
                "comment installs nothing"
            );
        } else {
            assert!(text.contains(&pin), "{path} pins {pin}");
            assert!(text.contains("sha256sum --check --strict"), "{path}");
        }
    }
}

#[test]
fn rejects_event_fields_interpolated_into_a_script() {
    for name in GITHUB {
        let (_, v) = workflow(&format!(".github/workflows/{name}"));
        for run in runs(&v) {
            assert!(!run.contains("${{"), "{name}: a run: interpolates {run}");
        }
        assert_eq!(v["permissions"], serde_json::json!({}), "{name}");
        for (job, j) in jobs(&v) {
            assert!(
                j["permissions"].is_object(),
                "{name}: job {job} has its permissions"
            );
            for step in j["steps"].as_array().unwrap() {
                if step["uses"]
                    .as_str()
                    .is_some_and(|u| u.starts_with("actions/checkout"))
                {
                    assert_eq!(step["with"]["persist-credentials"], Value::Bool(false));
                }
            }
        }
    }
}

#[test]
fn rejects_a_token_that_writes_or_a_secret_where_the_pull_request_runs() {
    let (text, check) = workflow(".github/workflows/check.yml");
    assert_eq!(check["on"], serde_json::json!({"pull_request": null}));
    assert!(!text.contains("secrets."), "no secret in check.yml");
    assert!(!text.contains("pull_request_target"));
    for (job, j) in jobs(&check) {
        assert_eq!(
            j["permissions"],
            serde_json::json!({"contents": "read"}),
            "{job}"
        );
    }
    let upload = serde_json::to_string(&check["jobs"]["diff"]["steps"]).unwrap();
    assert!(upload.contains("actions/upload-artifact") && upload.contains("wijk-diff"));

    let (text, comment) = workflow(".github/workflows/comment.yml");
    assert_eq!(
        comment["on"]["workflow_run"]["workflows"],
        serde_json::json!(["check"])
    );
    assert_eq!(comment["on"].as_object().unwrap().len(), 1);
    let job = &comment["jobs"]["comment"];
    assert_eq!(
        job["permissions"],
        serde_json::json!({"actions": "read", "pull-requests": "write"})
    );
    assert!(!text.contains("secrets."));
    // Nothing of the pull request is checked out or run where the token writes.
    let steps = serde_json::to_string(&job["steps"]).unwrap();
    assert!(
        !steps.contains("actions/checkout") && !steps.contains("wijk "),
        "{steps}"
    );
    assert!(steps.contains("run-id"), "{steps}");
    // The number read from the artifact is digits, for the pull request that was checked.
    assert!(
        steps.contains("*[!0-9]*") && steps.contains("HEAD_SHA"),
        "{steps}"
    );
}

#[test]
fn rejects_a_token_in_a_gitlab_merge_request_pipeline() {
    let (_, gitlab) = workflow(".gitlab-ci.yml");
    for (name, job) in gitlab.as_object().unwrap() {
        let rules = serde_json::to_string(&job["rules"]).unwrap();
        let text = serde_json::to_string(job).unwrap();
        if rules.contains("merge_request_event") {
            for secret in ["GITLAB_TOKEN", "SMTP_URL", "REVIEWER_EMAILS"] {
                assert!(!text.contains(secret), "{name} sees {secret}");
            }
        }
    }
    let comment = &gitlab["comment"];
    assert_eq!(comment["variables"]["GIT_STRATEGY"], "none");
    let rules = serde_json::to_string(&comment["rules"]).unwrap();
    assert!(
        rules.contains("schedule") && rules.contains("CI_DEFAULT_BRANCH"),
        "{rules}"
    );
    let script = serde_json::to_string(&comment["script"]).unwrap();
    assert!(
        !script.contains("wijk ") && !script.contains("git "),
        "{script}"
    );
    assert!(script.contains("artifacts/diff.md"), "{script}");
}

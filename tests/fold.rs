//! One fold for search on both sides: the index's (`wijk::model::fold_letters`, Rust) and the
//! search script's (`fold` in themes/default/static/search.js, run by node) turn every input of
//! tests/fixtures/fold.json into the folded word written next to it.

mod browser_support;

use std::path::Path;
use std::process::Command;

fn pairs() -> Vec<(String, String)> {
    let text = std::fs::read_to_string("tests/fixtures/fold.json").unwrap();
    let pairs: Vec<(String, String)> = serde_json::from_str(&text).unwrap();
    assert!(
        pairs.len() > 20,
        "tests/fixtures/fold.json holds too few pairs"
    );
    pairs
}

#[test]
fn the_index_folds_every_pair_of_the_fixture() {
    let wrong: Vec<String> = pairs()
        .into_iter()
        .filter_map(|(input, folded)| {
            let got = wijk::model::fold_letters(&input);
            (got != folded).then(|| format!("{input:?}: {got:?}, expected {folded:?}"))
        })
        .collect();
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
#[ignore = "needs node: cargo test -- --include-ignored"]
fn the_search_script_folds_every_pair_of_the_fixture() {
    browser_support::require_command("node", &["--version"], "apt-get install -y nodejs");
    let o = Command::new("node")
        .arg(Path::new("tests/browser/fold.mjs"))
        .arg("themes/default/static/search.js")
        .arg("tests/fixtures/fold.json")
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
}

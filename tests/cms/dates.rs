//! The editor's date field (`wijk-date` in src/cms/admin/wijk-cms.js) reads dates day first and
//! refuses what is no day of the calendar: the script run by node with the few browser objects
//! it touches at load, its `isoOf` and `shownOf` called on a table. Needs node, hence ignored by
//! plain `cargo test`.

use crate::browser_support;

use std::process::Command;

const SCRIPT: &str = r#"
const fs = require("fs"), vm = require("vm");
const el = () => ({ setAttribute() {}, getAttribute() { return "fr nl en"; }, appendChild() {} });
const document = Object.assign(el(), { documentElement: el(), head: el(), createElement: el,
  addEventListener() {}, getElementById() { return null; } });
const window = { addEventListener() {} };
vm.runInNewContext(fs.readFileSync(process.argv[1], "utf8"),
  { window, document, navigator: { languages: ["fr-BE"] }, console });
const cases = JSON.parse(process.argv[2]);
console.log(JSON.stringify(cases.map(c => [window.wijkCms.isoOf(c), window.wijkCms.shownOf(window.wijkCms.isoOf(c))])));
"#;

#[test]
#[ignore = "needs node: cargo test -- --include-ignored"]
fn reads_dates_day_first_and_refuses_what_is_no_day() {
    browser_support::require_command("node", &["--version"], "apt-get install -y nodejs");
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/src/cms/admin/wijk-cms.js");
    let cases = [
        ("12/06/2025", Some("2025-06-12")),
        ("1.6.2025", Some("2025-06-01")),
        (" 29-02-2024 ", Some("2024-02-29")),
        ("29/02/2025", None),
        ("31/04/2025", None),
        ("06/13/2025", None),
        ("2025-06-12", None),
        ("12/06/25", None),
        ("", None),
    ];
    let inputs: Vec<&str> = cases.iter().map(|c| c.0).collect();
    let out = Command::new("node")
        .args(["-e", SCRIPT, script])
        .arg(serde_json::to_string(&inputs).unwrap())
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let got: Vec<(Option<String>, String)> = serde_json::from_slice(&out.stdout).unwrap();
    for ((input, want), (iso, shown)) in cases.iter().zip(&got) {
        assert_eq!(iso.as_deref(), *want, "`{input}`");
        // What is stored is shown back day first.
        let back = want.map(|w| format!("{}/{}/{}", &w[8..], &w[5..7], &w[..4]));
        assert_eq!(shown, &back.unwrap_or_default(), "`{input}`");
    }
}

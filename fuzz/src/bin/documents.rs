//! Fuzz target: the type detector of linked documents (`wijk::documents::detect`), the gate every
//! file a Markdown link publishes passes. The input is named with each allowed extension and a few
//! refused ones. Any panic is a bug; so is an accepted file whose bytes a browser could take for
//! markup, or an accepted name whose extension is not its type's.

const NAMES: [&str; 14] = [
    "a.pdf", "a.odt", "a.ods", "a.odp", "a.odg", "a.docx", "a.xlsx", "a.pptx", "a.csv", "a.txt",
    "a.html", "a.svgz", "a", "a.bin",
];

fn main() {
    afl::fuzz!(|data: &[u8]| {
        for name in NAMES {
            if let Ok(t) = wijk::documents::detect(name, data) {
                assert!(name.ends_with(&format!(".{}", t.extension())), "{name}: {t:?}");
                let start = data.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(data);
                let first = start.iter().find(|b| !b.is_ascii_whitespace());
                assert!(first != Some(&b'<'), "{name}: accepted markup as {t:?}");
            }
        }
    });
}

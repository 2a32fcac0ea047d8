//! No function in `src/` is longer than a screen: at most 80 lines from its `fn` line to its
//! closing brace (about 60 is the aim). A function that is mostly one long `match` on data
//! (a table written as code) may stay longer when it is listed in `ALLOWED` with the reason.

use std::path::{Path, PathBuf};

const MAX_LINES: usize = 80;

/// `(file, function, why it may be longer)`. An entry whose function got short fails the test,
/// so the list only shrinks.
const ALLOWED: &[(&str, &str, &str)] = &[
    (
        "src/cms/collections.rs",
        "collections",
        "the editor's collections, one JSON object per content kind: configuration written as data",
    ),
    (
        "src/cms/fields.rs",
        "widget",
        "one branch per kind of schema field, each a JSON widget: a table of field kinds",
    ),
    (
        "src/render/search/docs.rs",
        "documents",
        "not split yet: the search files were being changed by the search work",
    ),
];

/// A function found in a file: its name, the line of `fn` (1-based) and its length in lines.
#[derive(Debug, PartialEq)]
struct Function {
    name: String,
    line: usize,
    lines: usize,
}

/// `src` with the text of comments, strings and character literals blanked (newlines kept), so
/// that braces and `fn` are only found in code.
fn code_only(src: &str) -> Vec<u8> {
    let b = src.as_bytes();
    let mut out = b.to_vec();
    let blank = |out: &mut Vec<u8>, from: usize, to: usize| {
        for c in &mut out[from..to.min(b.len())] {
            if *c != b'\n' {
                *c = b' ';
            }
        }
    };
    let mut i = 0;
    while i < b.len() {
        let word_before = i > 0 && (b[i - 1].is_ascii_alphanumeric() || b[i - 1] == b'_');
        let end = match b[i] {
            b'/' if b.get(i + 1) == Some(&b'/') => find(b, i, b"\n"),
            b'/' if b.get(i + 1) == Some(&b'*') => block_comment_end(b, i),
            b'r' if !word_before && matches!(b.get(i + 1), Some(b'"' | b'#')) => {
                let hashes = b[i + 1..].iter().take_while(|&&h| h == b'#').count();
                if b.get(i + 1 + hashes) != Some(&b'"') {
                    i += 1;
                    continue;
                }
                let close = [b"\"".as_slice(), &vec![b'#'; hashes]].concat();
                find(b, i + 2 + hashes, &close) + close.len()
            }
            b'"' => string_end(b, i + 1),
            b'\'' => match (b.get(i + 1), b.get(i + 2)) {
                (Some(b'\\'), _) => find(b, i + 3, b"'") + 1,
                (Some(_), Some(b'\'')) => i + 3,
                // A multi-byte character literal, else a lifetime.
                (Some(c), _) if *c >= 0x80 => find(b, i + 1, b"'") + 1,
                _ => i + 1,
            },
            _ => i + 1,
        };
        if end > i + 1 {
            blank(&mut out, i, end);
        }
        i = end.max(i + 1);
    }
    out
}

/// Where `needle` next occurs from `from` (the end of `b` when it does not).
fn find(b: &[u8], from: usize, needle: &[u8]) -> usize {
    b.get(from..)
        .and_then(|rest| rest.windows(needle.len()).position(|w| w == needle))
        .map_or(b.len(), |n| from + n)
}

/// The end of a `"…"` string whose text starts at `i`.
fn string_end(b: &[u8], mut i: usize) -> usize {
    while i < b.len() && b[i] != b'"' {
        i += if b[i] == b'\\' { 2 } else { 1 };
    }
    i + 1
}

/// The end of a (nested) block comment starting at `i`.
fn block_comment_end(b: &[u8], mut i: usize) -> usize {
    let mut depth = 0;
    while i < b.len() {
        if b[i..].starts_with(b"/*") {
            depth += 1;
            i += 2;
        } else if b[i..].starts_with(b"*/") {
            depth -= 1;
            i += 2;
            if depth == 0 {
                return i;
            }
        } else {
            i += 1;
        }
    }
    i
}

/// Every function with a body in `src`, with its length from the `fn` line to the closing brace.
fn functions(src: &str) -> Vec<Function> {
    let code = code_only(src);
    let line_of = |at: usize| code[..at].iter().filter(|&&c| c == b'\n').count() + 1;
    let is_word = |c: u8| c.is_ascii_alphanumeric() || c == b'_';
    let mut found = Vec::new();
    let mut i = 0;
    while let Some(at) = code[i..].windows(3).position(|w| w == b"fn ") {
        let at = i + at;
        i = at + 3;
        if at > 0 && is_word(code[at - 1]) {
            continue;
        }
        let name_len = code[i..].iter().take_while(|&&c| is_word(c)).count();
        let name = String::from_utf8_lossy(&code[i..i + name_len]).into_owned();
        // The body opens at the first `{` outside brackets; a `;` first means no body.
        let (mut depth, mut j) = (0i32, i + name_len);
        while j < code.len() {
            match code[j] {
                b'(' | b'[' | b'<' => depth += 1,
                b')' | b']' => depth -= 1,
                b'>' if code[j - 1] != b'-' && code[j - 1] != b'=' => depth -= 1,
                b'{' | b';' if depth <= 0 => break,
                _ => {}
            }
            j += 1;
        }
        if j >= code.len() || code[j] == b';' || name.is_empty() {
            continue;
        }
        let mut braces = 0;
        let mut k = j;
        while k < code.len() {
            match code[k] {
                b'{' => braces += 1,
                b'}' => {
                    braces -= 1;
                    if braces == 0 {
                        break;
                    }
                }
                _ => {}
            }
            k += 1;
        }
        let (first, last) = (line_of(at), line_of(k.min(code.len() - 1)));
        found.push(Function {
            name,
            line: first,
            lines: last - first + 1,
        });
    }
    found
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir).unwrap().flatten().collect();
    entries.sort_by_key(|e| e.path());
    for e in entries {
        let path = e.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|x| x == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn no_function_in_src_is_longer_than_80_lines() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    rust_files(&root.join("src"), &mut files);
    let mut offenders = Vec::new();
    let mut allowed_seen = Vec::new();
    for file in &files {
        let rel = file
            .strip_prefix(root)
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        let src = std::fs::read_to_string(file).unwrap();
        for f in functions(&src) {
            if f.lines <= MAX_LINES {
                continue;
            }
            if ALLOWED.iter().any(|(p, n, _)| *p == rel && *n == f.name) {
                allowed_seen.push((rel.clone(), f.name.clone()));
                continue;
            }
            offenders.push(format!("{rel}:{} {} ({} lines)", f.line, f.name, f.lines));
        }
    }
    assert!(
        offenders.is_empty(),
        "{} functions over {MAX_LINES} lines (split them, or list a long match on data in ALLOWED \
         with the reason):\n{}",
        offenders.len(),
        offenders.join("\n")
    );
    for (file, name, _) in ALLOWED {
        assert!(
            allowed_seen.iter().any(|(f, n)| f == file && n == name),
            "{file}: {name} is allowed to be long but is not (any more): remove it from ALLOWED"
        );
    }
}

#[test]
fn the_scan_measures_bodies_and_ignores_strings_and_comments() {
    let src = r####"
/// fn not_a_function() {
fn short<'a>(x: &'a str) -> Vec<u8> where u8: Copy {
    let s = "}{ fn fake() {";
    let c = '}';
    let r = r#"fn raw() { }"#;
    /* } fn commented() { */
    if x.len() > 2 { vec![] } else { vec![b'{'] }
}

trait T {
    fn declared(&self) -> u32;
    fn provided(&self) -> u32 {
        1
    }
}

fn pointer(f: fn(u32) -> u32) -> Box<dyn Fn() -> u32> {
    Box::new(move || f(1))
}
"####;
    let got: Vec<(String, usize, usize)> = functions(src)
        .into_iter()
        .map(|f| (f.name, f.line, f.lines))
        .collect();
    let want = [("short", 3, 7), ("provided", 13, 3), ("pointer", 18, 3)];
    let want: Vec<(String, usize, usize)> = want
        .iter()
        .map(|(n, l, c)| (n.to_string(), *l, *c))
        .collect();
    assert_eq!(got, want);
}

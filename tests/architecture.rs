//! The pipeline reads in one direction (docs/architecture.md): a stage imports what is below
//! it, never a later stage. Every `crate::…` path in `src/` (outside `#[cfg(test)]` code) is
//! checked against the order of the stages; an import that has to run back up is listed in
//! `ALLOWED` with the reason, and an entry that is no longer needed fails the test, so the
//! list only shrinks (it is empty). Modules do not import each other in a circle, even within
//! one stage; inside a module, its files do not either; `site`,
//! the shape of the site, imports no other module; the commands that are not the renderer
//! (`notify`, `diff`, `cms`, `serve`) use only the listed entry points of its stages (`render`,
//! then `search`, then `publish`). The crate also forbids
//! unsafe code.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// The stages, first to last, and the top-level modules of each. `i` and `msg` are the
/// message macros of `i18n`, exported at the crate's root. The readers of linked files come
/// before the model, which holds what they read (a document's type, a boundary's shapes, a
/// picture's probe).
const STAGES: &[(&str, &[&str])] = &[
    (
        "foundation",
        &[
            "site", "value", "bounded", "diag", "digest", "i18n", "i", "msg", "lock", "working",
            "markdown",
        ],
    ),
    ("readers", &["documents", "geo", "pictures"]),
    ("model", &["model"]),
    ("load", &["load"]),
    ("validate", &["validate"]),
    ("render", &["render", "theme"]),
    ("search", &["search"]),
    ("publish", &["publish"]),
    (
        "commands",
        &[
            "notify", "diff", "serve", "cms", "schema", "scaffold", "init", "cmd", "cli",
        ],
    ),
];

/// `(importing module, imported module, why it may)`: none left; an import that has to run
/// back up is listed here with its reason.
const ALLOWED: &[(&str, &str, &str)] = &[];

fn stage_of(module: &str) -> usize {
    STAGES
        .iter()
        .position(|(_, modules)| modules.contains(&module))
        .unwrap_or_else(|| {
            panic!("module `{module}` has no stage: add it to STAGES (and docs/architecture.md)")
        })
}

/// The code of a file without comments and without its `#[cfg(test)]` tail.
fn code(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for line in text.lines() {
        if line.trim_start().starts_with("#[cfg(test)]") {
            break;
        }
        out.push_str(line.split("//").next().unwrap_or(""));
        out.push('\n');
    }
    out
}

/// The top-level modules that `text` names with `crate::`.
fn imported(text: &str) -> BTreeSet<String> {
    let code = code(text);
    code.match_indices("crate::")
        .filter(|(at, _)| {
            let before = code[..*at].chars().next_back();
            !before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '$')
        })
        .map(|(at, m)| {
            code[at + m.len()..]
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect::<String>()
        })
        .filter(|m| !m.is_empty())
        .collect()
}

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// `(importing module, imported module, file)` for every import of a later stage.
fn backward_imports() -> Vec<(String, String, String)> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    let mut found = Vec::new();
    for file in files {
        let rel = file
            .strip_prefix(&src)
            .unwrap()
            .to_string_lossy()
            .into_owned();
        let top = rel.split(['/', '.']).next().unwrap_or("").to_string();
        if top == "lib" || top == "main" || rel.ends_with("/tests.rs") {
            continue;
        }
        let text = std::fs::read_to_string(&file).unwrap();
        for module in imported(&text) {
            if module != top && stage_of(&module) > stage_of(&top) {
                found.push((top.clone(), module, rel.clone()));
            }
        }
    }
    found.sort();
    found
}

#[test]
fn no_stage_imports_a_later_one_but_those_listed() {
    let found = backward_imports();
    let unlisted: Vec<String> = found
        .iter()
        .filter(|(from, to, _)| !ALLOWED.iter().any(|(f, t, _)| f == from && t == to))
        .map(|(from, to, file)| format!("src/{file}: {from} imports {to}, a later stage"))
        .collect();
    assert!(unlisted.is_empty(), "{}", unlisted.join("\n"));
    for (from, to, why) in ALLOWED {
        assert!(
            found.iter().any(|(f, t, _)| f == from && t == to),
            "{from} no longer imports {to}: remove it from ALLOWED ({why})"
        );
    }
}

#[test]
fn reads_imports_of_every_form() {
    let text = "use crate::render::x;\nfn f() { crate::validate::y(); }\n\
                // crate::notify::z\nlet s = \"$crate::diag\";\n#[cfg(test)]\nuse crate::cmd;\n";
    let got: Vec<String> = imported(text).into_iter().collect();
    assert_eq!(got, ["render", "validate"]);
}

#[test]
fn the_crate_forbids_unsafe_code() {
    for file in ["src/lib.rs", "src/main.rs"] {
        let text =
            std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(file)).unwrap();
        assert!(
            text.lines().any(|l| l.trim() == "#![forbid(unsafe_code)]"),
            "{file} lacks #![forbid(unsafe_code)]"
        );
    }
}

/// What of the renderer's stages (`render`, `search`, `publish`) the other commands may use:
/// `(module, stage, item, why)`.
const ENTRY_POINTS: &[(&str, &str, &str, &str)] = &[
    (
        "serve",
        "publish",
        "OnDemand",
        "serve answers each request with the files a build publishes, one at a time, through \
         the same gate",
    ),
    (
        "serve",
        "render",
        "RenderOptions",
        "the on-demand site is rendered with the options of a build",
    ),
];

/// The modules that come after the renderer's stages without being one of them.
const BESIDE_RENDER: [&str; 4] = ["notify", "diff", "cms", "serve"];

/// The stages that turn the model into the published site.
const RENDER_STAGES: [&str; 3] = ["render", "search", "publish"];

#[test]
fn the_site_module_imports_no_other_module() {
    let mut found = Vec::new();
    for (rel, text) in sources() {
        if rel.starts_with("site/") {
            found.extend(
                imported(&text)
                    .into_iter()
                    .map(|m| format!("src/{rel}: {m}")),
            );
        }
    }
    assert!(found.is_empty(), "{}", found.join("\n"));
}

/// What a site path is made of: a string that builds one (`format!("{lang}/atom.xml")`) outside
/// `site/urls.rs` is a second place that knows the URL scheme.
const URL_PARTS: [&str; 14] = [
    "atom.xml",
    "calendar.ics",
    "editions/",
    "page/",
    "static/",
    "index.html",
    "districts/",
    "meetings/",
    "experts/",
    "themes/",
    "communes/",
    "pages/",
    "media/",
    "search/",
];

/// The string literals of `code`, comments left out (escapes kept as written, raw strings not
/// told apart).
fn literals(code: &str) -> Vec<String> {
    let (mut out, mut cur, mut inside, mut escaped) = (Vec::new(), String::new(), false, false);
    let mut chars = code.chars().peekable();
    while let Some(c) = chars.next() {
        if inside {
            match c {
                _ if escaped => {
                    escaped = false;
                    cur.push(c);
                }
                '\\' => {
                    escaped = true;
                    cur.push(c);
                }
                '"' => {
                    inside = false;
                    out.push(std::mem::take(&mut cur));
                }
                _ => cur.push(c),
            }
        } else if c == '\'' && chars.peek() == Some(&'"') {
            chars.next();
        } else if c == '/' && chars.peek() == Some(&'/') {
            chars.by_ref().find(|&c| c == '\n');
        } else if c == '"' {
            inside = true;
        }
    }
    out
}

/// The format strings outside `site/urls.rs` that build a site path: none, so that
/// `site/urls.rs` is the one place that knows URLs. Content files' paths
/// (`content/pages/…`) and messages (with spaces) are not site paths.
#[test]
fn site_paths_are_built_only_in_site_urls() {
    let found: Vec<String> = sources()
        .into_iter()
        .filter(|(rel, _)| rel != "site/urls.rs")
        .flat_map(|(rel, text)| {
            let end = text.find("\n#[cfg(test)]").unwrap_or(text.len());
            literals(&text[..end])
                .into_iter()
                .filter(|l| l.contains('{') && !l.contains(' ') && !l.starts_with("content/"))
                .filter(|l| URL_PARTS.iter().any(|p| l.contains(p)))
                .map(move |l| format!("src/{rel}: \"{l}\""))
                .collect::<Vec<_>>()
        })
        .collect();
    assert!(
        found.is_empty(),
        "build site paths with `crate::site::urls`:\n{}",
        found.join("\n")
    );
}

/// The kinds of content with a page are one enum, `site::Kind`: a second one (or a table beside
/// it) is a second list to keep in step.
#[test]
fn one_enum_names_the_kinds_of_content() {
    let found: Vec<String> = sources()
        .into_iter()
        .filter(|(_, text)| {
            code(text).lines().any(|l| {
                l.split_whitespace()
                    .collect::<Vec<_>>()
                    .ends_with(&["enum", "Kind", "{"])
            })
        })
        .map(|(rel, _)| rel)
        .collect();
    assert_eq!(found, ["site/kind.rs"]);
}

#[test]
fn reads_string_literals() {
    let code = "let a = format!(\"{lang}/atom.xml\"); let q = '\"'; f(\"a\\\"b\", 'x');\n\
                // \"{lang}/x\"\nlet u = \"https://x.org\";";
    assert_eq!(
        literals(code),
        ["{lang}/atom.xml", "a\\\"b", "https://x.org"]
    );
}

#[test]
fn commands_beside_the_renderer_use_only_its_entry_points() {
    let mut found = Vec::new();
    let mut used = BTreeSet::new();
    for (rel, text) in sources() {
        let top = rel.split(['/', '.']).next().unwrap_or("");
        if !BESIDE_RENDER.contains(&top) {
            continue;
        }
        for (root, path) in paths(&code(&text)) {
            let Some(stage) = path.first().filter(|s| RENDER_STAGES.contains(&s.as_str())) else {
                continue;
            };
            if root != "crate" {
                continue;
            }
            let item = path.get(1).cloned().unwrap_or_default();
            if ENTRY_POINTS
                .iter()
                .any(|(m, s, i, _)| *m == top && s == stage && *i == item)
            {
                used.insert((top.to_string(), stage.clone(), item));
            } else {
                found.push(format!("src/{rel}: {stage}::{item}"));
            }
        }
    }
    assert!(
        found.is_empty(),
        "use `site` (URLs, escaping, kinds, data files) or an entry point of ENTRY_POINTS:\n{}",
        found.join("\n")
    );
    for (m, s, i, why) in ENTRY_POINTS {
        assert!(
            used.contains(&(m.to_string(), s.to_string(), i.to_string())),
            "{m} no longer uses {s}::{i}: remove it from ENTRY_POINTS ({why})"
        );
    }
}

/// The imports between the crate's source files, as `key(file, its top module, imported file)`
/// names them (`None` leaves an import out).
fn import_edges(
    key: impl Fn(&str, &str, &str) -> Option<(String, String)>,
) -> BTreeMap<String, BTreeSet<String>> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut edges: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (rel, text) in sources() {
        let me = module_path(&rel);
        let Some(top) = me.first() else { continue };
        for (root, path) in paths(&code(&text)) {
            let Some(target) = resolve(&src, &me, &root, &path) else {
                continue;
            };
            if let Some((from, to)) = key(&rel, top, &target) {
                edges.entry(from).or_default().insert(to);
            }
        }
    }
    edges
}

#[test]
fn no_modules_import_each_other_in_a_circle() {
    let edges = import_edges(|_, top, target| {
        let to = module_path(target).first().cloned().unwrap_or_default();
        (to != top && to != "lib").then(|| (top.to_string(), to))
    });
    let found = circles(&edges);
    assert!(
        found.is_empty(),
        "modules import each other in a circle: move what they share to a module below both \
         (`value`, `site`)\n{}",
        found.join("\n")
    );
}

#[test]
fn no_files_of_one_module_import_each_other_in_a_circle() {
    let mut edges = import_edges(|rel, top, target| {
        (target != rel && target.starts_with(&format!("{top}/")) && !is_root(target))
            .then(|| (rel.to_string(), target.to_string()))
    });
    edges.retain(|from, _| !is_root(from));
    let found = circles(&edges);
    assert!(
        found.is_empty(),
        "files of one module import each other in a circle: move what they share to where it \
         belongs\n{}",
        found.join("\n")
    );
}

#[test]
fn finds_a_circle_and_only_a_circle() {
    let graph = |pairs: &[(&str, &str)]| {
        let mut g: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        for (a, b) in pairs {
            g.entry(a.to_string()).or_default().insert(b.to_string());
        }
        g
    };
    let looped = graph(&[("a", "b"), ("b", "c"), ("c", "a"), ("c", "d")]);
    assert_eq!(circles(&looped), ["a -> b -> c -> a"]);
    assert!(circles(&graph(&[("a", "b"), ("b", "c"), ("a", "c")])).is_empty());
}

#[test]
fn reads_paths_and_groups() {
    let text =
        "use super::{context::Ctx, Output};\nuse crate::site::{files, urls::{self, Urls}};\n\
                fn f() { super::super::x::y(); Self::z(); $crate::q; }\n";
    let got = paths(text);
    let want = [
        ("super", vec!["context", "Ctx"]),
        ("super", vec!["Output"]),
        ("crate", vec!["site", "files"]),
        ("crate", vec!["site", "urls"]),
        ("super", vec!["super", "x", "y"]),
    ];
    let want: Vec<(String, Vec<String>)> = want
        .iter()
        .map(|(r, p)| (r.to_string(), p.iter().map(|s| s.to_string()).collect()))
        .collect();
    assert_eq!(got, want);
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let me = module_path("render/pages.rs");
    let to = |root: &str, p: &[&str]| {
        let p: Vec<String> = p.iter().map(|s| s.to_string()).collect();
        resolve(&src, &me, root, &p)
    };
    assert_eq!(
        to("super", &["context", "Ctx"]).as_deref(),
        Some("render/context.rs")
    );
    assert_eq!(to("super", &["Output"]).as_deref(), Some("render/mod.rs"));
    assert_eq!(
        to("crate", &["site", "urls", "home"]).as_deref(),
        Some("site/urls.rs")
    );
}

/// Every file of `src/` (relative path, text), the crate's root and test files left out.
fn sources() -> Vec<(String, String)> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    files.sort();
    files
        .into_iter()
        .filter_map(|file| {
            let rel = file
                .strip_prefix(&src)
                .ok()?
                .to_string_lossy()
                .replace('\\', "/");
            let skip = rel == "lib.rs"
                || rel == "main.rs"
                || rel.ends_with("/tests.rs")
                || rel.split('/').any(|p| p == "tests");
            (!skip).then(|| (rel, std::fs::read_to_string(&file).unwrap()))
        })
        .collect()
}

/// Whether `rel` is the root file of a module (`render/mod.rs`), which declares and re-exports.
fn is_root(rel: &str) -> bool {
    rel.ends_with("/mod.rs") || !rel.contains('/')
}

/// The module path of a file: `render/search/docs.rs` → `[render, search, docs]`,
/// `render/mod.rs` → `[render]`.
fn module_path(rel: &str) -> Vec<String> {
    let mut parts: Vec<String> = rel
        .trim_end_matches(".rs")
        .split('/')
        .map(String::from)
        .collect();
    if parts.last().is_some_and(|p| p == "mod") {
        parts.pop();
    }
    parts
}

fn is_ident(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// Every `crate::…`, `super::…` and `self::…` path of `code` as (root, segments), a `use`
/// group giving one path per item (the head of a nested group, the name before `as`).
fn paths(code: &str) -> Vec<(String, Vec<String>)> {
    let mut out = Vec::new();
    let mut at = 0;
    while at < code.len() {
        let rest = &code[at..];
        let root = ["crate::", "super::", "self::"]
            .into_iter()
            .find(|r| rest.starts_with(r));
        let before = code[..at].chars().next_back();
        let Some(root) = root.filter(|_| !before.is_some_and(|c| is_ident(c) || c == '$')) else {
            at += rest.chars().next().map_or(1, char::len_utf8);
            continue;
        };
        let (segments, len) = segments(&rest[root.len()..]);
        at += root.len() + len;
        let root = root.trim_end_matches("::").to_string();
        let open = if code[at..].starts_with("::{") {
            Some(3)
        } else if segments.is_empty() && code[at..].starts_with('{') {
            Some(1)
        } else {
            None
        };
        if let Some(open) = open {
            let group_len = group_end(&code[at + open..]);
            for item in split_top(&code[at + open..at + open + group_len]) {
                let head = item.split(" as ").next().unwrap_or("").trim();
                let (more, _) = segments_of(head.split("::{").next().unwrap_or(""));
                if !more.is_empty() && more != ["self"] {
                    out.push((root.clone(), [segments.clone(), more].concat()));
                }
            }
            at += open + group_len;
        } else if !segments.is_empty() {
            out.push((root, segments));
        }
    }
    out
}

/// The `a::b::c` that starts `text`, and how many bytes it takes.
fn segments(text: &str) -> (Vec<String>, usize) {
    let mut parts = Vec::new();
    let mut at = 0;
    loop {
        let word: String = text[at..].chars().take_while(|c| is_ident(*c)).collect();
        if word.is_empty() {
            let back = if parts.is_empty() { 0 } else { 2 };
            return (parts, at.saturating_sub(back));
        }
        at += word.len();
        parts.push(word);
        if !text[at..].starts_with("::") || text[at..].starts_with("::{") {
            return (parts, at);
        }
        at += 2;
    }
}

fn segments_of(text: &str) -> (Vec<String>, usize) {
    segments(text.trim())
}

/// Where the group starting after `{` ends (before its `}`).
fn group_end(text: &str) -> usize {
    let mut depth = 0;
    for (i, c) in text.char_indices() {
        match c {
            '{' => depth += 1,
            '}' if depth == 0 => return i,
            '}' => depth -= 1,
            _ => {}
        }
    }
    text.len()
}

/// The items of a group, split at its own commas.
fn split_top(group: &str) -> Vec<&str> {
    let (mut items, mut depth, mut start) = (Vec::new(), 0, 0);
    for (i, c) in group.char_indices() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            ',' if depth == 0 => {
                items.push(&group[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    items.push(&group[start..]);
    items
}

/// The file (relative to `src`) that defines the longest prefix of a path written in module
/// `me`.
fn resolve(src: &Path, me: &[String], root: &str, path: &[String]) -> Option<String> {
    let mut base: Vec<String> = match root {
        "crate" => Vec::new(),
        "self" => me.to_vec(),
        _ => me[..me.len().saturating_sub(1)].to_vec(),
    };
    let mut rest = path;
    while rest.first().is_some_and(|s| s == "super") {
        base.pop();
        rest = &rest[1..];
    }
    let full: Vec<String> = base.into_iter().chain(rest.iter().cloned()).collect();
    (1..=full.len()).rev().find_map(|n| {
        let dir: PathBuf = full[..n].iter().collect();
        let file = dir.with_extension("rs");
        let module = dir.join("mod.rs");
        [file, module]
            .into_iter()
            .find(|f| src.join(f).is_file())
            .map(|f| f.to_string_lossy().replace('\\', "/"))
    })
}

/// Every circle of `edges`, each once, as `a -> b -> … -> a` from its smallest node.
fn circles(edges: &BTreeMap<String, BTreeSet<String>>) -> Vec<String> {
    let mut found = BTreeSet::new();
    for (from, tos) in edges {
        for to in tos {
            if let Some(mut path) = route(edges, to, from) {
                path.insert(0, from.clone());
                let start = (0..path.len() - 1).min_by_key(|&i| &path[i]).unwrap_or(0);
                let mut ring: Vec<String> = path[start..path.len() - 1].to_vec();
                ring.extend_from_slice(&path[..start]);
                ring.push(ring[0].clone());
                found.insert(ring.join(" -> "));
            }
        }
    }
    found.into_iter().collect()
}

/// The shortest way from `from` to `to` along `edges`, both ends included.
fn route(edges: &BTreeMap<String, BTreeSet<String>>, from: &str, to: &str) -> Option<Vec<String>> {
    let mut came: BTreeMap<String, String> = BTreeMap::new();
    let mut queue = std::collections::VecDeque::from([from.to_string()]);
    let mut seen = BTreeSet::from([from.to_string()]);
    while let Some(at) = queue.pop_front() {
        if at == to {
            let mut path = vec![at.clone()];
            let mut cur = at;
            while let Some(prev) = came.get(&cur) {
                path.push(prev.clone());
                cur = prev.clone();
            }
            path.reverse();
            return Some(path);
        }
        for next in edges.get(&at).into_iter().flatten() {
            if seen.insert(next.clone()) {
                came.insert(next.clone(), at.clone());
                queue.push_back(next.clone());
            }
        }
    }
    None
}

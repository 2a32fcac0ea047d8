//! `wijk serve`: the real binary on a copy of the example programme, a real HTTP client, real
//! file changes: the page, a rebuild after a change, the problems page and its recovery, the
//! reload events, and a clean stop.

use crate::fixture_site::copy_dir;
use std::io::{BufRead, BufReader, Write};
use std::net::TcpStream;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// The server, killed when the test ends, however it ends.
struct Server {
    child: Child,
    url: String,
    _site: tempfile::TempDir,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Starts `wijk serve --port 0` on a copy of the example programme; waits for its address.
fn start() -> Server {
    start_with(&[])
}

fn start_with(extra: &[&str]) -> Server {
    start_edited(extra, |_| {})
}

/// `wijk serve` on a copy of the example that `edit` changed before the server started.
fn start_edited(extra: &[&str], edit: impl FnOnce(&Path)) -> Server {
    let site = tempfile::tempdir().unwrap();
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    for d in ["content", "data", "themes", "vendor"] {
        copy_dir(&manifest.join(d), &site.path().join(d));
    }
    edit(site.path());
    let mut child = Command::new(env!("CARGO_BIN_EXE_wijk"))
        .arg("--root")
        .arg(site.path())
        .args(["serve", "--port", "0"])
        .env("WIJK_LANG", "en")
        .args(extra)
        .env("NO_COLOR", "1")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // Drain stderr so that the server never blocks on a full pipe.
    let mut stderr = child.stderr.take().unwrap();
    std::thread::spawn(move || std::io::copy(&mut stderr, &mut std::io::sink()));
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let url = line
        .trim()
        .strip_prefix("serving ")
        .unwrap_or_else(|| panic!("no address in {line:?}"))
        .trim_end_matches('/')
        .to_string();
    assert!(url.starts_with("http://127.0.0.1:"), "{url}");
    Server {
        child,
        url,
        _site: site,
    }
}

impl Server {
    fn root(&self) -> &Path {
        self._site.path()
    }

    fn get(&self, path: &str) -> (u16, String) {
        let agent: ureq::Agent = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .timeout_global(Some(Duration::from_secs(10)))
            .build()
            .into();
        let mut response = agent.get(&format!("{}{path}", self.url)).call().unwrap();
        let status = response.status().as_u16();
        (status, response.body_mut().read_to_string().unwrap())
    }

    /// Polls `path` until `ok` holds of the answer; panics with the last answer after 30 s, a
    /// budget only a server that never notices the change reaches (it takes well under a second
    /// on an idle machine, a few on a loaded one).
    fn wait_for(&self, path: &str, ok: impl Fn(u16, &str) -> bool) -> Duration {
        let start = Instant::now();
        loop {
            let (status, body) = self.get(path);
            if ok(status, &body) {
                return start.elapsed();
            }
            if start.elapsed() > Duration::from_secs(30) {
                panic!("still {status} after 30 s:\n{body}");
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    fn edit(&self, file: &str, from: &str, to: &str) {
        let path = self.root().join(file);
        let text = std::fs::read_to_string(&path).unwrap();
        assert_eq!(text.matches(from).count(), 1, "{from} in {file}");
        std::fs::write(path, text.replacen(from, to, 1)).unwrap();
    }
}

const DISTRICT: &str = "content/districts/bervoets/district.md";
const PAGE: &str = "/fr/districts/bervoets/";

#[test]
fn serves_rebuilds_shows_problems_and_recovers() {
    let server = start();
    let (status, body) = server.get(PAGE);
    assert_eq!(status, 200, "{body}");
    assert!(body.contains("Quartier Bervoets"));
    assert!(body.contains("new EventSource(\"/__wijk/events\")"));
    assert!(
        body.contains(&format!("{}/fr/", server.url)),
        "links use the local address while serving"
    );

    server.edit(
        DISTRICT,
        "name: Quartier Bervoets",
        "name: Quartier Bervoets-Vert",
    );
    let took = server.wait_for(PAGE, |s, b| {
        s == 200 && b.contains("Quartier Bervoets-Vert")
    });
    eprintln!("a one-file change was served {} ms later", took.as_millis());

    server.edit(DISTRICT, "steering_group: 9", "steering_grup: 9");
    server.wait_for(PAGE, |s, b| {
        s == 500
            && b.contains("content/districts/bervoets/district.md:6:1")
            && b.contains("schema.unknown-field")
            && b.contains("unknown field `steering_grup`")
    });
    // Every page shows the problems, not a stale site.
    let (status, body) = server.get("/nl/");
    assert_eq!(status, 500);
    assert!(body.contains("steering_grup"), "{body}");
    // The browser editor is still there, from the last good build: it is how a resident fixes
    // what broke, and it saves to branches, not to the files being served.
    let (status, editor) = server.get("/admin/");
    assert_eq!(status, 200, "{editor}");
    assert!(editor.contains("decap-cms/decap-cms.js"), "{editor}");
    let (status, config) = server.get("/admin/config.fr.yml");
    assert_eq!(status, 200, "{config}");
    assert!(config.contains("projects-bervoets"), "{config}");

    server.edit(DISTRICT, "steering_grup: 9", "steering_group: 9");
    server.wait_for(PAGE, |s, b| {
        s == 200 && b.contains("Quartier Bervoets-Vert")
    });
    let (status, _) = server.get("/nl/");
    assert_eq!(status, 200);
}

#[test]
fn serves_every_kind_of_file_as_a_static_host_would() {
    let server = start();
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .http_status_as_error(false)
        .max_redirects(0)
        .build()
        .into();
    let get = |path: &str| {
        let mut r = agent.get(&format!("{}{path}", server.url)).call().unwrap();
        let header = |name: &str| {
            r.headers()
                .get(name)
                .map(|v| v.to_str().unwrap().to_string())
                .unwrap_or_default()
        };
        let (kind, location) = (header("content-type"), header("location"));
        let status = r.status().as_u16();
        (status, kind, location, r.body_mut().read_to_vec().unwrap())
    };
    let (status, kind, _, css) = get("/static/style.css");
    assert_eq!((status, kind.as_str()), (200, "text/css; charset=utf-8"));
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    assert_eq!(
        css,
        std::fs::read(manifest.join("themes/default/static/style.css")).unwrap()
    );

    // Pictures: processed on first request into the cache, never served as the original.
    let (_, _, _, page) = get("/fr/districts/bervoets/compost/");
    let page = String::from_utf8(page).unwrap();
    let src = page
        .split("<img src=\"")
        .nth(1)
        .and_then(|s| s.split('"').next())
        .expect("a picture on the compost page");
    assert!(
        src.starts_with("/media/districts/bervoets/assets/compost-"),
        "{src}"
    );
    let (status, kind, _, bytes) = get(src);
    assert_eq!((status, kind.as_str()), (200, "image/png"));
    let original = server
        .root()
        .join("content/districts/bervoets/assets/compost.png");
    let original = image::open(original).unwrap();
    let served = image::load_from_memory(&bytes).unwrap();
    assert_eq!(served.width(), original.width().min(1600));
    let (status, _, _, _) = get("/media/districts/bervoets/assets/compost.png");
    assert_eq!(status, 404);

    let (status, kind, _, _) = get("/data/projects.json");
    assert_eq!(
        (status, kind.as_str()),
        (200, "application/json; charset=utf-8")
    );

    let (status, _, location, _) = get("/fr/districts/bervoets");
    assert_eq!(
        (status, location.as_str()),
        (307, "/fr/districts/bervoets/")
    );

    let (status, kind, _, body) = get("/fr/districts/nowhere/");
    assert_eq!((status, kind.as_str()), (404, "text/html; charset=utf-8"));
    assert!(String::from_utf8_lossy(&body).contains("EventSource"));
    // A path that is not UTF-8 once decoded is not found either.
    let (status, kind, _, _) = get("/fr/%FF/");
    assert_eq!((status, kind.as_str()), (404, "text/html; charset=utf-8"));

    // A linked document added while serving is served; an unlinked one is not published.
    server.edit(
        DISTRICT,
        "avec une fresque dessinée",
        "avec une [fresque](assets/plan.txt) dessinée",
    );
    server.wait_for(PAGE, |s, b| s == 200 && b.contains("plan.txt"));
    let plan = "content/districts/bervoets/assets/plan.txt";
    std::fs::write(server.root().join(plan), "plan").unwrap();
    let notes = "content/districts/bervoets/assets/notes.txt";
    std::fs::write(server.root().join(notes), "notes").unwrap();
    server.wait_for("/media/districts/bervoets/assets/plan.txt", |s, b| {
        s == 200 && b == "plan"
    });
    let (status, _, _, _) = get("/media/districts/bervoets/assets/notes.txt");
    assert_eq!(status, 404);
}

#[test]
fn a_template_failing_on_one_page_shows_its_error_there_only() {
    let server = start();
    let template = server.root().join("themes/default/templates/meeting.html");
    std::fs::write(
        &template,
        "{% extends \"base.html\" %}{% block content %}{{ page.no_such.field }}{% endblock %}",
    )
    .unwrap();
    let meeting = "/fr/meetings/2024-03-14-compost/";
    server.wait_for(meeting, |s, b| {
        s == 500 && b.contains("meeting.html") && b.contains("EventSource")
    });
    assert_eq!(server.get(PAGE).0, 200);
}

#[test]
fn rebuilds_when_polling_instead_of_file_events() {
    let server = start_with(&["--poll"]);
    server.edit(
        DISTRICT,
        "name: Quartier Bervoets",
        "name: Quartier Bervoets-Sud",
    );
    let took = server.wait_for(PAGE, |s, b| s == 200 && b.contains("Quartier Bervoets-Sud"));
    eprintln!(
        "polling: a one-file change was served {} ms later",
        took.as_millis()
    );
}

/// A root that never built has no editor to fall back on: `/admin/` shows the problems too.
#[test]
fn shows_the_problems_at_the_editor_when_no_build_ever_succeeded() {
    let server = start_edited(&[], |root| {
        let path = root.join(DISTRICT);
        let text = std::fs::read_to_string(&path).unwrap();
        std::fs::write(&path, text.replace("steering_group: 9", "steering_grup: 9")).unwrap();
    });
    for path in [PAGE, "/admin/", "/admin/config.fr.yml"] {
        let (status, body) = server.get(path);
        assert_eq!(status, 500, "{path}: {body}");
        assert!(body.contains("steering_grup"), "{path}: {body}");
    }
}

#[test]
fn escapes_the_problems_it_shows() {
    let server = start();
    server.edit(
        DISTRICT,
        "steering_group: 9",
        "\"<img src=x onerror=alert(1)>\": 9",
    );
    let (_, body) = {
        server.wait_for(PAGE, |s, _| s == 500);
        server.get(PAGE)
    };
    assert!(!body.contains("<img src=x"), "{body}");
    assert!(
        body.contains("&lt;img src=x onerror=alert(1)&gt;"),
        "{body}"
    );
}

#[test]
fn announces_each_build_to_open_pages() {
    let server = start();
    let mut reader = BufReader::new(open_events(&server.url));
    let first = next_event(&mut reader);
    server.edit(
        DISTRICT,
        "name: Quartier Bervoets",
        "name: Quartier Bervoets-Vert",
    );
    let second = next_event(&mut reader);
    assert_ne!(first, second, "a new build has a new version");
}

/// A connection to the live-reload event stream, with a 10 s read timeout.
fn open_events(url: &str) -> TcpStream {
    let addr = url.trim_start_matches("http://");
    let mut stream = TcpStream::connect(addr).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .unwrap();
    write!(
        stream,
        "GET /__wijk/events HTTP/1.1\r\nHost: {addr}\r\nAccept: text/event-stream\r\n\r\n"
    )
    .unwrap();
    stream
}

/// The data of the next server-sent event (skipping headers, chunk sizes and keep-alives).
fn next_event(reader: &mut impl BufRead) -> String {
    let mut line = String::new();
    loop {
        line.clear();
        assert!(reader.read_line(&mut line).unwrap() > 0, "the stream ended");
        if let Some(data) = line.trim_end().strip_prefix("data: ") {
            return data.to_string();
        }
    }
}

#[cfg(unix)]
#[test]
fn stops_cleanly_on_ctrl_c() {
    let mut server = start();
    assert_eq!(server.get("/fr/").0, 200);
    let pid = server.child.id().to_string();
    let sent = Command::new("kill").args(["-INT", &pid]).status().unwrap();
    assert!(sent.success());
    let start = Instant::now();
    let status = loop {
        if let Some(status) = server.child.try_wait().unwrap() {
            break status;
        }
        assert!(
            start.elapsed() < Duration::from_secs(30),
            "still running after 30 s"
        );
        std::thread::sleep(Duration::from_millis(20));
    };
    assert_eq!(status.code(), Some(0));
}

#[test]
fn a_save_without_a_change_does_not_reload_open_pages() {
    let server = start();
    let stream = open_events(&server.url);
    let mut reader = BufReader::new(stream.try_clone().unwrap());
    let first: u64 = next_event(&mut reader).parse().unwrap();
    // `touch`, and an editor writing the same bytes again.
    let path = server.root().join(DISTRICT);
    let text = std::fs::read(&path).unwrap();
    let file = std::fs::File::options().write(true).open(&path).unwrap();
    file.set_modified(std::time::SystemTime::now()).unwrap();
    std::fs::write(&path, &text).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_millis(1500)))
        .unwrap();
    let mut line = String::new();
    let mut events = Vec::new();
    while let Ok(n) = reader.read_line(&mut line) {
        if n == 0 {
            break;
        }
        if line.starts_with("data: ") {
            events.push(line.clone());
        }
        line.clear();
    }
    assert!(events.is_empty(), "reloaded without a change: {events:?}");
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .unwrap();
    server.edit(
        DISTRICT,
        "name: Quartier Bervoets",
        "name: Quartier Bervoets-Vert",
    );
    let next: u64 = next_event(&mut reader).parse().unwrap();
    assert_eq!(next, first + 1);
}

/// Sends `request` as raw bytes and returns the status line (empty if the server closed).
fn raw(addr: &str, request: &[u8]) -> String {
    let mut s = TcpStream::connect(addr).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    let _ = s.write_all(request);
    let mut reader = BufReader::new(s);
    let mut response = String::new();
    let _ = std::io::Read::read_to_string(&mut reader, &mut response);
    response
}

#[test]
fn serves_nothing_outside_the_site_and_keeps_answering_under_abuse() {
    let server = start();
    let addr = server.url.trim_start_matches("http://").to_string();
    for path in [
        "/../../etc/passwd",
        "/%2e%2e/%2e%2e/etc/passwd",
        "/..%2f..%2fetc%2fpasswd",
        "/fr/%2E%2E/%2E%2E/%2E%2E/etc/passwd",
        "/fr/..%5c..%5cetc%5cpasswd",
        "/fr/%00",
        "/fr/index.html%00.png",
        "//etc/passwd",
    ] {
        let req = format!("GET {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n");
        let response = raw(&addr, req.as_bytes());
        let status = response.lines().next().unwrap_or("");
        assert!(
            !status.contains(" 200 ") && !response.contains("root:x:0"),
            "{path}: {status}"
        );
    }
    // A URL over 8 KiB gets 414 URI Too Long.
    let mut s = TcpStream::connect(&addr).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    s.write_all(format!("GET /{}", "a".repeat(16 * 1024)).as_bytes())
        .unwrap();
    let mut response = String::new();
    let _ = std::io::Read::read_to_string(&mut s, &mut response);
    assert!(response.starts_with("HTTP/1.1 414 "), "{response:.80}");
    // A 10 MB URL is refused too (or the connection reset), and the server goes on.
    let huge = format!(
        "GET /{} HTTP/1.1\r\nHost: {addr}\r\n\r\n",
        "a".repeat(10 * 1024 * 1024)
    );
    let response = raw(&addr, huge.as_bytes());
    let status = response.lines().next().unwrap_or("");
    assert!(status.is_empty() || status.contains(" 4"), "{status}");
    // 200 connections held open, some half-sent: a real request is still answered at once.
    let held: Vec<TcpStream> = (0..200)
        .map(|i| {
            let mut s = TcpStream::connect(&addr).unwrap();
            if i % 2 == 0 {
                let _ = s.write_all(b"GET /fr/ HTTP/1.1\r\nHost: x\r\n");
            }
            s
        })
        .collect();
    // Answered within the client's 10 s while every held connection is still open: not once
    // the server closed them (its idle timeout is 30 s). Checked by the connections' state,
    // not by a clock.
    let (status, body) = server.get("/fr/");
    assert_eq!(status, 200);
    assert!(body.contains("<main"));
    let open = held.iter().filter(|s| still_open(s)).count();
    assert_eq!(
        open,
        held.len(),
        "held connections were closed before the answer"
    );
    drop(held);
}

/// Whether the server has neither closed `s` nor written to it.
fn still_open(s: &TcpStream) -> bool {
    s.set_nonblocking(true).unwrap();
    let r = s.peek(&mut [0u8; 1]);
    matches!(r, Err(e) if e.kind() == std::io::ErrorKind::WouldBlock)
}

#[test]
fn closes_idle_and_half_sent_connections_but_keeps_event_streams() {
    let server = start_with(&["--idle-timeout", "1"]);
    let addr = server.url.trim_start_matches("http://").to_string();
    let mut half = TcpStream::connect(&addr).unwrap();
    half.write_all(b"GET /fr/ HTTP/1.1\r\nHost: x\r\n").unwrap();
    let idle = TcpStream::connect(&addr).unwrap();
    let events = open_events(&server.url);
    let mut reader = BufReader::new(events.try_clone().unwrap());
    let first: u64 = next_event(&mut reader).parse().unwrap();
    std::thread::sleep(Duration::from_millis(2500));
    // Closed means the read ends (at the end of the stream, or reset by the server); an open
    // connection gives nothing, and the read timeout ends the wait with WouldBlock/TimedOut.
    for (name, mut s) in [("half-sent", half), ("idle", idle)] {
        s.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
        let mut rest = Vec::new();
        let read = std::io::Read::read_to_end(&mut s, &mut rest);
        let timed_out = read.as_ref().is_err_and(|e| {
            matches!(
                e.kind(),
                std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut
            )
        });
        assert!(!timed_out, "the {name} connection is still open: {read:?}");
    }
    server.edit(
        DISTRICT,
        "name: Quartier Bervoets",
        "name: Quartier Bervoets-Vert",
    );
    let next: u64 = next_event(&mut reader).parse().unwrap();
    assert_eq!(next, first + 1, "the event stream survived");
}

/// The browser editor at /admin/, saving through a local decap-server on `--cms-port` (also while
/// the files fail to build, from the last good build: see `serves_rebuilds_shows_problems_and_recovers`): its
/// page without the live-reload script (decap-server checks branches out while saving), its
/// configuration, Decap's files (the root's own copy, else the one built into wijk); a reason
/// when the root's own copy is damaged.
#[test]
fn serves_the_browser_editor_against_a_local_decap_server() {
    let server = start_with(&["--cms-port", "18999"]);
    let (status, page) = server.get("/admin/");
    assert_eq!(status, 200);
    assert!(page.contains("decap-cms/decap-cms.js"), "{page}");
    assert!(
        !page.contains("EventSource"),
        "no live reload in the editor: {page}"
    );
    let (status, config) = server.get("/admin/config.nl.yml");
    assert_eq!(status, 200);
    assert!(
        config.contains("\"proxy_url\": \"http://127.0.0.1:18999/api/v1\""),
        "{config}"
    );
    assert!(config.contains("\"name\": \"wijk-proxy\""));
    assert!(config.contains("\"locale\": \"nl\""));
    let (status, js) = server.get("/admin/decap-cms/decap-cms.js");
    assert_eq!(status, 200);
    let vendored = Path::new(env!("CARGO_MANIFEST_DIR")).join("vendor/decap-cms/decap-cms.js");
    assert_eq!(js, std::fs::read_to_string(vendored).unwrap());
    assert_eq!(server.get("/admin/nothing.js").0, 404);
    // A root without vendor/ serves the editor built into wijk.
    let server = start();
    std::fs::remove_dir_all(server.root().join("vendor")).unwrap();
    let (status, built_in) = server.get("/admin/decap-cms/decap-cms.js");
    assert_eq!(status, 200);
    assert_eq!(built_in, js);
    // The root's own copy is read on first use: damaged, a reason instead.
    let server = start();
    let own = server.root().join("vendor/decap-cms/decap-cms.js");
    std::fs::write(&own, "/* changed */").unwrap();
    let (status, why) = server.get("/admin/decap-cms/decap-cms.js");
    assert_eq!(status, 503);
    assert!(why.contains("SHA256SUMS"), "{why}");
}

/// Reads one answer to a GET on `s` (status line to the end of its body, by Content-Length).
fn read_answer(reader: &mut BufReader<TcpStream>) -> Option<String> {
    let mut status = String::new();
    reader.read_line(&mut status).ok().filter(|n| *n > 0)?;
    let mut length = 0;
    loop {
        let mut line = String::new();
        reader.read_line(&mut line).ok().filter(|n| *n > 0)?;
        if let Some(v) = line.to_ascii_lowercase().strip_prefix("content-length:") {
            length = v.trim().parse().ok()?;
        }
        if line == "\r\n" {
            break;
        }
    }
    let mut body = vec![0; length];
    std::io::Read::read_exact(reader, &mut body).ok()?;
    Some(status)
}

#[test]
fn closes_connections_whose_headers_trickle_in_but_keeps_busy_ones() {
    let server = start();
    let addr = server.url.trim_start_matches("http://").to_string();
    // Twenty connections each sending a header line every 2 s, well within the idle timeout;
    // each counts the lines the server took before it hung up.
    let slow: Vec<_> = (0..20)
        .map(|_| {
            let addr = addr.clone();
            std::thread::spawn(move || {
                let mut s = TcpStream::connect(&addr).unwrap();
                s.write_all(b"GET /fr/ HTTP/1.1\r\nHost: x\r\n").unwrap();
                let mut written = 0;
                for i in 0..30 {
                    std::thread::sleep(Duration::from_secs(2));
                    if s.write_all(format!("X-Slow-{i}: a\r\n").as_bytes())
                        .is_err()
                    {
                        break;
                    }
                    written += 1;
                }
                written
            })
        })
        .collect();
    // Meanwhile a keep-alive connection asks for a page every 3 s: each head arrives at once.
    let mut busy = TcpStream::connect(&addr).unwrap();
    busy.set_read_timeout(Some(Duration::from_secs(5))).unwrap();
    let mut reader = BufReader::new(busy.try_clone().unwrap());
    for _ in 0..6 {
        busy.write_all(b"GET /fr/ HTTP/1.1\r\nHost: x\r\n\r\n")
            .unwrap();
        let status = read_answer(&mut reader).expect("the busy connection was closed");
        assert!(status.starts_with("HTTP/1.1 200"), "{status}");
        std::thread::sleep(Duration::from_secs(3));
    }
    // The head's 10-s deadline lets about five lines in (and a write or two more before the
    // client sees the reset); a server without it takes all thirty. A loaded machine slows the
    // client's ticks, so fewer lines fit, never more; the bound of 15 is three deadlines.
    for t in slow {
        let written = t.join().unwrap();
        assert!(
            written < 15,
            "a trickling connection sent {written} header lines"
        );
    }
}

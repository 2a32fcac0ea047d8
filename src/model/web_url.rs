//! Addresses of the configuration (`base_url`, the editor's login and API, the map's tiles) and
//! the editor's repository, each parsed once with the `url` crate, as a browser parses it.

use std::net::{Ipv4Addr, Ipv6Addr};
use url::{Host, Url};

/// Why an address of the configuration is refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UrlProblem {
    /// Not an absolute URL with a host (`javascript:…`, `auth.example.org`, `/admin`), or one
    /// with spaces or control characters a browser would silently drop.
    NotAbsolute,
    /// A scheme other than `https` (`http` is allowed only on this computer, for tests).
    NotHttps,
    /// A user name or password in the address (`https://user:secret@…`).
    Credentials,
    /// A query (`?`) or fragment (`#`) where none belongs.
    QueryOrFragment,
}

impl UrlProblem {
    /// A short name, the selector of the message that explains it.
    pub fn as_str(self) -> &'static str {
        match self {
            UrlProblem::NotAbsolute => "not-absolute",
            UrlProblem::NotHttps => "not-https",
            UrlProblem::Credentials => "credentials",
            UrlProblem::QueryOrFragment => "query",
        }
    }
}

impl std::fmt::Display for UrlProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str(match self {
            UrlProblem::NotAbsolute => "not an absolute address with a host",
            UrlProblem::NotHttps => "not https:// (http:// only for 127.0.0.1, localhost, [::1])",
            UrlProblem::Credentials => "it holds a user name or password",
            UrlProblem::QueryOrFragment => "it has a query or a fragment",
        })
    }
}

/// Which URL forms an address may take.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UrlUse {
    /// A site, login or API address: no query, no fragment.
    Service,
    /// A tile template: a query is allowed (providers' keys), a fragment is not.
    Tiles,
}

/// `s` as an absolute `https://` URL with a host and no credentials; `http://` is accepted only
/// for this computer (`127.0.0.1`, `localhost`, `[::1]`), where tests and previews run.
pub fn parse_https_url(s: &str, usage: UrlUse) -> Result<Url, UrlProblem> {
    let s = s.trim();
    // The parser drops tabs and line breaks inside a URL; a value holding any is not taken
    // for the address it would become.
    if s.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(UrlProblem::NotAbsolute);
    }
    let url = Url::parse(s).map_err(|_| UrlProblem::NotAbsolute)?;
    if url.host_str().is_none_or(|h| h.is_empty()) {
        return Err(UrlProblem::NotAbsolute);
    }
    match url.scheme() {
        "https" => {}
        "http" if is_this_computer(&url) => {}
        _ => return Err(UrlProblem::NotHttps),
    }
    if !url.username().is_empty() || url.password().is_some() {
        return Err(UrlProblem::Credentials);
    }
    let query = usage == UrlUse::Service && url.query().is_some();
    if query || url.fragment().is_some() {
        return Err(UrlProblem::QueryOrFragment);
    }
    Ok(url)
}

/// Whether the URL's host is this computer: `127.0.0.1`, `localhost` or `[::1]`.
pub fn is_this_computer(url: &Url) -> bool {
    match url.host() {
        Some(Host::Domain(d)) => d.eq_ignore_ascii_case("localhost"),
        Some(Host::Ipv4(ip)) => ip == Ipv4Addr::LOCALHOST,
        Some(Host::Ipv6(ip)) => ip == Ipv6Addr::LOCALHOST,
        None => false,
    }
}

/// Whether `s` names a repository as the hosting does: `owner/name` with GitHub's rules (owner
/// `[A-Za-z0-9-]{1,39}` not starting with `-`, name `[A-Za-z0-9._-]{1,100}` other than `.` and
/// `..`). With `nested` (GitLab), groups may nest (`group/sub/name`), each part a name that
/// starts with neither `-` nor `.`.
pub fn is_repo_path(s: &str, nested: bool) -> bool {
    let parts: Vec<&str> = s.split('/').collect();
    let name_ok = |p: &str| {
        (1..=100).contains(&p.len())
            && p != "."
            && p != ".."
            && p.chars()
                .all(|c| c.is_ascii_alphanumeric() || "._-".contains(c))
    };
    if nested {
        return parts.len() >= 2
            && parts
                .iter()
                .all(|p| name_ok(p) && !p.starts_with(['-', '.']));
    }
    let [owner, name] = parts[..] else {
        return false;
    };
    (1..=39).contains(&owner.len())
        && !owner.starts_with('-')
        && owner.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        && name_ok(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_https_and_http_on_this_computer_only() {
        for good in [
            "https://auth.example.org",
            "https://example.org/wijken/",
            "http://127.0.0.1:8081/api/v1",
            "http://localhost:1111",
            "http://[::1]:9000/",
        ] {
            assert!(parse_https_url(good, UrlUse::Service).is_ok(), "{good}");
        }
        let bad = [
            ("javascript:alert(document.cookie)", UrlProblem::NotAbsolute),
            ("javascript://%0aalert(1)", UrlProblem::NotHttps),
            ("data:text/html,<script>", UrlProblem::NotAbsolute),
            ("auth.example.org", UrlProblem::NotAbsolute),
            ("//auth.example.org", UrlProblem::NotAbsolute),
            ("https://", UrlProblem::NotAbsolute),
            ("java\tscript:alert(1)", UrlProblem::NotAbsolute),
            ("https://exa\nmple.org", UrlProblem::NotAbsolute),
            ("http://auth.example.org", UrlProblem::NotHttps),
            ("http://127.0.0.2", UrlProblem::NotHttps),
            ("http://localhost.example.org", UrlProblem::NotHttps),
            ("ftp://example.org", UrlProblem::NotHttps),
            ("https://user:pw@example.org", UrlProblem::Credentials),
            ("https://token@example.org", UrlProblem::Credentials),
            ("https://example.org/?next=x", UrlProblem::QueryOrFragment),
            ("https://example.org/#x", UrlProblem::QueryOrFragment),
        ];
        for (s, problem) in bad {
            assert_eq!(parse_https_url(s, UrlUse::Service), Err(problem), "{s}");
        }
    }

    #[test]
    fn allows_a_query_in_tile_templates_only() {
        let t = "https://tile.example.org/{z}/{x}/{y}.png?key=public";
        assert!(parse_https_url(t, UrlUse::Tiles).is_ok());
        assert!(parse_https_url(t, UrlUse::Service).is_err());
        let fragment = "https://tile.example.org/{z}/{x}/{y}.png#x";
        assert!(parse_https_url(fragment, UrlUse::Tiles).is_err());
    }

    #[test]
    fn checks_repositories_with_the_hostings_rules() {
        for good in [
            "org/content",
            "Quartiers-Durables/site.web_2",
            "a/b",
            "a/...",
        ] {
            assert!(is_repo_path(good, false), "{good}");
        }
        let long_owner = format!("{}/x", "a".repeat(40));
        let long_name = format!("org/{}", "a".repeat(101));
        for bad in [
            "../../user",
            "org/..",
            "org/.",
            "-org/content",
            "org_x/content",
            "org/con tent",
            "org/content/extra",
            "org",
            "org/",
            "/content",
            "https://github.com/org/content",
            long_owner.as_str(),
            long_name.as_str(),
        ] {
            assert!(!is_repo_path(bad, false), "{bad}");
        }
        assert!(is_repo_path("group/sub/name", true));
        assert!(!is_repo_path("group/../name", true));
        assert!(!is_repo_path("group/.hidden", true));
        assert!(!is_repo_path("name", true));
    }
}

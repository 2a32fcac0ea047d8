//! Values checked once with the parser their user applies: e-mail addresses with the mailer's
//! (lettre), `base_url` with a URL parser. What `check` accepts, `notify` and `build` accept.

use crate::fixture_site;
use crate::fixture_site::{expect_only, Site};

#[test]
fn rejects_an_address_the_mailer_would_refuse() {
    for bad in [
        "anne..martin@example.org",
        ".anne@example.org",
        "anne.@example.org",
        "anne martin@example.org",
        "anne@example",
    ] {
        let s = Site::base();
        s.edit("data/reviewers.yaml", "anne@example.org", bad);
        let diags = s.check();
        let d = expect_only(&diags, "schema.invalid-value", "data/reviewers.yaml", 4, 10);
        let text = d.message_in(wijk::i18n::Lang::En);
        assert!(text.contains(bad), "{bad}: {text}");
    }
}

#[test]
fn accepts_addresses_the_mailer_accepts() {
    for good in ["anne.martin+wijk@example.org", "o'neil@sub.example.be"] {
        let s = Site::base();
        s.edit("data/reviewers.yaml", "anne@example.org", good);
        fixture_site::expect_clean(&s.check());
        let parsed = wijk::model::Email::parse(good).unwrap();
        assert_eq!(parsed.address().to_string(), good);
    }
}

#[test]
fn rejects_a_base_url_that_is_not_an_https_address() {
    for bad in [
        "wijken.example.org",
        "https://",
        "ftp://wijken.example.org",
        "https://wijken.example.org/?a=b",
        "https://user:pw@wijken.example.org",
        "https://wij ken.example.org",
        "http://wijken.example.org",
        "javascript:alert(document.cookie)",
    ] {
        let s = Site::base();
        s.edit("data/programme.yaml", "https://wijken.example.org", bad);
        expect_only(&s.check(), "config.url", "data/programme.yaml", 4, 11);
    }
    let s = Site::base();
    s.edit(
        "data/programme.yaml",
        "https://wijken.example.org",
        "https://example.org/wijken/",
    );
    fixture_site::expect_clean(&s.check());
}

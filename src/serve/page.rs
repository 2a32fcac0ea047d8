//! What `serve` adds to pages: the live-reload script (only while serving) and the page that
//! lists the problems of a failed build.

use super::site::Failure;
use crate::diag::Severity;
use crate::i18n::Lang;
use crate::msg;
use crate::site::escape;

/// Path of the server-sent events that announce each new build.
pub const EVENTS_PATH: &str = "/__wijk/events";

/// The live-reload script for a page served at build `version`: it reloads the page as soon as
/// the server announces another build (including one finished before it connected).
pub fn reload_script(version: u64) -> String {
    format!(
        "<script>(function(){{var v=\"{version}\";var s=new EventSource(\"{EVENTS_PATH}\");\
         s.onmessage=function(e){{if(e.data!==v){{s.close();location.reload();}}}};}})();</script>"
    )
}

/// `html` with `script` inserted before its last `</body>` (or appended).
pub fn inject(html: &str, script: &str) -> String {
    match html.rfind("</body>") {
        Some(i) => format!("{}{script}{}", &html[..i], &html[i..]),
        None => format!("{html}{script}"),
    }
}

/// The page shown instead of the site while the content has errors (the reload script is added
/// when it is served, like on every page), in `lang`.
pub fn failure_page(failure: &Failure, lang: Lang) -> String {
    let mut items = String::new();
    for d in failure.errors() {
        let (class, label) = match d.severity {
            Severity::Error => ("error", msg!("label-error")),
            Severity::Warning => ("warning", msg!("label-warning")),
        };
        let help = d
            .help_in(lang)
            .map(|h| format!("<p class=\"help\">{}</p>", escape::xml(&h)))
            .unwrap_or_default();
        items.push_str(&format!(
            "<li><code class=\"where\">{}:{}:{}</code> <span class=\"{class}\">{}</span> \
             <code class=\"rule\">{}</code><p>{}</p>{help}</li>\n",
            escape::xml(&d.file_display()),
            d.span.line,
            d.span.column,
            escape::xml(&label.text(lang)),
            escape::xml(d.rule.code()),
            escape::xml(&d.message_in(lang)),
        ));
    }
    if let Some(m) = &failure.message {
        items.push_str(&format!("<li><p>{}</p></li>\n", escape::xml(m)));
    }
    let count = failure.errors().count() + usize::from(failure.message.is_some());
    let title = escape::xml(&msg!("serve-problems-title", count = count).text(lang));
    let heading = escape::xml(&msg!("serve-problems-heading", count = count).text(lang));
    let hint = escape::xml(&msg!("serve-problems-hint").text(lang));
    format!(
        "<!doctype html>\n<html lang=\"{lang}\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>{title}</title><style>{STYLE}</style></head>\n<body><main>\
         <h1>{heading}</h1><p>{hint}</p>\n\
         <ol class=\"problems\">\n{items}</ol></main></body></html>\n"
    )
}

const STYLE: &str = "body{font-family:system-ui,sans-serif;margin:2rem auto;max-width:60rem;\
padding:0 1rem;line-height:1.5;color:#1a1a1a}h1{color:#a40000;font-size:1.5rem}\
.problems{padding-left:1.5rem}.problems li{margin:0 0 1rem}.problems p{margin:.2rem 0}\
.where{font-weight:bold}.error{color:#a40000}.warning{color:#8a5300}.rule{background:#f2f2f2;\
padding:0 .3rem}.help{color:#444}";

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diag::{Diagnostic, Rule, Span};

    #[test]
    fn escapes_what_the_content_says() {
        let d = Diagnostic::new(
            Rule::SchemaUnknownField,
            "content/<x>.md",
            Span::new(3, 7, 1),
            msg!("schema-unknown-field", field = "<script>alert(1)</script>"),
        );
        let page = failure_page(
            &Failure {
                diagnostics: vec![d],
                message: None,
            },
            Lang::Nl,
        );
        assert!(page.contains("<html lang=\"nl\">"), "{page}");
        assert!(page.contains("fout"), "{page}");
        assert!(page.contains("content/&lt;x&gt;.md:3:7"), "{page}");
        assert!(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assert!(page.contains("schema.unknown-field"));
        assert!(!page.contains("<script>"));
    }

    #[test]
    fn injects_before_the_end_of_the_body() {
        assert_eq!(
            inject("<p>x</p></body></html>", "S"),
            "<p>x</p>S</body></html>"
        );
        assert_eq!(inject("<p>x</p>", "S"), "<p>x</p>S");
    }
}

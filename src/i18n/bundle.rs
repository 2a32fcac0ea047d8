//! The Fluent bundles, one per language, built once from the embedded `.ftl` files.

use super::{format, Arg, Lang, Message};
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::sync::OnceLock;

/// The `.ftl` text of each language, in the order of [`Lang::ALL`].
pub const FTL: [(Lang, &str); 3] = [
    (Lang::Fr, include_str!("ftl/fr.ftl")),
    (Lang::Nl, include_str!("ftl/nl.ftl")),
    (Lang::En, include_str!("ftl/en.ftl")),
];

pub(crate) type Bundle = FluentBundle<FluentResource>;

fn bundle(lang: Lang) -> &'static Bundle {
    static BUNDLES: OnceLock<Vec<Bundle>> = OnceLock::new();
    let all = BUNDLES.get_or_init(|| FTL.iter().map(|(l, text)| build(*l, text)).collect());
    let i = Lang::ALL.iter().position(|l| *l == lang).unwrap_or(0);
    &all[i]
}

pub(crate) fn build(lang: Lang, text: &str) -> Bundle {
    // The files are part of the binary and tested to parse; a broken entry is left out, not fatal.
    let resource = FluentResource::try_new(text.to_string()).unwrap_or_else(|(r, _)| r);
    let locale = lang.code().parse().unwrap_or_default();
    let mut b = Bundle::new_concurrent(vec![locale]);
    // No Unicode isolation marks around arguments: the text goes to terminals and CI logs.
    b.set_use_isolating(false);
    let _ = b.add_resource(resource);
    b
}

/// The text of `m` in `lang`. A message missing from the language's file shows as its id and
/// arguments (never as another language's text); a test keeps the files complete.
pub fn tr(lang: Lang, m: &Message) -> String {
    let mut args = FluentArgs::new();
    for (name, value) in m.args() {
        args.set(*name, value_of(value, lang));
    }
    let mut text = format(bundle(lang), m.id(), &args).unwrap_or_else(|| raw(m));
    if let Some(next) = m.next() {
        text.push(' ');
        text.push_str(&tr(lang, next));
    }
    text
}

/// The text of message `id` (or `id.attribute`) of `b` with `args`; `None` when `b` lacks it.
pub(crate) fn format(b: &Bundle, id: &str, args: &FluentArgs) -> Option<String> {
    let (id, attribute) = match id.split_once('.') {
        Some((id, a)) => (id, Some(a)),
        None => (id, None),
    };
    let pattern = b.get_message(id).and_then(|msg| match attribute {
        Some(a) => msg.get_attribute(a).map(|a| a.value()),
        None => msg.value(),
    })?;
    let mut errors = Vec::new();
    Some(
        b.format_pattern(pattern, Some(args), &mut errors)
            .into_owned(),
    )
}

fn value_of(v: &Arg, lang: Lang) -> FluentValue<'static> {
    match v {
        Arg::Text(s) => FluentValue::from(s.clone()),
        Arg::Count(n) => FluentValue::from(*n),
        Arg::Money(c) => FluentValue::from(format::format_money(*c, lang.code())),
        Arg::Date(d) => FluentValue::from(format::format_date(*d, lang.code())),
    }
}

fn raw(m: &Message) -> String {
    let args: Vec<String> = m.args().iter().map(|(k, v)| format!("{k}={v:?}")).collect();
    format!("{} {}", m.id(), args.join(" "))
}

//! Charts drawn at build time as SVG (no JavaScript): horizontal bars with their values.

use super::format::format_money_short;
use crate::model::Cents;
use std::fmt::Write;

const WIDTH: u32 = 640;
const LABEL_W: u32 = 210;
const BAR_MAX: u32 = 290;
const ROW_H: u32 = 30;
/// Bar colours, dark enough for white-on-colour contrast and distinct in greyscale.
const COLOURS: [&str; 6] = [
    "#1d6b3a", "#0b5394", "#8a4b08", "#6a1b9a", "#00695c", "#9c2a2a",
];

/// A horizontal bar chart of amounts; `id` must be unique in the page (it names the title).
pub fn bar_chart(id: &str, title: &str, bars: &[(String, Cents)], lang: &str) -> String {
    let max = bars.iter().map(|b| b.1 .0).max().unwrap_or(0).max(1);
    let height = ROW_H * bars.len().max(1) as u32 + 10;
    let mut s = String::new();
    let _ = write!(
        s,
        r#"<svg class="chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {height}" role="img" aria-labelledby="{id}"><title id="{id}">{}</title>"#,
        escape(title)
    );
    for (i, (label, amount)) in bars.iter().enumerate() {
        let y = 5 + ROW_H * i as u32;
        let w = bar_width(amount.0, max);
        let colour = COLOURS[i % COLOURS.len()];
        let _ = write!(
            s,
            r#"<text x="{}" y="{}" text-anchor="end" class="chart-label">{}</text><rect x="{LABEL_W}" y="{}" width="{w}" height="{}" fill="{colour}"/><text x="{}" y="{}" class="chart-value">{}</text>"#,
            LABEL_W - 8,
            y + 19,
            escape(&shorten(label, 30)),
            y + 4,
            ROW_H - 8,
            LABEL_W + w + 6,
            y + 19,
            escape(&format_money_short(*amount, lang)),
        );
    }
    s.push_str("</svg>");
    s
}

fn bar_width(value: i64, max: i64) -> u32 {
    if value <= 0 {
        return 0;
    }
    let w = (i128::from(value) * i128::from(BAR_MAX) / i128::from(max)) as u32;
    w.max(2)
}

fn shorten(label: &str, max: usize) -> String {
    if label.chars().count() <= max {
        return label.to_string();
    }
    let cut: String = label.chars().take(max - 1).collect();
    format!("{cut}…")
}

/// Escapes text for XML or HTML content and attributes (`& < > " '`), as templates do.
pub fn escape(s: &str) -> String {
    let mut out = Vec::with_capacity(s.len() + 16);
    // Writing into a Vec cannot fail, and the input is UTF-8 with ASCII replaced by ASCII.
    let _ = super::theme::escape_html(s, &mut out);
    String::from_utf8(out).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn draws_proportional_bars_with_escaped_labels() {
        let svg = bar_chart(
            "c1",
            "Budget <par> catégorie",
            &[
                ("Matériel & co".into(), Cents(300000)),
                ("Location".into(), Cents(150000)),
            ],
            "fr",
        );
        assert!(svg.contains(r#"<title id="c1">Budget &lt;par&gt; catégorie</title>"#));
        assert!(svg.contains("Matériel &amp; co"));
        assert!(svg.contains(r#"width="290""#));
        assert!(svg.contains(r#"width="145""#));
        assert!(svg.contains("3\u{202f}000\u{a0}€"));
    }

    #[test]
    fn survives_empty_and_zero_data() {
        let svg = bar_chart("c", "t", &[("x".into(), Cents(0))], "nl");
        assert!(svg.contains(r#"width="0""#));
        assert!(bar_chart("c", "t", &[], "nl").ends_with("</svg>"));
    }
}

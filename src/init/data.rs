//! The data files of a new programme in its languages: the programme, the call's themes, the 19
//! communes of the Brussels-Capital Region with their boundaries (Statbel, credited), an empty
//! steering committee.

use crate::i18n::Lang;
use crate::site::files;

/// `(id, French, Dutch)`.
type Term = (&'static str, &'static str, &'static str);

/// The themes of the call for projects.
const THEMES: [Term; 8] = [
    ("water", "Eau", "Water"),
    ("biodiversity", "Biodiversité", "Biodiversiteit"),
    ("food", "Alimentation durable", "Duurzame voeding"),
    ("urbanism", "Urbanisme", "Stedenbouw"),
    ("public-space", "Espace public", "Openbare ruimte"),
    ("communication", "Communication", "Communicatie"),
    ("energy", "Énergie", "Energie"),
    (
        "circular-economy",
        "Économie circulaire",
        "Circulaire economie",
    ),
];

/// The 19 communes of the Brussels-Capital Region.
const COMMUNES: [Term; 19] = [
    ("anderlecht", "Anderlecht", "Anderlecht"),
    ("auderghem", "Auderghem", "Oudergem"),
    (
        "berchem-sainte-agathe",
        "Berchem-Sainte-Agathe",
        "Sint-Agatha-Berchem",
    ),
    ("bruxelles", "Bruxelles", "Brussel"),
    ("etterbeek", "Etterbeek", "Etterbeek"),
    ("evere", "Evere", "Evere"),
    ("forest", "Forest", "Vorst"),
    ("ganshoren", "Ganshoren", "Ganshoren"),
    ("ixelles", "Ixelles", "Elsene"),
    ("jette", "Jette", "Jette"),
    ("koekelberg", "Koekelberg", "Koekelberg"),
    (
        "molenbeek-saint-jean",
        "Molenbeek-Saint-Jean",
        "Sint-Jans-Molenbeek",
    ),
    ("saint-gilles", "Saint-Gilles", "Sint-Gillis"),
    (
        "saint-josse-ten-noode",
        "Saint-Josse-ten-Noode",
        "Sint-Joost-ten-Node",
    ),
    ("schaerbeek", "Schaerbeek", "Schaarbeek"),
    ("uccle", "Uccle", "Ukkel"),
    (
        "watermael-boitsfort",
        "Watermael-Boitsfort",
        "Watermaal-Bosvoorde",
    ),
    (
        "woluwe-saint-lambert",
        "Woluwe-Saint-Lambert",
        "Sint-Lambrechts-Woluwe",
    ),
    (
        "woluwe-saint-pierre",
        "Woluwe-Saint-Pierre",
        "Sint-Pieters-Woluwe",
    ),
];

/// The expense categories of the call.
const CATEGORIES: [Term; 6] = [
    ("material", "Achat de matériel", "Aankoop van materiaal"),
    ("rental", "Location", "Huur"),
    ("works", "Gros œuvre", "Ruwbouwwerken"),
    ("communication", "Communication", "Communicatie"),
    (
        "services",
        "Prestations et animations",
        "Diensten en animatie",
    ),
    ("other", "Autres frais", "Andere kosten"),
];

/// The programme's names, the call's, and the credit of the boundaries.
const NAME: Term = (
    "name",
    "Quartiers Durables Citoyens",
    "Participatieve Duurzame Wijken",
);
const CALL: Term = ("call", "Inspirons le quartier", "Vooruit met de wijk");
const SOURCE: Term = (
    "source",
    "Limites communales : Statbel (2011)",
    "Gemeentegrenzen: Statbel (2011)",
);

/// The boundaries of the 19 communes: Statbel's municipal boundaries (2011), simplified.
const COMMUNES_GEOJSON: &str = include_str!("../../data/communes.geojson");

/// `data/*` of a new programme in `langs` whose first edition is `year`.
pub fn files(langs: &[Lang], year: i32) -> Vec<(String, Vec<u8>)> {
    vec![
        (files::PROGRAMME.into(), programme(langs, year).into()),
        (
            files::THEMES.into(),
            terms(
                "# Themes of the projects, experts and meetings.",
                &THEMES,
                langs,
            )
            .into(),
        ),
        (
            files::COMMUNES.into(),
            terms(
                "# The 19 communes of the Brussels-Capital Region.",
                &COMMUNES,
                langs,
            )
            .into(),
        ),
        (files::BOUNDARIES.into(), COMMUNES_GEOJSON.into()),
        (files::REVIEWERS.into(), REVIEWERS.into()),
    ]
}

/// An empty steering committee, with an example of a member.
const REVIEWERS: &str = "\
# The steering committee (comité de pilotage / stuurgroep), notified by `wijk notify`.
# communes / themes restrict which dossiers a reviewer is notified about; empty = all.
# An e-mail address here is public (the repository is): keep it in the CI secret
# REVIEWER_EMAILS instead (see the README).
#
# - id: sc-anne
#   name: Anne Martin
#   lang: fr
#   communes: []
#   themes: [water]
[]
";

/// `{fr: "…", nl: "…"}` in `langs`.
fn labels(term: &Term, langs: &[Lang]) -> String {
    let parts: Vec<String> = langs
        .iter()
        .map(|l| {
            let text = if *l == Lang::Nl { term.2 } else { term.1 };
            // A JSON string is a YAML double-quoted scalar.
            format!("{}: {}", l.code(), serde_json::Value::from(text))
        })
        .collect();
    format!("{{{}}}", parts.join(", "))
}

fn terms(comment: &str, terms: &[Term], langs: &[Lang]) -> String {
    let mut out = format!("{comment}\n");
    for t in terms {
        out.push_str(&format!("{}: {}\n", t.0, labels(t, langs)));
    }
    out
}

fn programme(langs: &[Lang], year: i32) -> String {
    let mut out = String::from(
        "# The programme: names, languages, caps and editions of the call for projects.\n",
    );
    out.push_str(&format!("name: {}\n", labels(&NAME, langs)));
    out.push_str(&format!("call: {}\n", labels(&CALL, langs)));
    let codes: Vec<&str> = langs.iter().map(|l| l.code()).collect();
    out.push_str(&format!(
        "languages: [{}]                 # the first is the default\n",
        codes.join(", ")
    ));
    out.push_str(
        "# base_url: https://quartiers.example.org   # the site's address (CI gives the Pages address)\n\
         start_fund_max: 400                 # default caps, in euros, per district and edition\n\
         grant_max: 15000\n\
         expense_categories:\n",
    );
    for c in &CATEGORIES {
        out.push_str(&format!("  {}: {}\n", c.0, labels(c, langs)));
    }
    out.push_str("notifications: {from: \"Programme <noreply@example.org>\"}   # the sender of `wijk notify`\n");
    out.push_str(&format!(
        "map:                                # the credit of data/communes.geojson\n  source: {}\n",
        labels(&SOURCE, langs)
    ));
    out.push_str(&format!(
        "editions:\n  - {{year: {year}, submission_deadline: {year}-06-30}}\n"
    ));
    out.push_str(EDITING);
    out
}

/// The browser editor, off until the repository is known.
const EDITING: &str = "\
# The browser editor under /admin/ (see the README): residents sign in with their GitHub
# account and the editor opens their pull request from a fork.
# editing:
#   backend: github
#   repo: owner/name
#   base_url: https://auth.example.org   # the OAuth server that signs editors in
#   open_authoring: true                 # the default: false lets in only accounts with write access
#   review_days: 5                       # after saving, editors read: usually online within 5 days
";

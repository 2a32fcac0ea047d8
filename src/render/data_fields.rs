//! The fields of the open data, described once: name, Table Schema type, unit and a description
//! in English, French and Dutch. `data.rs` writes the CSV header from [`CSV`], the data package
//! (`data_package.rs`) and the open-data page describe the files from these tables, so a file and
//! its description cannot drift apart.

/// Where a field's values come from a closed list, whose meanings the data package spells out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Codes {
    /// Free values.
    None,
    /// A dossier's status (`preparation`, `submitted`, …).
    Status,
    /// A grant track of the call (`small`, `district`, …, from `data/programme.yaml`).
    Track,
}

/// One field (a CSV column, a key of `projects.json`, a property of a GeoJSON feature).
#[derive(Clone, Copy, Debug)]
pub struct Field {
    pub name: &'static str,
    /// The Table Schema type: `string`, `integer`, `number`, `array`, `object`, `date`.
    pub kind: &'static str,
    /// The Table Schema format, where not the default (`uri`).
    pub format: Option<&'static str>,
    /// An amount in euros.
    pub euros: bool,
    pub codes: Codes,
    /// The description in English, French and Dutch.
    pub text: [&'static str; 3],
}

impl Field {
    pub(super) const fn new(
        name: &'static str,
        kind: &'static str,
        text: [&'static str; 3],
    ) -> Field {
        Field {
            name,
            kind,
            format: None,
            euros: false,
            codes: Codes::None,
            text,
        }
    }

    const fn uri(mut self) -> Field {
        self.format = Some("uri");
        self
    }

    const fn euros(mut self) -> Field {
        self.euros = true;
        self
    }

    pub(super) const fn codes(mut self, codes: Codes) -> Field {
        self.codes = codes;
        self
    }

    /// The description in `lang` (`fr`, `nl`; English otherwise).
    pub fn description(&self, lang: &str) -> &'static str {
        match lang {
            "fr" => self.text[1],
            "nl" => self.text[2],
            _ => self.text[0],
        }
    }
}

/// The languages of a field's description, in the order of [`Field::text`].
pub const DESCRIPTION_LANGS: [&str; 3] = ["en", "fr", "nl"];

const ID: Field = Field::new(
    "id",
    "string",
    [
        "Project id, unique within its district.",
        "Identifiant du projet, unique dans son quartier.",
        "Id van het project, uniek binnen zijn wijk.",
    ],
);
const DISTRICT: Field = Field::new(
    "district",
    "string",
    [
        "Id of the district that carries the project (see districts.geojson).",
        "Identifiant du quartier qui porte le projet (voir districts.geojson).",
        "Id van de wijk die het project draagt (zie districts.geojson).",
    ],
);
pub(super) const COMMUNE: Field = Field::new(
    "commune",
    "string",
    [
        "The district's main commune: the first of its communes.",
        "Commune principale du quartier : la première de ses communes.",
        "Hoofdgemeente van de wijk: de eerste van haar gemeenten.",
    ],
);
const EDITION: Field = Field::new(
    "edition",
    "integer",
    [
        "Year of the call for projects (edition).",
        "Année de l'appel à projets (édition).",
        "Jaar van de projectoproep (editie).",
    ],
);
pub(super) const EDITION_NAME: Field = Field::new(
    "edition_name",
    "object",
    [
        "The edition's name in each language of the site (its label, else its year).",
        "Nom de l'édition dans chaque langue du site (son libellé, sinon son année).",
        "Naam van de editie in elke taal van de site (het label, anders het jaar).",
    ],
);
const STATUS: Field = Field::new(
    "status",
    "string",
    [
        "Status of the district's dossier for this edition.",
        "Statut du dossier du quartier pour cette édition.",
        "Status van het dossier van de wijk voor deze editie.",
    ],
)
.codes(Codes::Status);
pub(super) const TRACK: Field = Field::new(
    "track",
    "string",
    [
        "Grant track of the dossier, when the edition has tracks; empty otherwise.",
        "Volet du dossier, quand l'édition a des volets ; vide sinon.",
        "Spoor van het dossier, als de editie sporen heeft; anders leeg.",
    ],
)
.codes(Codes::Track);
const LANG: Field = Field::new(
    "lang",
    "string",
    [
        "Language the project was written in (fr, nl).",
        "Langue dans laquelle le projet a été rédigé (fr, nl).",
        "Taal waarin het project werd geschreven (fr, nl).",
    ],
);
const THEMES: Field = Field::new(
    "themes",
    "array",
    [
        "Ids of the project's themes.",
        "Identifiants des thèmes du projet.",
        "Id's van de thema's van het project.",
    ],
);

/// The keys of each project in `projects.json`.
pub const PROJECTS_JSON: [Field; 23] = [
    ID,
    DISTRICT,
    COMMUNE,
    Field::new(
        "communes",
        "array",
        [
            "Ids of every commune the district lies in.",
            "Identifiants de toutes les communes où se trouve le quartier.",
            "Id's van alle gemeenten waarin de wijk ligt.",
        ],
    ),
    EDITION,
    EDITION_NAME,
    TRACK,
    STATUS,
    LANG,
    Field::new(
        "title",
        "object",
        [
            "Title of the project in each language it is written in.",
            "Titre du projet dans chaque langue où il est rédigé.",
            "Titel van het project in elke taal waarin het geschreven is.",
        ],
    ),
    Field::new(
        "summary",
        "object",
        [
            "Short summary of the project in each language it is written in.",
            "Résumé du projet dans chaque langue où il est rédigé.",
            "Samenvatting van het project in elke taal waarin het geschreven is.",
        ],
    ),
    THEMES,
    Field::new(
        "experts",
        "array",
        [
            "Ids of the thematic experts who follow the project.",
            "Identifiants des experts thématiques qui suivent le projet.",
            "Id's van de thematische experts die het project volgen.",
        ],
    ),
    Field::new(
        "partners",
        "array",
        [
            "Partners of the project: name and kind of each.",
            "Partenaires du projet : nom et type de chacun.",
            "Partners van het project: naam en soort van elk.",
        ],
    ),
    Field::new(
        "currency",
        "string",
        [
            "Currency of every amount: EUR.",
            "Devise de tous les montants : EUR.",
            "Munt van alle bedragen: EUR.",
        ],
    ),
    Field::new(
        "budget_lines",
        "array",
        [
            "Budget lines asked for: category, label and amount in euros.",
            "Lignes du budget demandé : catégorie, libellé et montant en euros.",
            "Begrotingslijnen: categorie, omschrijving en bedrag in euro.",
        ],
    ),
    Field::new(
        "requested",
        "number",
        [
            "Total asked for (sum of the budget lines), in euros.",
            "Total demandé (somme des lignes du budget), en euros.",
            "Gevraagd totaal (som van de begrotingslijnen), in euro.",
        ],
    )
    .euros(),
    Field::new(
        "granted",
        "number",
        [
            "Amount granted, in euros; empty before the decision.",
            "Montant accordé, en euros ; vide avant la décision.",
            "Toegekend bedrag, in euro; leeg vóór de beslissing.",
        ],
    )
    .euros(),
    Field::new(
        "spent",
        "number",
        [
            "Amount spent, in euros; empty until it is known.",
            "Montant dépensé, en euros ; vide tant qu'il n'est pas connu.",
            "Uitgegeven bedrag, in euro; leeg zolang het niet bekend is.",
        ],
    )
    .euros(),
    Field::new(
        "roadmap_steps",
        "integer",
        [
            "Number of steps in the project's roadmap.",
            "Nombre d'étapes de la feuille de route du projet.",
            "Aantal stappen in het stappenplan van het project.",
        ],
    ),
    Field::new(
        "roadmap_done",
        "integer",
        [
            "Number of roadmap steps done.",
            "Nombre d'étapes de la feuille de route réalisées.",
            "Aantal uitgevoerde stappen van het stappenplan.",
        ],
    ),
    Field::new(
        "url",
        "object",
        [
            "Address of the project's page in each language of the site.",
            "Adresse de la page du projet dans chaque langue du site.",
            "Adres van de projectpagina in elke taal van de site.",
        ],
    ),
    Field::new(
        "similar",
        "array",
        [
            "Up to five projects of other districts most like this one (shared themes and words), most similar first, each as {district, id}.",
            "Jusqu'à cinq projets d'autres quartiers les plus proches de celui-ci (thèmes et mots communs), le plus proche d'abord, chacun en {district, id}.",
            "Tot vijf projecten van andere wijken die het meest op dit project lijken (gedeelde thema's en woorden), het meest gelijkende eerst, elk als {district, id}.",
        ],
    ),
];

/// The columns of `projects.csv`, in order; lists are joined with `;`.
pub const CSV: [Field; 14] = [
    ID,
    DISTRICT,
    COMMUNE,
    EDITION,
    STATUS,
    LANG,
    Field::new(
        "title",
        "string",
        [
            "Title of the project in its original language.",
            "Titre du projet dans sa langue d'origine.",
            "Titel van het project in zijn oorspronkelijke taal.",
        ],
    ),
    Field::new(
        "themes",
        "string",
        [
            "Ids of the project's themes, separated by ;.",
            "Identifiants des thèmes du projet, séparés par ;.",
            "Id's van de thema's van het project, gescheiden door ;.",
        ],
    ),
    Field::new(
        "requested_eur",
        "number",
        [
            "Total asked for, in euros.",
            "Total demandé, en euros.",
            "Gevraagd totaal, in euro.",
        ],
    )
    .euros(),
    Field::new(
        "granted_eur",
        "number",
        [
            "Amount granted, in euros; empty before the decision.",
            "Montant accordé, en euros ; vide avant la décision.",
            "Toegekend bedrag, in euro; leeg vóór de beslissing.",
        ],
    )
    .euros(),
    Field::new(
        "spent_eur",
        "number",
        [
            "Amount spent, in euros; empty until it is known.",
            "Montant dépensé, en euros ; vide tant qu'il n'est pas connu.",
            "Uitgegeven bedrag, in euro; leeg zolang het niet bekend is.",
        ],
    )
    .euros(),
    Field::new(
        "url",
        "string",
        [
            "Address of the project's page in its original language.",
            "Adresse de la page du projet dans sa langue d'origine.",
            "Adres van de projectpagina in zijn oorspronkelijke taal.",
        ],
    )
    .uri(),
    TRACK,
    Field::new(
        "communes",
        "string",
        [
            "Ids of every commune the district lies in, separated by ;.",
            "Identifiants de toutes les communes du quartier, séparés par ;.",
            "Id's van alle gemeenten van de wijk, gescheiden door ;.",
        ],
    ),
];

/// The CSV header, from [`CSV`].
pub fn csv_header() -> String {
    CSV.iter().map(|f| f.name).collect::<Vec<_>>().join(",")
}

//! The fields of the GeoJSON files: the properties of each feature of `districts.geojson` and
//! `communes.geojson` (see `data_fields.rs`).

use super::data_fields::{Codes, Field, COMMUNE, EDITION_NAME, TRACK};

/// The properties of each feature of `districts.geojson` (a point, [longitude, latitude]).
pub const DISTRICTS_GEOJSON: [Field; 13] = [
    Field::new(
        "name",
        "string",
        [
            "Name of the district.",
            "Nom du quartier.",
            "Naam van de wijk.",
        ],
    ),
    COMMUNE,
    Field::new(
        "commune_name",
        "string",
        [
            "Name of the main commune.",
            "Nom de la commune principale.",
            "Naam van de hoofdgemeente.",
        ],
    ),
    Field::new(
        "communes",
        "array",
        [
            "Ids of every commune the district lies in.",
            "Identifiants de toutes les communes où se trouve le quartier.",
            "Id's van alle gemeenten waarin de wijk ligt.",
        ],
    ),
    Field::new(
        "closed",
        "date",
        [
            "Date the district left the programme; empty while it takes part.",
            "Date à laquelle le quartier a quitté le programme ; vide tant qu'il y participe.",
            "Datum waarop de wijk het programma verliet; leeg zolang ze deelneemt.",
        ],
    ),
    Field::new(
        "successor",
        "string",
        [
            "Id of the district that carries on a closed district's work, if any.",
            "Identifiant du quartier qui poursuit le travail d'un quartier fermé, s'il y en a un.",
            "Id van de wijk die het werk van een gesloten wijk voortzet, als die er is.",
        ],
    ),
    Field::new(
        "themes",
        "array",
        [
            "Ids of the district's themes.",
            "Identifiants des thèmes du quartier.",
            "Id's van de thema's van de wijk.",
        ],
    ),
    Field::new(
        "edition",
        "integer",
        [
            "Year of the district's latest dossier.",
            "Année du dernier dossier du quartier.",
            "Jaar van het laatste dossier van de wijk.",
        ],
    ),
    EDITION_NAME,
    TRACK,
    Field::new(
        "status",
        "string",
        [
            "Status of the district's latest dossier.",
            "Statut du dernier dossier du quartier.",
            "Status van het laatste dossier van de wijk.",
        ],
    )
    .codes(Codes::Status),
    Field::new(
        "projects",
        "integer",
        [
            "Number of the district's projects, every edition.",
            "Nombre de projets du quartier, toutes éditions.",
            "Aantal projecten van de wijk, alle edities.",
        ],
    ),
    Field::new(
        "url",
        "object",
        [
            "Address of the district's page in each language of the site.",
            "Adresse de la page du quartier dans chaque langue du site.",
            "Adres van de wijkpagina in elke taal van de site.",
        ],
    ),
];

/// The properties of each feature of `communes.geojson` (the boundaries, a multipolygon).
pub const COMMUNES_GEOJSON: [Field; 3] = [
    Field::new(
        "id",
        "string",
        [
            "Id of the commune.",
            "Identifiant de la commune.",
            "Id van de gemeente.",
        ],
    ),
    Field::new(
        "name",
        "object",
        [
            "Name of the commune in each language.",
            "Nom de la commune dans chaque langue.",
            "Naam van de gemeente in elke taal.",
        ],
    ),
    Field::new(
        "districts",
        "integer",
        [
            "Number of the programme's districts in the commune.",
            "Nombre de quartiers du programme dans la commune.",
            "Aantal wijken van het programma in de gemeente.",
        ],
    ),
];

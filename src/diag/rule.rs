//! The rule codes of the contract: one enum, one place that names each code and its severity.

use super::Severity;

macro_rules! rules {
    ($($variant:ident => $code:literal, $sev:ident, $doc:literal;)*) => {
        /// A rule of the contract (`SPEC.md`, "Rule codes").
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum Rule {
            $(#[doc = $doc] $variant,)*
        }

        impl Rule {
            /// Every rule, in the contract's order.
            pub const ALL: &'static [Rule] = &[$(Rule::$variant,)*];

            /// The stable code, e.g. `budget.total`.
            pub fn code(self) -> &'static str {
                match self { $(Rule::$variant => $code,)* }
            }

            /// The default severity.
            pub fn severity(self) -> Severity {
                match self { $(Rule::$variant => Severity::$sev,)* }
            }

            /// One line saying what the rule is about.
            pub fn summary(self) -> &'static str {
                match self { $(Rule::$variant => $doc,)* }
            }

            /// The rule with this code.
            pub fn from_code(code: &str) -> Option<Rule> {
                match code { $($code => Some(Rule::$variant),)* _ => None }
            }
        }
    };
}

rules! {
    FileFrontMatter => "file.front-matter", Error, "missing or unterminated `---` block";
    FileEncoding => "file.encoding", Error, "not UTF-8";
    FileTooLarge => "file.too-large", Error, "over the size limit";
    FileSymlink => "file.symlink", Error, "a symbolic link under content/, data/ or themes/";
    YamlSyntax => "yaml.syntax", Error, "YAML that does not parse";
    SchemaUnknownField => "schema.unknown-field", Error, "a field the format does not have";
    SchemaMissingField => "schema.missing-field", Error, "a required field is missing";
    SchemaInvalidValue => "schema.invalid-value", Error, "a value of the wrong type or form";
    IdInvalid => "id.invalid", Error, "an id that does not match ^[a-z0-9][a-z0-9-]{0,62}$";
    IdDuplicate => "id.duplicate", Error, "an id used twice";
    RefTheme => "ref.theme", Error, "a theme that is not in data/themes.yaml";
    RefPerson => "ref.person", Error, "a person that has no profile in content/experts/";
    RefRole => "ref.role", Error, "a person with the wrong role (coach or expert)";
    RefCommune => "ref.commune", Error, "a commune that is not in data/communes.yaml";
    RefEdition => "ref.edition", Error, "an edition that is not in the programme or not a dossier of the district";
    RefDistrict => "ref.district", Error, "a district that does not exist";
    RefAlias => "ref.alias", Error, "a district alias that is already a district id or another district's alias";
    RefTrack => "ref.track", Error, "a dossier's track that is not a track of its edition, or missing where the edition has tracks";
    LinkBroken => "link.broken", Error, "an internal link that does not resolve";
    AssetMissing => "asset.missing", Error, "an image that does not exist";
    BudgetAmount => "budget.amount", Error, "an amount <= 0 or with more than two decimals";
    BudgetCategory => "budget.category", Error, "an expense category not in the programme";
    BudgetTotal => "budget.total", Error, "requested differs from the sum of the lines";
    BudgetStartFundCap => "budget.start-fund-cap", Error, "start fund granted above the edition's cap";
    BudgetStartFundSpent => "budget.start-fund-spent", Error, "start fund spent above granted";
    BudgetGrantCap => "budget.grant-cap", Error, "a district's total for an edition above the grant cap";
    BudgetGranted => "budget.granted", Error, "granted above requested";
    BudgetOverspent => "budget.overspent", Error, "spent above granted";
    PhaseStatus => "phase.status", Error, "an unknown status";
    PhaseRequirement => "phase.requirement", Error, "what the status requires is missing";
    PhaseDateOrder => "phase.date-order", Error, "dates out of order";
    PhaseDeadline => "phase.deadline", Error, "submitted after the edition's deadline";
    I18nLanguage => "i18n.language", Error, "a language the programme does not have";
    I18nTranslation => "i18n.translation", Error, "a translation without original or with non-translatable fields";
    PrivacyEmail => "privacy.email", Warning, "an e-mail address in public text";
    A11yAlt => "a11y.alt", Warning, "an image without alternative text";
    GeoInvalid => "geo.invalid", Error, "data/communes.geojson is not GeoJSON of the expected shape";
    GeoOutside => "geo.outside", Warning, "a district's location outside its commune's boundary";
    AssetFormat => "asset.format", Error, "an image that is not a supported format, is corrupt, or declares too many pixels";
    AssetSize => "asset.size", Warning, "an image over 20 MB, or smaller than the width it is shown at";
    AssetType => "asset.type", Error, "a linked file whose type is not on the allow-list of published documents";
    AssetExternal => "asset.external", Error, "an image loaded from another site";
    ConfigUrl => "config.url", Error, "a URL of data/programme.yaml that is not an absolute https:// URL, or an editing repo that is not owner/name";
    AssetCorrupt => "asset.corrupt", Error, "an image whose pixels do not decode";
    PrivacyGps => "privacy.gps", Warning, "an original picture in the repository that records where it was taken";
    DateImplausible => "date.implausible", Warning, "a date unlikely to be meant: before the programme's first edition, over a year ahead, or a project's date years before its edition";
}

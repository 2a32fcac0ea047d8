//! The words of a new repository for the programme's team and its readers: the README (one
//! section per language of the programme) and the first free page, `content/pages/about.md`.

use crate::i18n::Lang;

const README_FR: &str = "\
## Français

Ce dépôt contient le contenu du programme : les quartiers, leurs projets, les experts, les
rencontres et les pages (`content/`), les données de l'appel (`data/`). Le logiciel
[wijk](https://github.com/example/wijk) le vérifie et en fait le site ; il n'est pas dans le dépôt.

**Installer wijk** : téléchargez le binaire de la version indiquée dans
`.github/workflows/check.yml` (`WIJK_VERSION`), vérifiez-le avec son fichier `.sha256`, puis :

```sh
wijk serve --open                              # le site sur votre ordinateur, mis à jour à chaque modification
wijk check                                     # ce qui ne va pas, avec fichier, ligne et colonne
wijk new district anneessens                   # un quartier, prêt à compléter
wijk new project potager --district anneessens # un projet de ce quartier
```

**Publier** (GitHub) : dans *Settings > Pages*, choisissez « GitHub Actions » ; chaque fusion dans
`main` publie le site. Chaque demande de fusion est vérifiée et reçoit un commentaire qui dit ce
qu'elle change pour le programme, aussi quand elle vient d'un fork. Pour les e-mails aux membres du
comité, ajoutez le secret `SMTP_URL` (et `REVIEWER_EMAILS`). GitLab : voir `.gitlab-ci.yml`.

**L'éditeur dans le navigateur** : complétez `editing:` dans `data/programme.yaml` ; l'éditeur est
publié sous `/admin/`. Les habitants s'y connectent avec leur compte GitHub, sans droit d'écriture
sur le dépôt : l'éditeur crée leur fork et ouvre la demande de fusion pour eux.

Les limites communales viennent de Statbel (2011), réutilisables en citant la source et la date.
";

const README_NL: &str = "\
## Nederlands

Deze repository bevat de inhoud van het programma: de wijken, hun projecten, de experts, de
ontmoetingen en de pagina's (`content/`), de gegevens van de oproep (`data/`). De software
[wijk](https://github.com/example/wijk) controleert ze en maakt er de site van; ze staat niet in de
repository.

**wijk installeren**: download het programma van de versie die in `.github/workflows/check.yml`
staat (`WIJK_VERSION`), controleer het met zijn `.sha256`-bestand, en dan:

```sh
wijk serve --open                              # de site op uw computer, bijgewerkt bij elke wijziging
wijk check                                     # wat er mis is, met bestand, regel en kolom
wijk new district anneessens                   # een wijk, klaar om aan te vullen
wijk new project moestuin --district anneessens # een project van die wijk
```

**Publiceren** (GitHub): kies in *Settings > Pages* voor ‘GitHub Actions’; elke merge in `main`
publiceert de site. Elke pull request wordt gecontroleerd en krijgt een reactie die zegt wat hij
voor het programma verandert, ook als hij uit een fork komt. Voor de e-mails aan de stuurgroep
voegt u het geheim `SMTP_URL` toe (en `REVIEWER_EMAILS`). GitLab: zie `.gitlab-ci.yml`.

**De editor in de browser**: vul `editing:` in `data/programme.yaml` aan; de editor wordt
gepubliceerd onder `/admin/`. Bewoners melden zich daar aan met hun GitHub-account, zonder
schrijfrechten op de repository: de editor maakt hun fork en opent de pull request voor hen.

De gemeentegrenzen komen van Statbel (2011), herbruikbaar met vermelding van bron en datum.
";

/// The README of the repository: the programme's languages, in their order.
pub fn readme(langs: &[Lang]) -> String {
    let mut out = String::from("# Quartiers durables · Duurzame wijken\n");
    for lang in langs {
        out.push('\n');
        out.push_str(if *lang == Lang::Nl {
            README_NL
        } else {
            README_FR
        });
    }
    out
}

const ABOUT_FR: &str = "\
---
title: À propos du programme
---
Ce programme soutient des groupes d'habitants qui veulent rendre leur quartier plus durable.
Chaque année, un appel à projets permet à de nouveaux quartiers de rejoindre le réseau.
";

const ABOUT_NL: &str = "\
---
title: Over het programma
---
Dit programma steunt bewonersgroepen die hun wijk duurzamer willen maken. Elk jaar kunnen
nieuwe wijken via een projectoproep bij het netwerk aansluiten.
";

/// `content/pages/about.md` in the first language, a translation for each other.
pub fn about_pages(langs: &[Lang]) -> Vec<(String, Vec<u8>)> {
    langs
        .iter()
        .enumerate()
        .map(|(i, lang)| {
            let path = if i == 0 {
                "content/pages/about.md".to_string()
            } else {
                format!("content/pages/about.{}.md", lang.code())
            };
            let text = if *lang == Lang::Nl {
                ABOUT_NL
            } else {
                ABOUT_FR
            };
            (path, text.as_bytes().to_vec())
        })
        .collect()
}

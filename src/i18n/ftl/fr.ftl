# Les messages de wijk en français. Un message par identifiant ; `.help` est la ligne d'aide
# affichée en dessous. Chaque identifiant et chaque variable existent aussi dans en.ftl et nl.ftl
# (vérifié par tests/i18n_messages.rs).

## Étiquettes et bilan

label-error = erreur
label-warning = avertissement
label-help = aide
summary-clean = aucun problème trouvé
summary = { $errors ->
        [one] { $errors } erreur
       *[other] { $errors } erreurs
    } et { $warnings ->
        [one] { $warnings } avertissement
       *[other] { $warnings } avertissements
    }
did-you-mean = vouliez-vous dire `{ $suggestion }` ?
one-of = valeurs possibles : { $list }

## Fichiers

file-front-matter-missing = le fichier ne commence pas par un bloc d'en-tête `---`
file-front-matter-unclosed = le bloc d'en-tête n'est pas fermé par une ligne `---`
file-front-matter =
    .help = un fichier de contenu commence par `---`, puis les champs YAML, puis `---`, puis le texte
file-too-large = le fichier fait { $bytes } octets, au-delà de la limite de 1 Mio
    .help = découpez le texte ou placez les médias volumineux ailleurs
file-encoding = le fichier n'est pas en UTF-8 valide (ligne { $line }, colonne { $column })
    .help = enregistrez le fichier en UTF-8
file-name-encoding = ce nom n'est pas en UTF-8 valide ; le fichier n'est ni lu ni publié
    .help = renommez-le avec des caractères UTF-8 uniquement
file-unreadable = impossible de lire le fichier : { $error }
    .help = vérifiez les droits d'accès au fichier
file-not-regular = seuls les fichiers ordinaires sont lus (pas un périphérique, un tube ni un socket)
    .help = remplacez-le par un fichier ordinaire
file-symlink = les liens symboliques sont refusés
    .help = remplacez le lien par une copie du fichier : le contenu des pull requests n'est pas fiable

## YAML

yaml-syntax = le YAML est illisible : { $detail }
    .help = vérifiez l'indentation, les deux-points et les guillemets autour des textes qui contiennent `: ` ou `#`
yaml-too-large = le YAML est trop long ou trop imbriqué
yaml-colon = ce texte contient un deux-points suivi d'une espace, que le YAML lit comme un nouveau champ : mettez le texte entre guillemets
yaml-tab = cette ligne est indentée avec une tabulation ; le YAML n'accepte que des espaces
yaml-dash = un élément de liste demande une espace après le tiret
yaml-quote = un guillemet est ouvert mais jamais fermé
yaml-fix =
    .help = écrivez la ligne ainsi : { $line }
yaml-duplicate-key = `{ $key }` est écrit deux fois
    .help = gardez une seule des deux lignes
yaml-value-then-list = `{ $key }` a déjà une valeur sur sa ligne (`{ $value }`) : les lignes en retrait en dessous ne peuvent plus lui appartenir ; retirez `{ $value }`
yaml-quote-inside = un guillemet à l'intérieur d'un texte entre guillemets termine ce texte trop tôt
yaml-apostrophe-inside = une apostrophe à l'intérieur d'un texte entre apostrophes termine ce texte trop tôt : mettez le texte entre guillemets
yaml-colon-space = il manque une espace après le deux-points de `{ $key }`
yaml-indicator = en YAML, une valeur ne peut pas commencer par `{ $char }` : mettez le texte entre guillemets
yaml-hash = un `#` après une espace commence un commentaire, et le reste de la ligne est ignoré : mettez le texte entre guillemets
yaml-decimal-comma = `{ $value }` est écrit avec une virgule décimale ; en YAML, un nombre s'écrit avec un point
yaml-comma-list = une liste s'écrit entre crochets, les éléments séparés par des virgules, ou un élément par ligne commençant par `- `

## Forme des données

schema-unknown-field = champ inconnu `{ $field }`
    .help = les champs possibles ici : { $list }
schema-missing-field = champ `{ $field }` manquant
    .help = ajoutez `{ $field }:` avec sa valeur
schema-invalid-scalar = { $kind ->
        [bool] cette valeur doit être true ou false
        [int] cette valeur doit être un nombre entier
       *[number] cette valeur doit être un nombre
    }
    .help = { $kind ->
        [bool] écrivez true (oui) ou false (non), sans guillemets
        [int] n'écrivez que des chiffres, p. ex. 6
       *[number] écrivez un nombre comme 50.85, avec un point pour les décimales
    }
schema-invalid-type = attendu : { $expected } ; trouvé : { $found }
schema-unknown-variant = valeur inconnue `{ $value }`
schema-quote-text = `{ $value }` se lit comme un nombre ou un oui/non, mais ce champ contient un texte
    .help = mettez le texte entre guillemets : "{ $value }"
schema-null = ce champ n'a pas de valeur
    .help = écrivez la valeur après les deux-points, ou supprimez la ligne
schema-unexpected = { $kind ->
        [list] une liste est attendue ici : un élément par ligne, chacun commençant par `- `
        [map] des champs sont attendus ici, écrits `nom: valeur`
       *[text] un texte est attendu ici
    }
schema-stray-file = ce fichier Markdown n'est pas à un endroit prévu par la structure du site
    .help = les quartiers vont dans content/districts/<id>/, les experts dans content/experts/, les rencontres dans content/meetings/, les pages dans content/pages/
schema-empty = `{ $field }` est vide
schema-name-lines = un nom doit tenir sur une ligne
schema-not-email = `{ $value }` n'est pas une adresse e-mail
schema-not-date = `{ $field }` n'est pas une date : `{ $value }`
    .help = les dates s'écrivent AAAA-MM-JJ, p. ex. 2024-05-28
schema-not-money = `{ $field }` n'est pas un montant en euros : { $value }
    .help = écrivez un simple nombre comme 400 ou 1234.5 (point décimal, sans espace ni symbole €)
schema-money-text = `{ $value }` n'est pas un montant que le YAML peut lire : un montant s'écrit comme un nombre simple, avec un point décimal, sans espace, sans guillemets ni signe €
schema-not-date-fix =
    .help = les dates s'écrivent AAAA-MM-JJ : { $date }
id-invalid-fix =
    .help = un identifiant ne contient que des lettres a-z sans accent, des chiffres et des tirets : `{ $id }`
schema-location = la position ({ $lat }, { $lon }) n'est pas une latitude et une longitude
    .help = p. ex. location: {"{"}lat: 50.8105, lon: 4.3228{"}"}
schema-outcome = la décision `{ $outcome }` n'est ni `selected` ni `not-selected`
schema-role = le rôle `{ $role }` n'est ni `expert` ni `coach`
schema-partner-kind = le type de partenaire `{ $kind }` n'est pas l'un de : { $list }
schema-summary-long = le résumé compte { $count } caractères, plus que { $max }
    .help = tenez-vous-en à un court paragraphe ; les détails vont dans le corps du texte
schema-from = `from` n'est pas une adresse : `{ $value }`
    .help = écrivez `Nom <adresse@example.org>` ou une adresse seule
config-url = `{ $field }` { $problem ->
        [not-https] doit commencer par https:// (http:// seulement pour 127.0.0.1, localhost ou [::1]) :
        [credentials] contient un nom d'utilisateur ou un mot de passe :
        [query] contient une requête (?) ou un fragment (#) :
       *[not-absolute] n'est pas une adresse web complète :
    } `{ $value }`
    .help = { $problem ->
        [credentials] les mots de passe et jetons vont dans les secrets de l'intégration continue, jamais dans le dépôt ; écrivez l'adresse seule, p. ex. https://auth.example.org
        [query] écrivez l'adresse sans ce qui suit ? ou #, p. ex. https://auth.example.org
       *[other] écrivez l'adresse complète, commençant par https://, p. ex. https://auth.example.org
    }
config-repo = `repo` n'est pas de la forme `propriétaire/nom` : `{ $value }`
    .help = le propriétaire compte au plus 39 lettres, chiffres et tirets (pas en premier), le nom au plus 100 lettres, chiffres, points, tirets et soulignés ; p. ex. repo: mon-organisation/contenu
config-endpoint = `auth_endpoint` n'est pas un chemin sur le serveur de connexion : `{ $value }`
    .help = écrivez un chemin comme auth ou api/auth : lettres, chiffres et - . _ ~ /, sans ..
schema-editing-backend = service d'édition inconnu `{ $backend }`
schema-editing-repo-missing = le service d'édition `{ $backend }` demande `repo`
schema-editing-open-authoring = le service d'édition `{ $backend }` ne sait pas faire de copie (fork) du dépôt pour les personnes sans droit d'écriture : `open_authoring: true` ne fonctionne qu'avec `github`
    .help = retirez `open_authoring` (il faut alors un accès au dépôt pour se servir de l'éditeur ; les autres proposent leur changement par une copie sur le site de l'hébergeur), ou placez le dépôt sur GitHub
schema-editing-review-days = `review_days: { $value }` : le délai habituel de relecture est un nombre de jours de 1 à 365
schema-no-language = le programme doit avoir au moins une langue
    .help = p. ex. languages: [fr, nl]
schema-label-missing = pas de libellé en `{ $lang }`
    .help = donnez un libellé pour chaque langue du programme

## Identifiants

id-invalid = l'identifiant { $what ->
        [theme] de thème
        [commune] de commune
        [reviewer] de membre du comité de pilotage
        [track] de volet
       *[category] de catégorie de dépenses
    } `{ $id }` n'est pas valide
    .help = un identifiant ne contient que des minuscules, des chiffres et des tirets
id-invalid-meeting = le nom de fichier de rencontre `{ $id }` n'est pas un identifiant valide
    .help = nommez-le <aaaa-mm-jj>-<nom>.md, p. ex. 2024-03-14-compost.md
id-invalid-folder = le nom de dossier de quartier `{ $id }` n'est pas un identifiant valide
id-invalid-theme-folder = le nom de thème `{ $id }` n'est pas un identifiant valide
    .help = nommez un dossier de themes/ avec des minuscules, des chiffres et des tirets, p. ex. `theme: vert` pour themes/vert/
id-invalid-file = le nom de fichier `{ $id }` n'est pas un identifiant valide
    .help = utilisez des minuscules, des chiffres et des tirets, p. ex. potager-collectif.md
id-duplicate-language = la langue `{ $lang }` figure deux fois
id-duplicate-edition = l'édition { $year } figure deux fois
id-duplicate-reviewer = le membre du comité de pilotage `{ $id }` figure deux fois
id-duplicate-dossier = deux dossiers pour l'édition { $year }
    .help = un quartier a un seul dossier par édition
id-duplicate-track = le volet `{ $id }` figure deux fois dans l'édition { $year }

## Références

ref-theme = thème inconnu `{ $theme }`
    .help = les thèmes sont listés dans data/themes.yaml : { $list }
ref-commune = commune inconnue `{ $commune }`
    .help = les communes sont listées dans data/communes.yaml
ref-district = quartier inconnu `{ $district }`
    .help = les quartiers sont les dossiers de content/districts/
ref-district-no-file = le quartier `{ $district }` n'a pas de district.md
    .help = un projet se trouve dans content/districts/<quartier>/projects/, à côté de district.md
schema-communes-both = indiquez soit `commune`, soit `communes`, pas les deux
    .help = gardez `commune: forest` pour un quartier dans une seule commune, ou `communes: [uccle, forest]` pour un quartier dans plusieurs
schema-communes-missing =
    .help = indiquez la commune du quartier, `commune: forest`, ou ses communes, `communes: [uccle, forest]`
id-duplicate-commune = la commune `{ $commune }` figure deux fois dans la liste
id-invalid-alias = l'alias `{ $id }` n'est pas un identifiant valide
ref-district-successor-self = le quartier `{ $district }` ne peut pas être son propre successeur
    .help = indiquez le quartier dans lequel le groupe se poursuit, ou retirez `successor`
ref-alias-district = l'alias `{ $alias }` est déjà l'identifiant d'un quartier
    .help = un alias garde l'adresse d'un identifiant qu'aucun quartier n'utilise plus ; retirez-le ici
ref-alias-twice = l'alias `{ $alias }` est déjà un alias du quartier `{ $district }`
    .help = une ancienne adresse ne peut mener qu'à un seul quartier ; gardez l'alias sur l'un des deux
ref-role = `{ $person }` est { $role ->
        [coach] coach
       *[expert] expert
    }, pas { $wanted ->
        [coach] coach
       *[expert] expert
    }
    .help = indiquez `role: { $wanted }` dans content/experts/{ $person }.md ou choisissez une autre personne
ref-person = aucun { $role ->
        [coach] coach
       *[expert] expert
    } `{ $person }` : content/experts/{ $person }.md n'existe pas
    .help = vérifiez l'identifiant dans content/experts/ ; si la personne n'a pas encore de profil, demandez à l'équipe du programme de le créer
ref-edition = l'édition { $year } ne figure pas dans data/programme.yaml
    .help = éditions du programme : { $list }
ref-edition-no-dossier = le quartier `{ $district }` n'a pas de dossier pour l'édition { $year }
    .help = ajoutez le dossier dans district.md ou donnez au projet l'une des éditions du quartier
ref-track = `{ $track }` n'est pas un volet de l'édition { $year }
    .help = volets de l'édition { $year } : { $list }
ref-track-missing = le dossier de l'édition { $year } ne nomme aucun volet, alors que cet appel en a
    .help = ajoutez `track:` avec l'un de ces volets : { $list }
ref-track-none = l'édition { $year } n'a pas de volets : le dossier ne peut pas nommer le volet `{ $track }`
    .help = retirez `track:`, ou ajoutez les volets de l'édition dans data/programme.yaml

## Textes

link-broken = le lien interne `{ $link }` ne mène à aucun fichier de contenu
    .help = les liens s'écrivent depuis la racine du contenu, p. ex. @/meetings/2024-03-14-compost.md
asset-missing = l'image `{ $image }` n'existe pas
    .help = le chemin d'une image part du fichier, p. ex. assets/jardin.jpg à côté de district.md
asset-not-image = `{ $name }` n'est pas une image ; les images sont des fichiers JPEG, PNG ou WebP
    .help = pour un document, faites un lien [texte](fichier), pas ![texte](fichier)
asset-type-active = `{ $name }` : les fichiers { $kind } ne sont pas publiés, un navigateur les exécuterait comme une page du site
    .help = publiez le document en PDF, ou faites un lien vers la page où il est hébergé
asset-type-no-extension = `{ $name }` n'a pas d'extension : son type est inconnu, il n'est donc pas publié
    .help = donnez au fichier l'extension de son type : .pdf, .odt, .docx, .csv, .txt…
asset-type-extension = `{ $name }` est un fichier { $kind }, mais son nom ne le dit pas
    .help = renommez le fichier pour que son nom se termine par .{ $ext }
asset-type-unknown = `{ $name }` n'est pas un document que le site publie
    .help = publiez les documents en PDF, OpenDocument (.odt, .ods, .odp, .odg), Word, Excel ou PowerPoint (.docx, .xlsx, .pptx), CSV ou texte brut (.txt)
asset-external = l'image `{ $image }` est chargée depuis un autre site : ce site verrait chaque lecteur de la page
    .help = ajoutez l'image à côté du fichier (si sa licence le permet) et écrivez ![texte](assets/nom.jpg) ; un lien [texte](https://…) vers l'autre site reste permis
asset-absolute =
    .help = le chemin d'une image part du fichier, p. ex. assets/jardin.jpg ; un chemin qui commence par / n'est pas cherché
asset-format = image `{ $name }` : { $detail }
asset-heic =
    .help = exportez la photo en JPEG (sur un téléphone : partagez-la en « Le plus compatible », ou réglez l'appareil photo sur JPEG)
asset-unsupported =
    .help = convertissez-la en JPEG (photos) ou en PNG (dessins)
asset-extension =
    .help = renommez le fichier avec l'extension de son format
asset-too-big =
    .help = réduisez-la à 4000 pixels de large au plus avant de l'ajouter
asset-corrupt =
    .help = ouvrez-la dans un éditeur d'images et enregistrez-la à nouveau
asset-corrupt-pixels = image `{ $name }` : ses pixels ne se décodent pas : { $detail }
    .help = ouvrez-la dans un éditeur d'images et exportez-la à nouveau en JPEG, PNG ou WebP ; le site n'est construit qu'avec des images qui se décodent entièrement
asset-size-large = l'image `{ $name }` fait { $mb } Mo, plus de 20 Mo
    .help = les copies publiées sont réduites, mais le dépôt garde l'original : réduisez-la à environ 4000 pixels de large
privacy-gps = l'image `{ $name }` indique où elle a été prise (position GPS) : le site ne la publie jamais, mais chacun peut télécharger l'original depuis le dépôt
    .help = retirez la position avant d'ajouter la photo : sur un téléphone, désactivez « position » au moment de la partager ; sur un ordinateur, `exiftool -gps:all= { $name }`
asset-cover-narrow = l'image de couverture `{ $name }` fait { $width } pixels de large, moins que les { $shown } pixels où elle est affichée : elle paraîtra floue
    .help = utilisez la photo originale, d'au moins 960 pixels de large
asset-cover-missing =
    .help = le chemin de l'image de couverture part du fichier, p. ex. assets/jardin.jpg à côté de district.md
a11y-cover-alt = l'image de couverture `{ $image }` n'a pas de texte alternatif
    .help = décrivez ce que montre l'image : alt: "Les bacs de culture au printemps"
a11y-alt = l'image `{ $image }` n'a pas de texte alternatif
    .help = décrivez l'image entre les crochets : ![Bacs de culture au printemps](assets/bacs.jpg)
privacy-email = adresse e-mail `{ $address }` dans un texte public
    .help = retirez-la ; les coordonnées vont dans le champ privé `email`
privacy-email-body =
    .help = retirez-la ; l'adresse d'une personne va dans le champ privé `email` de son profil

## Budget

budget-amount-not-positive = `{ $field }` doit être supérieur à 0 ; trouvé : { $value }
    .help = supprimez la ligne ou indiquez son montant réel
budget-amount-negative = `{ $field }` ne peut pas être négatif ; trouvé : { $value }
budget-amount-decimals = `{ $field }` a plus de deux décimales : { $value }
    .help = les montants sont en euros avec au plus deux décimales, p. ex. 180.5 ou 1234.56
budget-category = la catégorie de dépenses `{ $category }` n'existe pas dans le programme
budget-total = le montant demandé ({ $requested }) diffère de la somme des lignes ({ $sum })
    .help = indiquez `requested: { $value }` ou corrigez les lignes
budget-granted = le montant accordé ({ $granted }) dépasse le montant demandé ({ $requested })
budget-overspent = les dépenses ({ $spent }) dépassent le montant accordé ({ $granted })
budget-start-fund-cap = le fonds de démarrage accordé ({ $granted }) dépasse le plafond de { $cap } de l'édition { $year }
    .help = demandez au plus { $cap } : c'est le plafond fixé par l'appel de cette édition
budget-start-fund-spent = les dépenses du fonds de démarrage ({ $spent }) dépassent le montant accordé ({ $granted })
budget-start-fund-none = l'appel de l'édition { $year } ne prévoit pas de fonds de démarrage
    .help = retirez `start_fund`, ou fixez `start_fund_max` pour cette édition dans data/programme.yaml
budget-grant-cap = le quartier `{ $district }` { $what ->
        [granted] a obtenu
       *[requested] demande
    } { $total } au total pour l'édition { $year }, au-delà du plafond du subside de { $cap }
    .help = réduisez le budget de ce projet ou reportez-le à une autre édition
budget-grant-cap-track = le quartier `{ $district }` { $what ->
        [granted] a obtenu
       *[requested] demande
    } { $total } au total pour l'édition { $year }, au-delà du plafond de { $cap } du volet `{ $track_id }` ({ $track })
    .help = réduisez le budget de ce projet, reportez-le à une autre édition ou déposez-le dans un autre volet

## Phases

phase-status = statut inconnu `{ $status }`
phase-deadline = déposé le { $date }, après la date limite de l'édition { $year } ({ $deadline })
    .help = une feuille de route déposée en retard attend l'édition suivante
phase-needs-submitted = le statut `{ $status }` de l'édition { $year } demande une date de dépôt (`submitted`)
    .help = ajoutez `submitted: AAAA-MM-JJ` au dossier
phase-needs-place = le statut `{ $status }` de l'édition { $year } demande un état des lieux du quartier
    .help = décrivez le quartier dans le texte sous l'en-tête
phase-needs-steering-group = le statut `{ $status }` de l'édition { $year } demande un comité d'habitants d'au moins { $min } membres ; trouvé : { $found }
    .help = il faut au moins { $min } membres pour ce statut : quand le comité les compte, indiquez leur nombre dans `steering_group:` ; d'ici là, gardez le statut `preparation`
phase-needs-coach = le statut `{ $status }` de l'édition { $year } demande un coach
    .help = ajoutez `coach: <identifiant de la personne>`
phase-needs-decision = le statut `{ $status }` de l'édition { $year } demande une décision (`decision`)
    .help = ajoutez `decision: {"{"}date: AAAA-MM-JJ, outcome: selected{"}"}`
phase-needs-outcome = le statut `{ $status }` de l'édition { $year } demande la décision `{ $wanted }` ; trouvé : `{ $found }`
phase-needs-granted = le statut `{ $status }` de l'édition { $year } demande un montant accordé (`granted`) pour chaque projet ; `{ $project }` n'en a pas
    .help = indiquez `budget.granted` d'après la décision (0 est permis)
phase-needs-evaluation = le statut `{ $status }` de l'édition { $year } demande une évaluation (`evaluation`)
    .help = ajoutez `evaluation: {"{"}date: AAAA-MM-JJ, summary: "…"{"}"}`
phase-needs-project = le statut `{ $status }` de l'édition { $year } demande au moins un projet de cette édition
    .help = ajoutez un fichier de projet dans content/districts/{ $district }/projects/ avec `edition: { $year }`
phase-needs-budget-lines = le dossier de l'édition { $year } est `{ $status }` : ce projet doit avoir des lignes de budget
    .help = ajoutez `budget: {"{"}lines: [{"{"}category: material, label: "…", amount: 100{"}"}]{"}"}`
phase-needs-roadmap = le dossier de l'édition { $year } est `{ $status }` : ce projet doit avoir une feuille de route d'au moins une étape
    .help = ajoutez `roadmap: [{"{"}step: "…", due: AAAA-MM-JJ{"}"}]`
phase-intention-deadline = note d'intention du { $date }, après la date limite des notes d'intention de l'édition { $year } ({ $deadline })
    .help = la note d'intention précède le dossier ; une note en retard attend l'édition suivante
phase-needs-intention = le statut `{ $status }` de l'édition { $year } demande une date de note d'intention (`intention`) : cet appel demande d'abord une note d'intention
    .help = ajoutez `intention: AAAA-MM-JJ` au dossier
phase-needs-budgeted-project = le statut `{ $status }` de l'édition { $year } demande au moins un projet avec une demande de subside ; aucun projet ici n'a de budget
    .help = donnez à un projet `budget: {"{"}lines: [{"{"}category: material, label: "…", amount: 100{"}"}]{"}"}`
phase-dates-ahead = le dossier de l'édition { $year } est encore `preparation` mais a { $what ->
        [submitted] une date de dépôt
        [decision] une décision
       *[evaluation] une évaluation
    } : le statut et les dates ne concordent pas
    .help = mettez `status:` à jour selon l'état du dossier, ou retirez la date
phase-intention-after-submission = la note d'intention du { $intention } suit le dépôt du { $submitted }
phase-intention-deadline-order = la date limite des notes d'intention de l'édition { $year } ({ $intention }) suit sa date limite de dépôt ({ $submitted })
    .help = la note d'intention précède le dossier : sa date limite est la première
phase-decision-before-submission = la décision du { $decision } précède le dépôt du { $submitted }
phase-evaluation-too-early = l'évaluation du { $evaluation } précède { $what ->
        [decision] la décision
       *[submission] le dépôt
    } du { $date }
phase-date-order =
    .help = les dates se suivent : note d'intention ≤ dépôt ≤ décision ≤ évaluation

## Dates invraisemblables

date-implausible-early = le { $date } est avant la première édition du programme ({ $first })
date-implausible-late = le { $date } est à plus d'un an d'aujourd'hui (après le { $latest })
date-implausible-edition = le { $date } est des années avant l'édition de ce projet ({ $year })
date-implausible =
    .help = vérifiez la date : le jour et le mois sont peut-être inversés (06/12 est le 6 décembre en Belgique, le 12 juin aux États-Unis) ou l'année tapée 19xx au lieu de 20xx ; une date s'écrit AAAA-MM-JJ
date-implausible-swapped =
    .help = vouliez-vous dire le { $guess } (`{ $iso }`) ? Le jour et le mois semblent inversés ; une date s'écrit AAAA-MM-JJ
date-implausible-century =
    .help = vouliez-vous dire le { $guess } (`{ $iso }`) ? L'année semble tapée 19xx au lieu de 20xx ; une date s'écrit AAAA-MM-JJ
date-implausible-both =
    .help = vouliez-vous dire le { $guess } (`{ $iso }`) ? Le jour et le mois semblent inversés et l'année tapée 19xx au lieu de 20xx ; une date s'écrit AAAA-MM-JJ

## Langues

i18n-language-unknown = la langue `{ $lang }` ne fait pas partie de celles du programme ({ $list })
    .help = les langues sont listées dans data/programme.yaml
i18n-language-code = `{ $value }` n'est pas un code de langue
    .help = utilisez des codes de deux lettres comme fr, nl, en
i18n-label-language = libellé en `{ $lang }`, une langue que le programme n'a pas
i18n-translation-language = traduction en `{ $lang }`, une langue que le programme n'a pas
    .help = le suffixe d'une traduction est l'une des langues du programme : <id>.<langue>.md
i18n-translation-field = `{ $field }` ne se traduit pas ; une traduction ne contient que `title`, `summary`, `cover.alt`, les textes des listes et le texte
    .help = gardez tous les autres champs dans le fichier original uniquement
i18n-translation-name =
    .help = le nom d'un quartier dans cette langue est le `title` de sa traduction : écrivez `title:` à la place
i18n-cover-orphan = `cover.alt` traduit une image de couverture que l'original n'a pas
    .help = placez d'abord l'image de couverture dans le fichier original
i18n-cover-shape = le `cover` d'une traduction ne contient que `alt`
    .help = p. ex. cover: {"{"}alt: "Les bacs de culture au printemps"{"}"}
i18n-cover-field =
    .help = l'image est celle de l'original ; gardez `cover.src` dans le fichier original uniquement
i18n-list-shape = dans une traduction, `{ $list }` est une liste d'éléments ayant chacun son texte `{ $key }`
    .help = p. ex. roadmap: [{"{"}step: "Plantdag"{"}"}], un élément par élément de l'original, dans son ordre
i18n-list-count = `{ $list }` compte ici { $given ->
        [one] { $given } élément
       *[other] { $given } éléments
    }, l'original en compte { $original }
    .help = traduisez chaque élément de l'original, dans le même ordre ; ou retirez la liste pour afficher celle de l'original
i18n-list-date = cette nouvelle est datée du { $date }, l'élément de l'original à cette place est daté du { $original }
    .help = les éléments suivent l'ordre de l'original ; une date, si elle est donnée, est celle de l'original : recopiez-la ou retirez-la
i18n-list-edition = l'original n'a pas de résumé d'évaluation pour l'édition { $edition }
    .help = traduisez le `evaluation.summary` d'un dossier de district.md, désigné par son `edition`
i18n-list-field =
    .help = seuls les textes d'une liste se traduisent (step, label, text, summary) ; dates, montants et catégories restent dans l'original
i18n-translation-orphan = traduction sans original : { $path } n'existe pas
    .help = une traduction <id>.<langue>.md se trouve à côté de son original <id>.md
i18n-translation-same = l'original est déjà en `{ $lang }`
    .help = renommez le fichier avec la langue dans laquelle il est écrit

## Carte et limites

geo-not-collection = le fichier n'est pas une FeatureCollection GeoJSON (`"type": "FeatureCollection"`)
geo-features = `features` doit être une liste d'entités
geo-duplicate = la commune `{ $id }` a deux entités (la première à la ligne { $line })
geo-feature-type = chaque entité demande `"type": "Feature"`
geo-no-id = l'entité n'a pas de `properties.id` (l'identifiant de la commune)
geo-bad-id = `properties.id` doit être un identifiant de commune (minuscules, chiffres et tirets)
geo-no-geometry = la commune `{ $id }` n'a pas de géométrie
geo-no-coordinates = la géométrie n'a pas de `coordinates`
geo-geometry-type = la géométrie doit être un Polygon ou un MultiPolygon
geo-expected-array = une liste { $what ->
        [polygons] de polygones
        [rings] d'anneaux
       *[positions] de positions
    } est attendue
geo-empty-array = au moins un élément attendu dans la liste { $what ->
        [polygons] de polygones
        [rings] d'anneaux
       *[positions] de positions
    }, qui est vide
geo-ring-short = un anneau demande au moins 4 positions ; celui-ci en a { $count }
geo-ring-open = l'anneau n'est pas fermé : sa dernière position doit répéter la première
geo-position = une position est une liste [longitude, latitude] de nombres
geo-longitude = la longitude { $value } est hors limites (-180 à 180)
geo-latitude = la latitude { $value } est hors limites (-90 à 90)
geo-too-large = le fichier dépasse la limite de { $mb } Mo pour les limites communales
geo-too-many-positions = le fichier contient plus de { $max } positions, au-delà de la limite pour les limites communales
geo-too-deep = les listes ou objets sont imbriqués trop profondément
geo-not-json = ce n'est pas du JSON : attendu { $what }
geo-json =
    .help = simplifiez les limites (p. ex. mapshaper -simplify 10%) ou vérifiez la syntaxe JSON
geo-unknown-commune = `{ $id }` n'est pas une commune de data/communes.yaml
    .help = properties.id doit être un identifiant de commune de data/communes.yaml
geo-no-property = l'entité n'a pas de `properties.{ $key }` qui nomme sa commune (map.boundaries.match dans data/programme.yaml)
geo-unmatched = `{ $value }` (`{ $key }`) ne nomme aucune commune de data/communes.yaml
    .help = la valeur doit être l'identifiant d'une commune ou l'un de ses noms dans data/communes.yaml ; les accents, les majuscules, les espaces et les tirets ne comptent pas
geo-outside = la position ({ $lat }, { $lon }) se trouve à { $commune }, pas à { $own }
    .help = vérifiez les coordonnées (la latitude est le premier nombre sur la plupart des cartes) ou la commune
geo-outside-all = la position ({ $lat }, { $lon }) est en dehors de { $own } et de toutes les communes de la carte
geo-swapped =
    .help = la latitude et la longitude semblent inversées : écrivez location: {"{"}lat: …, lon: …{"}"}
schema-contact-email = `email` n'est pas une adresse : `{ $value }`
    .help = écrivez une seule adresse, p. ex. quartiers@example.org
schema-phone = `phone` n'est pas un numéro de téléphone : `{ $value }`
    .help = n'écrivez que des chiffres, des espaces et + ( ) - . /, p. ex. "+32 2 775 75 75"
schema-licence-name = `{ $value }` n'est pas un identifiant de licence
    .help = écrivez l'identifiant Open Definition de la licence, p. ex. name: CC-BY-4.0 (lettres, chiffres, - . _ uniquement)
schema-licence-title = le `title` de la licence est vide
schema-tiles = `{ $value }` n'est pas un modèle d'URL de tuiles
    .help = p. ex. tiles: "https://tile.openstreetmap.org/{"{"}z{"}"}/{"{"}x{"}"}/{"{"}y{"}"}.png"
schema-attribution = la carte interactive demande l'`attribution` des tuiles
    .help = p. ex. attribution: "© contributeurs d'OpenStreetMap"
schema-max-zoom = max_zoom { $zoom } n'est pas un niveau de zoom (1 à 22)
schema-boundaries-match = `map.boundaries.match` doit nommer une propriété des entités (par exemple `name_fr`)

## Commandes

load-no-root = la racine du site { $path } n'existe pas ou n'est pas un dossier
load-no-programme = { $path } n'est pas la racine d'un site wijk : data/programme.yaml est introuvable
load-io = impossible de lire { $path } : { $error }
check-write-failed = écriture du rapport
build-base-url = --base-url doit être une adresse http:// ou https://, ou un chemin commençant par / : `{ $value }`
check-pictures-failed = traitement des images
cache-refused = le cache des images ne peut pas être utilisé : { $error }
build-not-rendered = le contenu comporte des erreurs ; rien n'a été généré
build-no-programme = data/programme.yaml n'a pas pu être lu
build-theme-failed = chargement du thème
build-render-failed = génération du site
build-leak = une adresse e-mail privée apparaît dans { $file } (et { $more ->
        [one] { $more } autre fichier
       *[other] { $more } autres fichiers
    }) ; la génération est refusée et le site précédent est conservé
build-done = { $pages ->
        [one] { $pages } page générée
       *[other] { $pages } pages générées
    }, { $files ->
        [one] { $files } fichier
       *[other] { $files } fichiers
    }, en { $seconds } s dans { $dir } ; images : { $processed } traitées, { $cached } reprises du cache
cms-not-written = le contenu comporte des erreurs ; l'éditeur n'a pas été écrit
cms-no-editing = data/programme.yaml n'a pas de bloc `editing:` (backend, repo, branch) ; ajoutez-en un, ou passez --proxy pour un decap-server local
cms-written = éditeur en ligne écrit (Decap CMS { $version }, { $files } fichiers) dans { $dir }
schema-failed = écriture des schémas
schema-written = { $count } schémas écrits dans { $dir }
init-not-empty = { $dir } n'est pas vide : wijk init n'écrit un nouveau dépôt que dans un dossier vide
init-failed = écriture du nouveau dépôt dans { $dir }
init-written = nouveau programme écrit dans { $dir } ({ $count } fichiers) ; ensuite : cd dans ce dossier, git init, wijk serve
init-language = wijk init connaît les communes et les thèmes en français et en néerlandais seulement, pas en `{ $lang }` : indiquez --lang fr, nl ou fr,nl
init-language-twice = la langue `{ $lang }` est donnée deux fois dans --lang
init-example-languages = le programme d'exemple est en français et en néerlandais, le français d'abord : indiquez --lang fr,nl (ou pas de --lang) avec --example
lang-one = --lang prend ici une seule langue, pas { $list } (une liste de langues est pour wijk init)
serve-failed = serveur
serve-url = site servi sur { $url }
serve-watching = { $how ->
        [polling] interrogation régulière de
       *[watching] surveillance de
    } content/, data/ et themes/ ; Ctrl-C pour arrêter
serve-editor = éditeur dans le navigateur : { $url }/admin/ (enregistre via un decap-server en mode git sur { $proxy } ; voir docs/editing.md)
serve-changed = modifié : { $path }
serve-built = { $what ->
        [ready] prêt
       *[updated] mis à jour
    } : { $pages } pages, chacune générée à sa première demande ({ $ms } ms)
serve-not-built = le site n'a pas été généré ; le navigateur affiche les problèmes jusqu'à leur correction
serve-no-browser = avertissement : impossible d'ouvrir un navigateur ({ $error }) ; ouvrez { $url } vous-même
serve-page-failed = la génération de la page a échoué : { $detail }
serve-problems-title = wijk : { $count ->
        [one] { $count } problème
       *[other] { $count } problèmes
    }
serve-problems-heading = Le site n'a pas été généré : { $count ->
        [one] { $count } problème
       *[other] { $count } problèmes
    }
serve-problems-hint = Corrigez les fichiers ci-dessous et enregistrez : cette page se recharge d'elle-même.
notify-none = aucune notification : aucun dossier n'a été déposé, modifié ou achevé
notify-no-programme = la révision `{ $rev }` n'a pas de data/programme.yaml
revision-shallow = la révision `{ $rev }` n'est pas dans ce clone : son historique est partiel, coupé après les derniers commits. Récupérez tout l'historique avec `git fetch --unshallow` ; dans GitHub Actions, donnez `fetch-depth: 0` à actions/checkout (GitLab : `GIT_DEPTH: 0`).
notify-content-errors = le contenu à { $rev } comporte { $errors ->
        [one] { $errors } erreur
       *[other] { $errors } erreurs
    } : rien n'a été envoyé
notify-worktree-errors = le contenu de la copie de travail comporte { $errors ->
        [one] { $errors } erreur
       *[other] { $errors } erreurs
    } : rien n'a été envoyé
notify-sent = envoyé          { $what }
notify-already-sent = déjà envoyé     { $what }
notify-failed = non remis       { $what } : { $why }
notify-not-attempted = non tenté       { $what } : le serveur est injoignable ou ne répond pas
notify-summary = { $sent ->
        [one] { $sent } envoyé
       *[other] { $sent } envoyés
    }, { $before ->
        [one] { $before } déjà envoyé
       *[other] { $before } déjà envoyés
    }, { $missing ->
        [one] { $missing } non remis
       *[other] { $missing } non remis
    }
notify-undelivered = { $missing ->
        [one] { $missing } message non remis
       *[other] { $missing } messages non remis
    } ; relancez avec le même --ledger pour remettre exactement ceux-là
smtp-ca-unreadable = WIJK_SMTP_CA : impossible de lire { $path } ({ $error }) ; la variable doit désigner un fichier PEM contenant le certificat de l'autorité de certification du relais de courrier
smtp-ca-empty = WIJK_SMTP_CA : { $path } ne contient aucun certificat ; il doit s'agir d'un fichier PEM avec au moins un bloc « -----BEGIN CERTIFICATE----- »
smtp-ca-invalid = WIJK_SMTP_CA : { $path } contient un certificat inutilisable ({ $error }) ; exportez à nouveau l'autorité de certification au format PEM
new-invalid-id = `{ $id }` n'est pas un identifiant valide : utilisez des minuscules, des chiffres et des tirets, p. ex. potager-collectif
new-exists = { $path } existe déjà
new-unknown-district = quartier inconnu `{ $id }` : { $path } n'existe pas
new-unreadable = { $path } comporte des erreurs ; lancez `wijk check` et corrigez-les d'abord
new-no-dossier = le quartier `{ $id }` n'a pas de dossier : ajoutez d'abord un dossier pour une édition dans son district.md
new-no-edition = data/programme.yaml n'a pas d'édition : ajoutez-en une sous `editions:` d'abord
new-no-commune = data/communes.yaml ne contient aucune commune : ajoutez-en une d'abord
new-no-programme = data/programme.yaml comporte des erreurs ; lancez `wijk check` et corrigez-les d'abord
new-io = impossible d'écrire { $path } : { $error }


## wijk diff: what a change means for the programme (a pull-request comment)

diff-nothing = Rien n'a changé pour le programme : seulement la mise en forme, des commentaires ou des fichiers que wijk ne lit pas.
diff-title = Ce que ce changement signifie pour le programme
diff-compared = Comparaison de { $since } à { $until }.
diff-working-tree = la copie de travail
diff-before-unreadable = Le programme ne pouvait pas être lu avant ce changement : tout ce qui suit est nouveau.
diff-after-unreadable = Le programme ne peut pas être lu après ce changement : corrigez d'abord les erreurs ci-dessous ; rien d'autre n'a pu être comparé.
diff-data = Fichiers de données (ils concernent tous les quartiers)
diff-programme = { $field ->
        [name] Nom du programme modifié
        [call] Nom de l'appel à projets modifié
        [languages] Langues du programme modifiées
        [base_url] Adresse du site modifiée
        [licence] Licence des données ouvertes modifiée
       *[from] Expéditeur des notifications modifié
    }
diff-edition-added = Nouvelle édition { $edition } : dépôt jusqu'au { $deadline }, fonds de démarrage jusqu'à { $start_fund }, subvention jusqu'à { $grant }
diff-edition-removed = Édition { $edition } retirée
diff-deadline-changed = Date limite de dépôt de l'édition { $edition } : { $before } → { $after }
diff-cap-changed = { $cap ->
        [grant] Plafond de la subvention
       *[start-fund] Plafond du fonds de démarrage
    } de l'édition { $edition } : { $before } → { $after }
diff-entry = { $list ->
        [categories] Catégorie de dépenses
        [themes] Thème
        [communes] Commune
       *[reviewers] Membre du comité de pilotage
    } `{ $id }` : { $change ->
        [added] ajout
        [removed] suppression
       *[changed] modification
    }
diff-introduced = { $count ->
        [one] Problème introduit par ce changement
       *[other] { $count } problèmes introduits par ce changement
    }
diff-fixed = { $count ->
        [one] Problème corrigé par ce changement
       *[other] { $count } problèmes corrigés par ce changement
    }
diff-experts = Experts et coachs
diff-meetings = Rencontres
diff-pages = Pages
diff-item = { $change ->
        [added] ajout
        [removed] suppression
        [renamed] nouvel identifiant (ancien : { $from })
        [unreadable] ne peut plus être lu (voir les problèmes introduits)
       *[changed] modification
    }
diff-more = … et { $count ->
        [one] 1 autre changement non affiché
       *[other] { $count } autres changements non affichés
    } (taille maximale d'un commentaire atteinte) : `wijk diff --format json` les donne tous.
diff-district = { $change ->
        [added] Nouveau quartier.
        [removed] Quartier supprimé.
        [renamed] Nouvel identifiant (ancien : { $from }).
       *[unreadable] Ce quartier ne peut plus être lu : voir les problèmes introduits.
    }
diff-field = { $field ->
        [name] nom
        [commune] commune
        [closed] fin des activités
        [aliases] anciennes adresses
        [coach] coach
        [steering_group] comité d'habitants
        [themes] thèmes
        [location] emplacement
        [description] description du lieu
        [translations] traductions
        [title] titre
        [summary] résumé
        [edition] édition
        [experts] experts
       *[partners] partenaires
    }
diff-fields = Modifié : { $list }
diff-translated = Traduction modifiée : { $list }
diff-translated-list = { $list ->
        [roadmap] feuille de route
        [budget] lignes budgétaires
       *[updates] nouvelles
    } ({ $lang })
diff-edition = Édition { $edition }
diff-dossier = { $change ->
        [added] nouveau dossier
       *[removed] dossier supprimé
    }
diff-status-value = { $status ->
        [preparation] en préparation
        [submitted] feuille de route déposée
        [selected] sélectionné
        [not-selected] non retenu
        [realisation] en réalisation
       *[evaluated] évalué
    }
diff-status = Statut : { $before } → { $after }
diff-requirement = { $req ->
        [submitted-date] la date de dépôt
        [intention-date] la date de la note d'intention
        [place-description] la description du lieu
        [steering-group] un comité d'habitants d'au moins 5 membres
        [coach] un coach
        [projects-with-budget-and-roadmap] au moins un projet avec des lignes de budget, chaque projet avec une feuille de route
        [decision] la décision du comité de pilotage
        [projects-granted] le montant accordé de chaque projet
       *[evaluation] l'évaluation
    }
diff-lacks = Il manque encore : { $list }.
diff-date = { $date ->
        [intention] Date de la note d'intention
        [submitted] Date de dépôt
        [decision] Date de la décision
       *[evaluation] Date de l'évaluation
    } : { $before } → { $after }
diff-start-fund = Fonds de démarrage : accordé { $granted }, dépensé { $spent } (plafond { $cap })
diff-project = { $change ->
        [added] nouveau projet
        [removed] projet supprimé
        [renamed] nouvel identifiant { $id } (ancien : { $from })
        [unreadable] ne peut plus être lu (voir les problèmes introduits)
       *[changed] projet modifié
    }
diff-steps = { $count ->
        [one] 1 étape dans sa feuille de route
       *[other] { $count } étapes dans sa feuille de route
    }
diff-budget-lines = Lignes de budget modifiées
diff-step-added = Étape ajoutée : { $step } (échéance : { $due })
diff-step-done = Étape réalisée : { $step } (le { $done })
diff-step-removed = Étape supprimée : { $step }
diff-update = Nouvelle mise à jour du { $date } : { $text }
diff-col-project = Projet
diff-col-requested = Demandé
diff-col-granted = Accordé
diff-col-spent = Dépensé
diff-col-total = Total du quartier
diff-against-cap = Total demandé pour l'édition { $edition } : { $total } sur { $cap }.
diff-against-track-cap = Total demandé pour l'édition { $edition }, volet { $track } : { $total } sur { $cap }.
diff-over-cap = Dépassement du plafond : { $over }.
phase-intention-not-asked = l'appel { $year } ne demande pas de note d'intention
    .help = retirez `intention:` de ce dossier, ou ajoutez `intention_deadline:` à l'édition { $year } dans data/programme.yaml si l'appel en demande une
diff-edition-added-no-start-fund = Nouvelle édition { $edition } : dépôt jusqu'au { $deadline }, sans fonds de démarrage, subvention jusqu'à { $grant }
diff-no-start-fund = sans fonds de démarrage

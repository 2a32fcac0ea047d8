# De berichten van wijk in het Nederlands. Eén bericht per id; `.help` is de hulpregel eronder.
# Elke id en elke variabele bestaat ook in en.ftl en fr.ftl (tests/i18n_messages.rs controleert het).

## Labels en samenvatting

label-error = fout
label-warning = waarschuwing
label-help = tip
summary-clean = geen problemen gevonden
summary = { $errors ->
        [one] { $errors } fout
       *[other] { $errors } fouten
    } en { $warnings ->
        [one] { $warnings } waarschuwing
       *[other] { $warnings } waarschuwingen
    }
did-you-mean = bedoelde u `{ $suggestion }`?
one-of = mogelijke waarden: { $list }

## Bestanden

file-front-matter-missing = het bestand begint niet met een kopblok `---`
file-front-matter-unclosed = het kopblok wordt niet afgesloten met een regel `---`
file-front-matter =
    .help = een inhoudsbestand begint met `---`, dan de YAML-velden, dan `---`, dan de tekst
file-too-large = het bestand is { $bytes } bytes groot, meer dan de limiet van 1 MiB
    .help = splits de tekst of zet grote media elders
file-encoding = het bestand is geen geldige UTF-8 (regel { $line }, kolom { $column })
    .help = sla het bestand op als UTF-8
file-name-encoding = deze naam is geen geldige UTF-8; het bestand wordt niet gelezen of gepubliceerd
    .help = geef het een naam met alleen UTF-8-tekens
file-unreadable = het bestand kan niet gelezen worden: { $error }
    .help = controleer de toegangsrechten van het bestand
file-not-regular = alleen gewone bestanden worden gelezen (geen apparaat, pipe of socket)
    .help = vervang het door een gewoon bestand
file-symlink = symbolische links worden geweigerd
    .help = vervang de link door een kopie van het bestand: inhoud uit pull requests is niet te vertrouwen

## YAML

yaml-syntax = de YAML is onleesbaar: { $detail }
    .help = controleer het inspringen, de dubbelpunten en de aanhalingstekens rond tekst met `: ` of `#`
yaml-too-large = de YAML is te groot of te diep genest
yaml-colon = deze tekst bevat een dubbelpunt gevolgd door een spatie, wat YAML als een nieuw veld leest: zet de tekst tussen aanhalingstekens
yaml-tab = deze regel springt in met een tab; YAML aanvaardt alleen spaties
yaml-dash = een element van een lijst heeft een spatie na het streepje nodig
yaml-quote = een aanhalingsteken wordt geopend maar niet gesloten
yaml-fix =
    .help = schrijf de regel zo: { $line }
yaml-duplicate-key = `{ $key }` staat er twee keer
    .help = behoud maar één van de twee regels
yaml-value-then-list = `{ $key }` heeft al een waarde op zijn regel (`{ $value }`): de ingesprongen regels eronder kunnen er niet meer bij horen; verwijder `{ $value }`
yaml-quote-inside = een aanhalingsteken binnen een tekst tussen aanhalingstekens beëindigt die tekst te vroeg
yaml-apostrophe-inside = een apostrof binnen een tekst tussen apostrofs beëindigt die tekst te vroeg: zet de tekst tussen dubbele aanhalingstekens
yaml-colon-space = er ontbreekt een spatie na de dubbelpunt van `{ $key }`
yaml-indicator = in YAML kan een waarde niet met `{ $char }` beginnen: zet de tekst tussen aanhalingstekens
yaml-hash = een `#` na een spatie begint een commentaar en de rest van de regel wordt genegeerd: zet de tekst tussen aanhalingstekens
yaml-decimal-comma = `{ $value }` is geschreven met een decimale komma; in YAML schrijft u een getal met een punt
yaml-comma-list = een lijst schrijft u tussen vierkante haken, met komma's tussen de elementen, of één element per regel die met `- ` begint

## Vorm van de gegevens

schema-unknown-field = onbekend veld `{ $field }`
    .help = de mogelijke velden hier: { $list }
schema-missing-field = het veld `{ $field }` ontbreekt
    .help = voeg `{ $field }:` toe met zijn waarde
schema-invalid-scalar = { $kind ->
        [bool] deze waarde moet true of false zijn
        [int] deze waarde moet een geheel getal zijn
       *[number] deze waarde moet een getal zijn
    }
    .help = { $kind ->
        [bool] schrijf true (ja) of false (nee), zonder aanhalingstekens
        [int] schrijf alleen cijfers, bv. 6
       *[number] schrijf een getal zoals 50.85, met een punt voor de decimalen
    }
schema-invalid-type = verwacht: { $expected }; gevonden: { $found }
schema-unknown-variant = onbekende waarde `{ $value }`
schema-quote-text = `{ $value }` wordt gelezen als een getal of een ja/nee-waarde, maar dit veld bevat een tekst
    .help = zet de tekst tussen aanhalingstekens: "{ $value }"
schema-null = dit veld heeft geen waarde
    .help = schrijf de waarde na het dubbelpunt, of verwijder de regel
schema-unexpected = { $kind ->
        [list] hier wordt een lijst verwacht: één element per regel, telkens beginnend met `- `
        [map] hier worden velden verwacht, geschreven als `naam: waarde`
       *[text] hier wordt een tekst verwacht
    }
schema-stray-file = dit Markdown-bestand staat niet op een plaats die de structuur van de site kent
    .help = wijken horen in content/districts/<id>/, experts in content/experts/, ontmoetingen in content/meetings/, pagina's in content/pages/
schema-empty = `{ $field }` is leeg
schema-name-lines = een naam moet op één regel passen
schema-not-email = `{ $value }` is geen e-mailadres
schema-not-date = `{ $field }` is geen datum: `{ $value }`
    .help = schrijf datums als JJJJ-MM-DD, bv. 2024-05-28
schema-not-money = `{ $field }` is geen bedrag in euro: { $value }
    .help = schrijf een gewoon getal zoals 400 of 1234.5 (decimale punt, zonder spatie of €-teken)
schema-money-text = `{ $value }` is geen bedrag dat YAML kan lezen: schrijf een bedrag als een gewoon getal, met een decimale punt, zonder spatie, aanhalingstekens of €-teken
schema-not-date-fix =
    .help = datums schrijft u als JJJJ-MM-DD: { $date }
id-invalid-fix =
    .help = een id bestaat alleen uit letters a-z zonder accent, cijfers en streepjes: `{ $id }`
schema-location = de positie ({ $lat }, { $lon }) is geen breedte- en lengtegraad
    .help = bv. location: {"{"}lat: 50.8105, lon: 4.3228{"}"}
schema-outcome = de beslissing `{ $outcome }` is noch `selected` noch `not-selected`
schema-role = de rol `{ $role }` is noch `expert` noch `coach`
schema-partner-kind = het soort partner `{ $kind }` is niet een van: { $list }
schema-summary-long = de samenvatting telt { $count } tekens, meer dan { $max }
    .help = houd het bij één korte alinea; details horen in de tekst zelf
schema-from = `from` is geen adres: `{ $value }`
    .help = schrijf `Naam <adres@example.org>` of alleen een adres
config-url = `{ $field }` { $problem ->
        [not-https] moet met https:// beginnen (http:// alleen voor 127.0.0.1, localhost of [::1]):
        [credentials] bevat een gebruikersnaam of een wachtwoord:
        [query] bevat een query (?) of een fragment (#):
       *[not-absolute] is geen volledig webadres:
    } `{ $value }`
    .help = { $problem ->
        [credentials] wachtwoorden en tokens horen in de geheimen van de CI, nooit in de repository; schrijf alleen het adres, bv. https://auth.example.org
        [query] schrijf het adres zonder wat na ? of # komt, bv. https://auth.example.org
       *[other] schrijf het volledige adres, beginnend met https://, bv. https://auth.example.org
    }
config-repo = `repo` heeft niet de vorm `eigenaar/naam`: `{ $value }`
    .help = de eigenaar telt hoogstens 39 letters, cijfers en streepjes (niet vooraan), de naam hoogstens 100 letters, cijfers, punten, streepjes en onderstrepingstekens; bv. repo: mijn-organisatie/inhoud
config-endpoint = `auth_endpoint` is geen pad op de aanmeldserver: `{ $value }`
    .help = schrijf een pad zoals auth of api/auth: letters, cijfers en - . _ ~ /, zonder ..
schema-editing-backend = onbekende bewerkingsdienst `{ $backend }`
schema-editing-repo-missing = de bewerkingsdienst `{ $backend }` heeft `repo` nodig
schema-editing-open-authoring = de bewerkingsdienst `{ $backend }` kan de repository niet forken voor wie geen schrijfrechten heeft: `open_authoring: true` werkt alleen met `github`
    .help = verwijder `open_authoring` (de editor vraagt dan toegang tot de repository; anderen stellen hun wijziging voor via een fork op de site van de hosting), of zet de repository op GitHub
schema-editing-review-days = `review_days: { $value }`: de gebruikelijke nakijktijd is een aantal dagen van 1 tot 365
schema-no-language = het programma heeft minstens één taal nodig
    .help = bv. languages: [fr, nl]
schema-label-missing = geen label in het `{ $lang }`
    .help = geef een label voor elke taal van het programma

## Id's

id-invalid = de id van { $what ->
        [theme] het thema
        [commune] de gemeente
        [reviewer] het lid van de stuurgroep
        [track] het spoor
       *[category] de uitgavencategorie
    } `{ $id }` is geen geldige id
    .help = een id bestaat alleen uit kleine letters, cijfers en streepjes
id-invalid-meeting = de bestandsnaam van de ontmoeting `{ $id }` is geen geldige id
    .help = noem het bestand <jjjj-mm-dd>-<naam>.md, bv. 2024-03-14-compost.md
id-invalid-folder = de mapnaam van de wijk `{ $id }` is geen geldige id
id-invalid-theme-folder = de themanaam `{ $id }` is geen geldige id
    .help = noem een map onder themes/ met kleine letters, cijfers en streepjes, bv. `theme: groen` voor themes/groen/
id-invalid-file = de bestandsnaam `{ $id }` is geen geldige id
    .help = gebruik kleine letters, cijfers en streepjes, bv. moestuin-collectief.md
id-duplicate-language = de taal `{ $lang }` staat er twee keer
id-duplicate-edition = de editie { $year } staat er twee keer
id-duplicate-reviewer = het lid van de stuurgroep `{ $id }` staat er twee keer
id-duplicate-dossier = twee dossiers voor de editie { $year }
    .help = een wijk heeft één dossier per editie
id-duplicate-track = het spoor `{ $id }` staat twee keer in de editie { $year }

## Verwijzingen

ref-theme = onbekend thema `{ $theme }`
    .help = de thema's staan in data/themes.yaml: { $list }
ref-commune = onbekende gemeente `{ $commune }`
    .help = de gemeenten staan in data/communes.yaml
ref-district = onbekende wijk `{ $district }`
    .help = de wijken zijn de mappen van content/districts/
ref-district-no-file = de wijk `{ $district }` heeft geen district.md
    .help = een project staat in content/districts/<wijk>/projects/, naast district.md
schema-communes-both = geef `commune` of `communes`, niet allebei
    .help = houd `commune: forest` voor een wijk in één gemeente, of `communes: [uccle, forest]` voor een wijk in meerdere
schema-communes-missing =
    .help = geef de gemeente van de wijk, `commune: forest`, of haar gemeenten, `communes: [uccle, forest]`
id-duplicate-commune = gemeente `{ $commune }` staat twee keer in de lijst
id-invalid-alias = alias `{ $id }` is geen geldige id
ref-district-successor-self = wijk `{ $district }` kan niet haar eigen opvolger zijn
    .help = geef de wijk waarin de groep verdergaat, of laat `successor` weg
ref-alias-district = alias `{ $alias }` is al de id van een wijk
    .help = een alias bewaart het adres van een id die geen wijk meer gebruikt; verwijder hem hier
ref-alias-twice = alias `{ $alias }` is al een alias van wijk `{ $district }`
    .help = een oud adres kan maar naar één wijk leiden; houd de alias bij één van beide
ref-role = `{ $person }` is { $role ->
        [coach] coach
       *[expert] expert
    }, geen { $wanted ->
        [coach] coach
       *[expert] expert
    }
    .help = zet `role: { $wanted }` in content/experts/{ $person }.md of kies een andere persoon
ref-person = geen { $role ->
        [coach] coach
       *[expert] expert
    } `{ $person }`: content/experts/{ $person }.md bestaat niet
    .help = controleer de id in content/experts/; heeft de persoon nog geen profiel, vraag het programmateam dan om het aan te maken
ref-edition = de editie { $year } staat niet in data/programme.yaml
    .help = edities van het programma: { $list }
ref-edition-no-dossier = de wijk `{ $district }` heeft geen dossier voor de editie { $year }
    .help = voeg het dossier toe aan district.md of geef het project een van de edities van de wijk
ref-track = `{ $track }` is geen spoor van de editie { $year }
    .help = sporen van de editie { $year }: { $list }
ref-track-missing = het dossier voor de editie { $year } noemt geen spoor, maar deze oproep heeft sporen
    .help = voeg `track:` toe met een van deze sporen: { $list }
ref-track-none = de editie { $year } heeft geen sporen: het dossier kan het spoor `{ $track }` niet noemen
    .help = verwijder `track:`, of voeg de sporen van de editie toe aan data/programme.yaml

## Teksten

link-broken = de interne link `{ $link }` leidt naar geen enkel inhoudsbestand
    .help = links vertrekken van de hoofdmap van de inhoud, bv. @/meetings/2024-03-14-compost.md
asset-missing = de afbeelding `{ $image }` bestaat niet
    .help = het pad van een afbeelding vertrekt van het bestand, bv. assets/tuin.jpg naast district.md
asset-not-image = `{ $name }` is geen afbeelding; afbeeldingen zijn JPEG-, PNG- of WebP-bestanden
    .help = link naar een document met [tekst](bestand), niet met ![tekst](bestand)
asset-type-active = `{ $name }`: { $kind }-bestanden worden niet gepubliceerd, een browser zou ze uitvoeren als een pagina van de site
    .help = publiceer het document als pdf, of link naar de pagina waar het staat
asset-type-no-extension = `{ $name }` heeft geen extensie: het type is onbekend, dus het wordt niet gepubliceerd
    .help = geef het bestand de extensie van zijn type: .pdf, .odt, .docx, .csv, .txt…
asset-type-extension = `{ $name }` is een { $kind }-bestand, maar de naam zegt dat niet
    .help = geef het bestand een naam die eindigt op .{ $ext }
asset-type-unknown = `{ $name }` is geen document dat de site publiceert
    .help = publiceer documenten als pdf, OpenDocument (.odt, .ods, .odp, .odg), Word, Excel of PowerPoint (.docx, .xlsx, .pptx), csv of platte tekst (.txt)
asset-external = de afbeelding `{ $image }` wordt van een andere site geladen: die site zou elke lezer van de pagina zien
    .help = zet de afbeelding naast het bestand (als de licentie het toelaat) en schrijf ![tekst](assets/naam.jpg); een link [tekst](https://…) naar de andere site mag wel
asset-absolute =
    .help = het pad van een afbeelding vertrekt van het bestand, bv. assets/tuin.jpg; een pad dat met / begint, wordt niet gezocht
asset-format = afbeelding `{ $name }`: { $detail }
asset-heic =
    .help = exporteer de foto als JPEG (op een telefoon: deel ze als "Meest compatibel", of zet de camera op JPEG)
asset-unsupported =
    .help = zet ze om naar JPEG (foto's) of PNG (tekeningen)
asset-extension =
    .help = geef het bestand de extensie van zijn formaat
asset-too-big =
    .help = verklein ze tot hoogstens 4000 pixels breed voordat u ze toevoegt
asset-corrupt =
    .help = open ze in een beeldbewerker en sla ze opnieuw op
asset-corrupt-pixels = afbeelding `{ $name }`: de pixels kunnen niet gedecodeerd worden: { $detail }
    .help = open ze in een beeldbewerker en exporteer ze opnieuw als JPEG, PNG of WebP; de site wordt alleen gebouwd met afbeeldingen die volledig gedecodeerd kunnen worden
asset-size-large = de afbeelding `{ $name }` is { $mb } MB groot, meer dan 20 MB
    .help = de gepubliceerde kopieën worden verkleind, maar de repository houdt het origineel: verklein ze tot ongeveer 4000 pixels breed
privacy-gps = afbeelding `{ $name }` vermeldt waar ze genomen is (gps-positie): de site publiceert die nooit, maar iedereen kan het origineel uit de repository downloaden
    .help = verwijder de positie voor u de foto toevoegt: zet op een telefoon ‘locatie’ uit bij het delen; op een computer: `exiftool -gps:all= { $name }`
asset-cover-narrow = de coverafbeelding `{ $name }` is { $width } pixels breed, smaller dan de { $shown } pixels waarop ze getoond wordt: ze zal wazig ogen
    .help = gebruik de originele foto, minstens 960 pixels breed
asset-cover-missing =
    .help = het pad van de coverafbeelding vertrekt van het bestand, bv. assets/tuin.jpg naast district.md
a11y-cover-alt = de coverafbeelding `{ $image }` heeft geen alternatieve tekst
    .help = beschrijf wat de afbeelding toont: alt: "Moestuinbakken in de lente"
a11y-alt = de afbeelding `{ $image }` heeft geen alternatieve tekst
    .help = beschrijf de afbeelding tussen de vierkante haken: ![Moestuinbakken in de lente](assets/bakken.jpg)
privacy-email = e-mailadres `{ $address }` in een openbare tekst
    .help = haal het weg; contactgegevens horen in het privéveld `email`
privacy-email-body =
    .help = haal het weg; het adres van een persoon hoort in het privéveld `email` van zijn of haar profiel

## Budget

budget-amount-not-positive = `{ $field }` moet groter zijn dan 0; gevonden: { $value }
    .help = verwijder de regel of vul het echte bedrag in
budget-amount-negative = `{ $field }` mag niet negatief zijn; gevonden: { $value }
budget-amount-decimals = `{ $field }` heeft meer dan twee decimalen: { $value }
    .help = bedragen zijn in euro met hoogstens twee decimalen, bv. 180.5 of 1234.56
budget-category = de uitgavencategorie `{ $category }` bestaat niet in het programma
budget-total = het gevraagde bedrag ({ $requested }) verschilt van de som van de regels ({ $sum })
    .help = zet `requested: { $value }` of verbeter de regels
budget-granted = het toegekende bedrag ({ $granted }) is hoger dan het gevraagde ({ $requested })
budget-overspent = de uitgaven ({ $spent }) zijn hoger dan het toegekende bedrag ({ $granted })
budget-start-fund-cap = het toegekende startfonds ({ $granted }) ligt boven het maximum van { $cap } voor de editie { $year }
    .help = vraag hoogstens { $cap }: dat is het maximum van de oproep van deze editie
budget-start-fund-spent = de uitgaven van het startfonds ({ $spent }) zijn hoger dan het toegekende bedrag ({ $granted })
budget-start-fund-none = de oproep van de editie { $year } heeft geen startfonds
    .help = verwijder `start_fund`, of stel `start_fund_max` in voor deze editie in data/programme.yaml
budget-grant-cap = de wijk `{ $district }` { $what ->
        [granted] kreeg
       *[requested] vraagt
    } in totaal { $total } voor de editie { $year }, boven het maximum van de subsidie van { $cap }
    .help = verlaag het budget van dit project of verplaats het naar een andere editie
budget-grant-cap-track = de wijk `{ $district }` { $what ->
        [granted] kreeg
       *[requested] vraagt
    } in totaal { $total } voor de editie { $year }, boven het maximum van { $cap } van het spoor `{ $track_id }` ({ $track })
    .help = verlaag het budget van dit project, verplaats het naar een andere editie of dien het in bij een ander spoor

## Fasen

phase-status = onbekende status `{ $status }`
phase-deadline = ingediend op { $date }, na de deadline van de editie { $year } ({ $deadline })
    .help = een stappenplan dat te laat is ingediend, wacht op de volgende editie
phase-needs-submitted = de status `{ $status }` van de editie { $year } vraagt een indieningsdatum (`submitted`)
    .help = voeg `submitted: JJJJ-MM-DD` toe aan het dossier
phase-needs-place = de status `{ $status }` van de editie { $year } vraagt een plaatsbeschrijving van de wijk
    .help = beschrijf de wijk in de tekst onder het kopblok
phase-needs-steering-group = de status `{ $status }` van de editie { $year } vraagt een bewonersgroep van minstens { $min } leden; gevonden: { $found }
    .help = deze status vraagt minstens { $min } leden: telt de groep er zoveel, zet hun aantal dan in `steering_group:`; tot dan blijft de status `preparation`
phase-needs-coach = de status `{ $status }` van de editie { $year } vraagt een coach
    .help = voeg `coach: <id van de persoon>` toe
phase-needs-decision = de status `{ $status }` van de editie { $year } vraagt een beslissing (`decision`)
    .help = voeg `decision: {"{"}date: JJJJ-MM-DD, outcome: selected{"}"}` toe
phase-needs-outcome = de status `{ $status }` van de editie { $year } vraagt de beslissing `{ $wanted }`; gevonden: `{ $found }`
phase-needs-granted = de status `{ $status }` van de editie { $year } vraagt een toegekend bedrag (`granted`) voor elk project; `{ $project }` heeft er geen
    .help = zet `budget.granted` volgens de beslissing (0 mag)
phase-needs-evaluation = de status `{ $status }` van de editie { $year } vraagt een evaluatie (`evaluation`)
    .help = voeg `evaluation: {"{"}date: JJJJ-MM-DD, summary: "…"{"}"}` toe
phase-needs-project = de status `{ $status }` van de editie { $year } vraagt minstens één project van die editie
    .help = voeg een projectbestand toe in content/districts/{ $district }/projects/ met `edition: { $year }`
phase-needs-budget-lines = het dossier van de editie { $year } is `{ $status }`: dit project heeft budgetregels nodig
    .help = voeg `budget: {"{"}lines: [{"{"}category: material, label: "…", amount: 100{"}"}]{"}"}` toe
phase-needs-roadmap = het dossier van de editie { $year } is `{ $status }`: dit project heeft een stappenplan van minstens één stap nodig
    .help = voeg `roadmap: [{"{"}step: "…", due: JJJJ-MM-DD{"}"}]` toe
phase-intention-deadline = intentienota van { $date }, na de deadline voor intentienota's van de editie { $year } ({ $deadline })
    .help = de intentienota komt vóór het dossier; een te late nota wacht op de volgende editie
phase-needs-intention = de status `{ $status }` van de editie { $year } vraagt een datum van de intentienota (`intention`): deze oproep vraagt eerst een intentienota
    .help = voeg `intention: JJJJ-MM-DD` toe aan het dossier
phase-needs-budgeted-project = de status `{ $status }` van de editie { $year } vraagt minstens één project met een subsidieaanvraag; geen enkel project hier heeft een budget
    .help = geef één project `budget: {"{"}lines: [{"{"}category: material, label: "…", amount: 100{"}"}]{"}"}`
phase-dates-ahead = het dossier van de editie { $year } staat nog op `preparation` maar heeft { $what ->
        [submitted] een indieningsdatum
        [decision] een beslissing
       *[evaluation] een evaluatie
    }: de status en de datums stemmen niet overeen
    .help = zet `status:` op de stand van het dossier, of verwijder de datum
phase-intention-after-submission = de intentienota van { $intention } valt na de indiening van { $submitted }
phase-intention-deadline-order = de deadline voor intentienota's van de editie { $year } ({ $intention }) valt na de indieningsdeadline ({ $submitted })
    .help = de intentienota komt vóór het dossier: haar deadline is de eerste
phase-decision-before-submission = de beslissing van { $decision } valt vóór de indiening van { $submitted }
phase-evaluation-too-early = de evaluatie van { $evaluation } valt vóór { $what ->
        [decision] de beslissing
       *[submission] de indiening
    } van { $date }
phase-date-order =
    .help = de datums volgen elkaar op: intentienota ≤ indiening ≤ beslissing ≤ evaluatie

## Onwaarschijnlijke datums

date-implausible-early = { $date } ligt vóór de eerste editie van het programma ({ $first })
date-implausible-late = { $date } ligt meer dan een jaar na vandaag (na { $latest })
date-implausible-edition = { $date } ligt jaren vóór de editie van dit project ({ $year })
date-implausible =
    .help = controleer de datum: misschien zijn dag en maand omgewisseld (06/12 is 6 december in België, 12 juni in de Verenigde Staten) of is het jaar als 19xx getypt in plaats van 20xx; schrijf datums als JJJJ-MM-DD
date-implausible-swapped =
    .help = bedoelde u { $guess } (`{ $iso }`)? Dag en maand lijken omgewisseld; schrijf datums als JJJJ-MM-DD
date-implausible-century =
    .help = bedoelde u { $guess } (`{ $iso }`)? Het jaar lijkt als 19xx getypt in plaats van 20xx; schrijf datums als JJJJ-MM-DD
date-implausible-both =
    .help = bedoelde u { $guess } (`{ $iso }`)? Dag en maand lijken omgewisseld en het jaar als 19xx getypt in plaats van 20xx; schrijf datums als JJJJ-MM-DD

## Talen

i18n-language-unknown = de taal `{ $lang }` is geen van de talen van het programma ({ $list })
    .help = de talen staan in data/programme.yaml
i18n-language-code = `{ $value }` is geen taalcode
    .help = gebruik codes van twee letters zoals fr, nl, en
i18n-label-language = label in het `{ $lang }`, een taal die het programma niet heeft
i18n-translation-language = vertaling in het `{ $lang }`, een taal die het programma niet heeft
    .help = het achtervoegsel van een vertaling is een van de talen van het programma: <id>.<taal>.md
i18n-translation-field = `{ $field }` wordt niet vertaald; een vertaling bevat alleen `title`, `summary`, `cover.alt`, de teksten van lijsten en de tekst
    .help = houd alle andere velden alleen in het originele bestand
i18n-translation-name =
    .help = de naam van een wijk in deze taal is de `title` van haar vertaling: schrijf in de plaats `title:`
i18n-cover-orphan = `cover.alt` vertaalt een coverafbeelding die het origineel niet heeft
    .help = zet de coverafbeelding eerst in het originele bestand
i18n-cover-shape = de `cover` van een vertaling bevat alleen `alt`
    .help = bv. cover: {"{"}alt: "De kweekbakken in de lente"{"}"}
i18n-cover-field =
    .help = de afbeelding is die van het origineel; houd `cover.src` alleen in het originele bestand
i18n-list-shape = in een vertaling is `{ $list }` een lijst van items, elk met zijn tekst `{ $key }`
    .help = bv. roadmap: [{"{"}step: "Plantdag"{"}"}], één item per item van het origineel, in dezelfde volgorde
i18n-list-count = `{ $list }` telt hier { $given ->
        [one] { $given } item
       *[other] { $given } items
    }, het origineel telt er { $original }
    .help = vertaal elk item van het origineel, in dezelfde volgorde; of laat de lijst weg om die van het origineel te tonen
i18n-list-date = dit nieuwsbericht is gedateerd op { $date }, het item van het origineel op deze plaats op { $original }
    .help = de items volgen de volgorde van het origineel; een datum, als die er staat, is die van het origineel: neem ze over of laat ze weg
i18n-list-edition = het origineel heeft geen evaluatiesamenvatting voor editie { $edition }
    .help = vertaal de `evaluation.summary` van een dossier in district.md, aangeduid met zijn `edition`
i18n-list-field =
    .help = alleen de teksten van een lijst worden vertaald (step, label, text, summary); datums, bedragen en categorieën blijven in het origineel
i18n-translation-orphan = vertaling zonder origineel: { $path } bestaat niet
    .help = een vertaling <id>.<taal>.md staat naast haar origineel <id>.md
i18n-translation-same = het origineel is al in het `{ $lang }`
    .help = geef het bestand de naam van de taal waarin het geschreven is

## Kaart en grenzen

geo-not-collection = het bestand is geen GeoJSON-FeatureCollection (`"type": "FeatureCollection"`)
geo-features = `features` moet een lijst van features zijn
geo-duplicate = de gemeente `{ $id }` heeft twee features (de eerste op regel { $line })
geo-feature-type = elke feature heeft `"type": "Feature"` nodig
geo-no-id = de feature heeft geen `properties.id` (de id van de gemeente)
geo-bad-id = `properties.id` moet een id van een gemeente zijn (kleine letters, cijfers en streepjes)
geo-no-geometry = de gemeente `{ $id }` heeft geen geometrie
geo-no-coordinates = de geometrie heeft geen `coordinates`
geo-geometry-type = de geometrie moet een Polygon of een MultiPolygon zijn
geo-expected-array = hier wordt een lijst van { $what ->
        [polygons] polygonen
        [rings] ringen
       *[positions] posities
    } verwacht
geo-empty-array = minstens één element verwacht in de lijst van { $what ->
        [polygons] polygonen
        [rings] ringen
       *[positions] posities
    }, maar ze is leeg
geo-ring-short = een ring heeft minstens 4 posities nodig; deze heeft er { $count }
geo-ring-open = de ring is niet gesloten: de laatste positie moet de eerste herhalen
geo-position = een positie is een lijst [lengtegraad, breedtegraad] van getallen
geo-longitude = de lengtegraad { $value } valt buiten het bereik (-180 tot 180)
geo-latitude = de breedtegraad { $value } valt buiten het bereik (-90 tot 90)
geo-too-large = het bestand is groter dan de limiet van { $mb } MB voor gemeentegrenzen
geo-too-many-positions = het bestand bevat meer dan { $max } posities, boven de limiet voor gemeentegrenzen
geo-too-deep = lijsten of objecten zijn te diep genest
geo-not-json = dit is geen JSON: verwacht { $what }
geo-json =
    .help = vereenvoudig de grenzen (bv. mapshaper -simplify 10%) of controleer de JSON-syntaxis
geo-unknown-commune = `{ $id }` is geen gemeente van data/communes.yaml
    .help = properties.id moet een id van een gemeente uit data/communes.yaml zijn
geo-no-property = de feature heeft geen `properties.{ $key }` die haar gemeente noemt (map.boundaries.match in data/programme.yaml)
geo-unmatched = `{ $value }` (`{ $key }`) noemt geen gemeente van data/communes.yaml
    .help = de waarde moet de id van een gemeente zijn of een van haar namen in data/communes.yaml; accenten, hoofdletters, spaties en streepjes tellen niet
geo-outside = de positie ({ $lat }, { $lon }) ligt in { $commune }, niet in { $own }
    .help = controleer de coördinaten (de breedtegraad is op de meeste kaarten het eerste getal) of de gemeente
geo-outside-all = de positie ({ $lat }, { $lon }) ligt buiten { $own } en buiten elke gemeente van de kaart
geo-swapped =
    .help = breedte- en lengtegraad lijken omgewisseld: schrijf location: {"{"}lat: …, lon: …{"}"}
schema-contact-email = `email` is geen adres: `{ $value }`
    .help = schrijf één adres, bv. wijken@example.org
schema-phone = `phone` is geen telefoonnummer: `{ $value }`
    .help = schrijf alleen cijfers, spaties en + ( ) - . /, bv. "+32 2 775 75 75"
schema-licence-name = `{ $value }` is geen licentie-id
    .help = schrijf de Open Definition-id van de licentie, bv. name: CC-BY-4.0 (alleen letters, cijfers, - . _)
schema-licence-title = de `title` van de licentie is leeg
schema-tiles = `{ $value }` is geen URL-sjabloon voor tegels
    .help = bv. tiles: "https://tile.openstreetmap.org/{"{"}z{"}"}/{"{"}x{"}"}/{"{"}y{"}"}.png"
schema-attribution = de interactieve kaart heeft de `attribution` van de tegels nodig
    .help = bv. attribution: "© OpenStreetMap-bijdragers"
schema-max-zoom = max_zoom { $zoom } is geen zoomniveau (1 tot 22)
schema-boundaries-match = `map.boundaries.match` moet een eigenschap van de features noemen (bijvoorbeeld `name_fr`)

## Opdrachten

load-no-root = de hoofdmap van de site { $path } bestaat niet of is geen map
load-no-programme = { $path } is geen hoofdmap van een wijk-site: data/programme.yaml ontbreekt
load-io = { $path } kan niet gelezen worden: { $error }
check-write-failed = het rapport schrijven
build-base-url = --base-url moet een http://- of https://-adres zijn, of een pad dat met / begint: `{ $value }`
check-pictures-failed = de afbeeldingen verwerken
cache-refused = de afbeeldingencache kan niet gebruikt worden: { $error }
build-not-rendered = de inhoud bevat fouten; er is niets gegenereerd
build-no-programme = data/programme.yaml kon niet gelezen worden
build-theme-failed = het thema laden
build-render-failed = de site genereren
build-leak = een privé-e-mailadres staat in { $file } (en in { $more ->
        [one] { $more } ander bestand
       *[other] { $more } andere bestanden
    }); de site wordt niet gegenereerd en de vorige blijft staan
build-done = { $pages ->
        [one] { $pages } pagina
       *[other] { $pages } pagina's
    }, { $files ->
        [one] { $files } bestand
       *[other] { $files } bestanden
    } gegenereerd in { $seconds } s in { $dir }; afbeeldingen: { $processed } verwerkt, { $cached } uit de cache
cms-not-written = de inhoud bevat fouten; de editor is niet geschreven
cms-no-editing = data/programme.yaml heeft geen blok `editing:` (backend, repo, branch); voeg er een toe, of geef --proxy op voor een lokale decap-server
cms-written = de browsereditor is geschreven (Decap CMS { $version }, { $files } bestanden) in { $dir }
schema-failed = de schema's schrijven
schema-written = { $count } schema's geschreven in { $dir }
init-not-empty = { $dir } is niet leeg: wijk init schrijft een nieuwe repository alleen in een lege map
init-failed = de nieuwe repository schrijven in { $dir }
init-written = nieuw programma geschreven in { $dir } ({ $count } bestanden); daarna: cd naar die map, git init, wijk serve
init-language = wijk init kent de gemeenten en thema's alleen in het Frans en het Nederlands, niet in `{ $lang }`: geef --lang fr, nl of fr,nl
init-language-twice = de taal `{ $lang }` staat twee keer in --lang
init-example-languages = het voorbeeldprogramma is in het Frans en het Nederlands, het Frans eerst: geef --lang fr,nl (of geen --lang) met --example
lang-one = --lang neemt hier één taal, niet { $list } (een lijst van talen is voor wijk init)
serve-failed = de server
serve-url = de site draait op { $url }
serve-watching = { $how ->
        [polling] content/, data/ en themes/ worden regelmatig nagekeken
       *[watching] content/, data/ en themes/ worden gevolgd
    } op wijzigingen; Ctrl-C om te stoppen
serve-editor = editor in de browser: { $url }/admin/ (bewaart via een decap-server in git-modus op { $proxy }; zie docs/editing.md)
serve-changed = gewijzigd: { $path }
serve-built = { $what ->
        [ready] klaar
       *[updated] bijgewerkt
    }: { $pages } pagina's, elk gegenereerd bij de eerste aanvraag ({ $ms } ms)
serve-not-built = de site is niet gegenereerd; de browser toont de problemen tot ze opgelost zijn
serve-no-browser = waarschuwing: er kan geen browser geopend worden ({ $error }); open { $url } zelf
serve-page-failed = de pagina genereren is mislukt: { $detail }
serve-problems-title = wijk: { $count ->
        [one] { $count } probleem
       *[other] { $count } problemen
    }
serve-problems-heading = De site is niet gegenereerd: { $count ->
        [one] { $count } probleem
       *[other] { $count } problemen
    }
serve-problems-hint = Verbeter de bestanden hieronder en sla ze op: deze pagina laadt vanzelf opnieuw.
notify-none = geen meldingen: geen enkel dossier werd ingediend, gewijzigd of afgerond
notify-no-programme = de revisie `{ $rev }` heeft geen data/programme.yaml
revision-shallow = de revisie `{ $rev }` zit niet in deze kloon: de geschiedenis is onvolledig, afgekapt na de laatste commits. Haal de hele geschiedenis op met `git fetch --unshallow`; geef in GitHub Actions `fetch-depth: 0` aan actions/checkout (GitLab: `GIT_DEPTH: 0`).
notify-content-errors = de inhoud bij { $rev } bevat { $errors ->
        [one] { $errors } fout
       *[other] { $errors } fouten
    }: er is niets verstuurd
notify-worktree-errors = de inhoud van de werkmap bevat { $errors ->
        [one] { $errors } fout
       *[other] { $errors } fouten
    }: er is niets verstuurd
notify-sent = verstuurd       { $what }
notify-already-sent = al verstuurd    { $what }
notify-failed = niet bezorgd    { $what }: { $why }
notify-not-attempted = niet geprobeerd { $what }: de server is onbereikbaar of antwoordt niet
notify-summary = { $sent } verstuurd, { $before } al verstuurd, { $missing } niet bezorgd
notify-undelivered = { $missing ->
        [one] { $missing } bericht niet bezorgd
       *[other] { $missing } berichten niet bezorgd
    }; start opnieuw met dezelfde --ledger om precies die te bezorgen
smtp-ca-unreadable = WIJK_SMTP_CA: { $path } kan niet gelezen worden ({ $error }); de variabele moet een PEM-bestand aanwijzen met het certificaat van de certificaatautoriteit van de mailrelay
smtp-ca-empty = WIJK_SMTP_CA: { $path } bevat geen certificaat; het moet een PEM-bestand zijn met minstens één blok "-----BEGIN CERTIFICATE-----"
smtp-ca-invalid = WIJK_SMTP_CA: { $path } bevat een certificaat dat niet bruikbaar is ({ $error }); exporteer de certificaatautoriteit opnieuw als PEM
new-invalid-id = `{ $id }` is geen geldige id: gebruik kleine letters, cijfers en streepjes, bv. moestuin-collectief
new-exists = { $path } bestaat al
new-unknown-district = onbekende wijk `{ $id }`: { $path } bestaat niet
new-unreadable = { $path } bevat fouten; voer `wijk check` uit en verbeter ze eerst
new-no-dossier = de wijk `{ $id }` heeft geen dossier: voeg eerst een dossier voor een editie toe aan haar district.md
new-no-edition = data/programme.yaml heeft geen editie: voeg er eerst een toe onder `editions:`
new-no-commune = data/communes.yaml bevat geen enkele gemeente: voeg er eerst een toe
new-no-programme = data/programme.yaml bevat fouten; voer `wijk check` uit en verbeter ze eerst
new-io = { $path } kan niet geschreven worden: { $error }


## wijk diff: what a change means for the programme (a pull-request comment)

diff-nothing = Niets veranderd voor het programma: alleen opmaak, commentaar of bestanden die wijk niet leest.
diff-title = Wat deze wijziging betekent voor het programma
diff-compared = Vergelijking van { $since } met { $until }.
diff-working-tree = de werkkopie
diff-before-unreadable = Het programma kon vóór deze wijziging niet gelezen worden: alles hieronder is nieuw.
diff-after-unreadable = Het programma kan na deze wijziging niet gelezen worden: los eerst de fouten hieronder op; verder kon niets vergeleken worden.
diff-data = Gegevensbestanden (die gelden voor alle wijken)
diff-programme = { $field ->
        [name] Naam van het programma gewijzigd
        [call] Naam van de projectoproep gewijzigd
        [languages] Talen van het programma gewijzigd
        [base_url] Adres van de site gewijzigd
        [licence] Licentie van de open data gewijzigd
       *[from] Afzender van de meldingen gewijzigd
    }
diff-edition-added = Nieuwe editie { $edition }: indienen tot { $deadline }, startfonds tot { $start_fund }, subsidie tot { $grant }
diff-edition-removed = Editie { $edition } verwijderd
diff-deadline-changed = Indieningsdatum van editie { $edition }: { $before } → { $after }
diff-cap-changed = { $cap ->
        [grant] Plafond van de subsidie
       *[start-fund] Plafond van het startfonds
    } van editie { $edition }: { $before } → { $after }
diff-entry = { $list ->
        [categories] Uitgavencategorie
        [themes] Thema
        [communes] Gemeente
       *[reviewers] Lid van de stuurgroep
    } `{ $id }`: { $change ->
        [added] toegevoegd
        [removed] verwijderd
       *[changed] gewijzigd
    }
diff-introduced = { $count ->
        [one] Probleem ingevoerd door deze wijziging
       *[other] { $count } problemen ingevoerd door deze wijziging
    }
diff-fixed = { $count ->
        [one] Probleem opgelost door deze wijziging
       *[other] { $count } problemen opgelost door deze wijziging
    }
diff-experts = Experts en coaches
diff-meetings = Ontmoetingen
diff-pages = Pagina's
diff-item = { $change ->
        [added] toegevoegd
        [removed] verwijderd
        [renamed] nieuwe id (vroeger: { $from })
        [unreadable] kan niet meer gelezen worden (zie de ingevoerde problemen)
       *[changed] gewijzigd
    }
diff-more = … en { $count ->
        [one] 1 andere wijziging niet getoond
       *[other] { $count } andere wijzigingen niet getoond
    } (maximale grootte van een reactie bereikt): `wijk diff --format json` geeft ze allemaal.
diff-district = { $change ->
        [added] Nieuwe wijk.
        [removed] Wijk verwijderd.
        [renamed] Nieuwe id (vroeger: { $from }).
       *[unreadable] Deze wijk kan niet meer gelezen worden: zie de ingevoerde problemen.
    }
diff-field = { $field ->
        [name] naam
        [commune] gemeente
        [closed] stopzetting
        [aliases] oude adressen
        [coach] coach
        [steering_group] bewonersgroep
        [themes] thema's
        [location] ligging
        [description] plaatsbeschrijving van de wijk
        [translations] vertalingen
        [title] titel
        [summary] samenvatting
        [edition] editie
        [experts] experts
       *[partners] partners
    }
diff-fields = Gewijzigd: { $list }
diff-translated = Vertaling gewijzigd: { $list }
diff-translated-list = { $list ->
        [roadmap] stappenplan
        [budget] begrotingsposten
       *[updates] nieuws van het project
    } ({ $lang })
diff-edition = Editie { $edition }
diff-dossier = { $change ->
        [added] nieuw dossier
       *[removed] dossier verwijderd
    }
diff-status-value = { $status ->
        [preparation] in voorbereiding
        [submitted] stappenplan ingediend
        [selected] geselecteerd
        [not-selected] niet geselecteerd
        [realisation] in uitvoering
       *[evaluated] geëvalueerd
    }
diff-status = Status: { $before } → { $after }
diff-requirement = { $req ->
        [submitted-date] de indieningsdatum
        [intention-date] de datum van de intentienota
        [place-description] de plaatsbeschrijving van de wijk
        [steering-group] een bewonersgroep van minstens 5 leden
        [coach] een coach
        [projects-with-budget-and-roadmap] minstens één project met budgetlijnen, elk project met een stappenplan
        [decision] de beslissing van de stuurgroep
        [projects-granted] het toegekende bedrag van elk project
       *[evaluation] de evaluatie
    }
diff-lacks = Ontbreekt nog: { $list }.
diff-date = { $date ->
        [intention] Datum van de intentienota
        [submitted] Indieningsdatum
        [decision] Datum van de beslissing
       *[evaluation] Datum van de evaluatie
    }: { $before } → { $after }
diff-start-fund = Startfonds: toegekend { $granted }, uitgegeven { $spent } (plafond { $cap })
diff-project = { $change ->
        [added] nieuw project
        [removed] project verwijderd
        [renamed] nieuwe id { $id } (vroeger: { $from })
        [unreadable] kan niet meer gelezen worden (zie de ingevoerde problemen)
       *[changed] project gewijzigd
    }
diff-steps = { $count ->
        [one] 1 stap in het stappenplan
       *[other] { $count } stappen in het stappenplan
    }
diff-budget-lines = Budgetlijnen gewijzigd
diff-step-added = Stap toegevoegd: { $step } (tegen { $due })
diff-step-done = Stap uitgevoerd: { $step } (op { $done })
diff-step-removed = Stap verwijderd: { $step }
diff-update = Nieuwe stand van zaken van { $date }: { $text }
diff-col-project = Project
diff-col-requested = Gevraagd
diff-col-granted = Toegekend
diff-col-spent = Uitgegeven
diff-col-total = Totaal van de wijk
diff-against-cap = Totaal gevraagd voor editie { $edition }: { $total } van { $cap }.
diff-against-track-cap = Totaal gevraagd voor editie { $edition }, spoor { $track }: { $total } van { $cap }.
diff-over-cap = Boven het plafond: { $over }.
phase-intention-not-asked = de oproep { $year } vraagt geen intentienota
    .help = verwijder `intention:` uit dit dossier, of voeg `intention_deadline:` toe aan de editie { $year } in data/programme.yaml als de oproep er een vraagt
diff-edition-added-no-start-fund = Nieuwe editie { $edition }: indienen tot { $deadline }, zonder startfonds, subsidie tot { $grant }
diff-no-start-fund = zonder startfonds

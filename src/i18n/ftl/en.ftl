# wijk's messages in English. One message per id; `.help` is the help line shown under it.
# Every id and variable here exists in fr.ftl and nl.ftl too (tests/i18n_messages.rs checks it).

## Report labels and summary

label-error = error
label-warning = warning
label-help = help
summary-clean = no problems found
summary = { $errors ->
        [one] 1 error
       *[other] { $errors } errors
    } and { $warnings ->
        [one] 1 warning
       *[other] { $warnings } warnings
    }
did-you-mean = did you mean `{ $suggestion }`?
one-of = one of: { $list }

## Files

file-front-matter-missing = the file does not start with a `---` front matter block
file-front-matter-unclosed = the front matter block is not closed by a `---` line
file-front-matter =
    .help = a content file starts with `---`, then YAML fields, then `---`, then the text
file-too-large = the file is { $bytes } bytes, over the limit of 1 MiB
    .help = split the text or move large media elsewhere
file-encoding = the file is not valid UTF-8 (line { $line }, column { $column })
    .help = save the file as UTF-8
file-name-encoding = this name is not valid UTF-8; the file is not read or published
    .help = rename it with UTF-8 characters only
file-unreadable = cannot read the file: { $error }
    .help = check the file's permissions
file-not-regular = only regular files are read (not a device, pipe or socket)
    .help = replace it by a regular file
file-symlink = symbolic links are refused
    .help = replace the link by a copy of the file; content from pull requests is untrusted

## YAML

yaml-syntax = the YAML cannot be read: { $detail }
    .help = check indentation, colons and quotes around text with `: ` or `#`
yaml-too-large = the YAML is too large or too deeply nested
yaml-colon = this text contains a colon followed by a space, which YAML reads as a new field: put the text in quotes
yaml-tab = this line is indented with a tab; YAML indents with spaces only
yaml-dash = a list item needs a space after its dash
yaml-quote = a quote is opened but not closed
yaml-fix =
    .help = write the line like this: { $line }
yaml-duplicate-key = `{ $key }` is written twice
    .help = keep one of the two lines
yaml-value-then-list = `{ $key }` already has a value on its line (`{ $value }`): the indented lines below it can no longer belong to it; remove `{ $value }`
yaml-quote-inside = a double quote inside a text in double quotes ends the text too early
yaml-apostrophe-inside = an apostrophe inside a text in single quotes ends the text too early: put the text in double quotes
yaml-colon-space = a space is missing after the colon of `{ $key }`
yaml-indicator = in YAML a value cannot start with `{ $char }`: put the text in quotes
yaml-hash = a `#` after a space starts a comment, and the rest of the line is ignored: put the text in quotes
yaml-decimal-comma = `{ $value }` is written with a decimal comma; YAML numbers take a decimal point
yaml-comma-list = a list is written in square brackets, its items separated by commas, or one item per line starting with `- `

## Shape of the data

schema-unknown-field = unknown field `{ $field }`
    .help = the fields here are: { $list }
schema-missing-field = missing field `{ $field }`
    .help = add `{ $field }:` with its value
schema-invalid-scalar = { $kind ->
        [bool] this value must be true or false
        [int] this value must be a whole number
       *[number] this value must be a number
    }
    .help = { $kind ->
        [bool] write true or false, without quotes
        [int] write digits only, e.g. 6
       *[number] write a number such as 50.85, with a point for decimals
    }
schema-invalid-type = expected { $expected }, found { $found }
schema-unknown-variant = unknown value `{ $value }`
schema-quote-text = `{ $value }` is read as a number or a yes/no value, but this field holds a text
    .help = put the text in quotes: "{ $value }"
schema-null = this field has no value
    .help = write the value after the colon, or remove the line
schema-unexpected = { $kind ->
        [list] a list is expected here: one item per line, each starting with `- `
        [map] fields are expected here, written `name: value`
       *[text] a text is expected here
    }
schema-stray-file = this Markdown file is not in a place the site layout knows
    .help = districts go in content/districts/<id>/, experts in content/experts/, meetings in content/meetings/, pages in content/pages/
schema-empty = `{ $field }` is empty
schema-name-lines = a name must be one line
schema-not-email = `{ $value }` is not an e-mail address
schema-not-date = `{ $field }` is not a date: `{ $value }`
    .help = dates are written YYYY-MM-DD, e.g. 2024-05-28
schema-not-money = `{ $field }` is not an amount in euros: { $value }
    .help = write a plain number such as 400 or 1234.5
schema-money-text = `{ $value }` is not an amount YAML can read: write an amount as a plain number, with a decimal point, without spaces, quotes or € sign
schema-not-date-fix =
    .help = dates are written YYYY-MM-DD: { $date }
id-invalid-fix =
    .help = an id holds only letters a-z without accents, digits and dashes: `{ $id }`
schema-location = location ({ $lat }, { $lon }) is not a latitude and longitude
    .help = e.g. location: {"{"}lat: 50.8105, lon: 4.3228{"}"}
schema-outcome = outcome `{ $outcome }` is neither `selected` nor `not-selected`
schema-role = role `{ $role }` is neither `expert` nor `coach`
schema-partner-kind = partner kind `{ $kind }` is not one of { $list }
schema-summary-long = the summary has { $count } characters, more than { $max }
    .help = keep it to one short paragraph; details go in the body
schema-from = `from` is not an address: `{ $value }`
    .help = write `Name <address@example.org>` or a bare address
config-url = `{ $field }` { $problem ->
        [not-https] must start with https:// (http:// only for 127.0.0.1, localhost or [::1]):
        [credentials] holds a user name or a password:
        [query] has a query (?) or a fragment (#):
       *[not-absolute] is not a full web address:
    } `{ $value }`
    .help = { $problem ->
        [credentials] passwords and tokens belong in the CI's secrets, never in the repository; write the address alone, e.g. https://auth.example.org
        [query] write the address without what follows ? or #, e.g. https://auth.example.org
       *[other] write the full address, starting with https://, e.g. https://auth.example.org
    }
config-repo = `repo` is not `owner/name`: `{ $value }`
    .help = the owner has up to 39 letters, digits and dashes (not first), the name up to 100 letters, digits, dots, dashes and underscores; e.g. repo: my-organisation/content
config-endpoint = `auth_endpoint` is not a path on the login server: `{ $value }`
    .help = write a path such as auth or api/auth: letters, digits and - . _ ~ /, without ..
schema-editing-backend = unknown editing backend `{ $backend }`
schema-editing-repo-missing = the `{ $backend }` editing backend needs `repo`
schema-editing-open-authoring = the `{ $backend }` editing backend cannot fork the repository for editors without write access: `open_authoring: true` works with `github` only
    .help = remove `open_authoring` (editors then need access to the repository; others propose their change through a fork on the hosting's site), or move the repository to GitHub
schema-editing-review-days = `review_days: { $value }`: the usual review time is a number of days from 1 to 365
schema-no-language = the programme needs at least one language
    .help = e.g. languages: [fr, nl]
schema-label-missing = no label in `{ $lang }`
    .help = give a label for every language of the programme

## Ids

id-invalid = { $what ->
        [theme] theme
        [commune] commune
        [reviewer] reviewer
        [track] track
       *[category] expense category
    } id `{ $id }` is not a valid id
    .help = ids use lower-case letters, digits and dashes
id-invalid-meeting = meeting file name `{ $id }` is not a valid id
    .help = name it <yyyy-mm-dd>-<slug>.md, e.g. 2024-03-14-compost.md
id-invalid-folder = district folder name `{ $id }` is not a valid id
id-invalid-theme-folder = theme name `{ $id }` is not a valid id
    .help = name a folder under themes/ with lower-case letters, digits and dashes, e.g. `theme: green` for themes/green/
id-invalid-file = file name `{ $id }` is not a valid id
    .help = use lower-case letters, digits and dashes, e.g. potager-collectif.md
id-duplicate-language = language `{ $lang }` is listed twice
id-duplicate-edition = edition { $year } is listed twice
id-duplicate-reviewer = reviewer `{ $id }` is listed twice
id-duplicate-dossier = two dossiers for edition { $year }
    .help = a district has one dossier per edition
id-duplicate-track = track `{ $id }` is listed twice in edition { $year }

## References

ref-theme = unknown theme `{ $theme }`
    .help = themes are listed in data/themes.yaml: { $list }
ref-commune = unknown commune `{ $commune }`
    .help = communes are listed in data/communes.yaml
ref-district = unknown district `{ $district }`
    .help = districts are the folders of content/districts/
ref-district-no-file = district `{ $district }` has no district.md
    .help = a project lives in content/districts/<district>/projects/ next to district.md
schema-communes-both = give either `commune` or `communes`, not both
    .help = keep `commune: forest` for a district in one commune, or `communes: [uccle, forest]` for one in several
schema-communes-missing =
    .help = name the district's commune, `commune: forest`, or its communes, `communes: [uccle, forest]`
id-duplicate-commune = commune `{ $commune }` is listed twice
id-invalid-alias = alias `{ $id }` is not a valid id
ref-district-successor-self = district `{ $district }` cannot be its own successor
    .help = name the district the group went on as, or leave out `successor`
ref-alias-district = alias `{ $alias }` is already the id of a district
    .help = an alias keeps the address of an id no district uses any more; remove it here
ref-alias-twice = alias `{ $alias }` is already an alias of district `{ $district }`
    .help = an old address can lead to one district only; keep the alias on one of them
ref-role = `{ $person }` is { $role ->
        [coach] a coach
       *[expert] an expert
    }, not { $wanted ->
        [coach] a coach
       *[expert] an expert
    }
    .help = set `role: { $wanted }` in content/experts/{ $person }.md or name another person
ref-person = no { $role } `{ $person }`: content/experts/{ $person }.md does not exist
    .help = check the id in content/experts/; if the person has no profile yet, ask the programme's team to create it
ref-edition = edition { $year } is not in data/programme.yaml
    .help = editions of the programme: { $list }
ref-edition-no-dossier = district `{ $district }` has no dossier for edition { $year }
    .help = add the dossier to district.md or set the project's edition to one of the district's
ref-track = `{ $track }` is not a track of edition { $year }
    .help = tracks of edition { $year }: { $list }
ref-track-missing = the dossier for edition { $year } names no track, but that call has tracks
    .help = add `track:` with one of: { $list }
ref-track-none = edition { $year } has no tracks, so the dossier cannot name track `{ $track }`
    .help = remove `track:`, or add the edition's tracks to data/programme.yaml

## Texts

link-broken = internal link `{ $link }` does not lead to a content file
    .help = links are written from the content root, e.g. @/meetings/2024-03-14-compost.md
asset-missing = image `{ $image }` does not exist
    .help = image paths are relative to the file, e.g. assets/garden.jpg next to district.md
asset-not-image = `{ $name }` is not an image; images are JPEG, PNG or WebP files
    .help = link to a document with [text](file), not ![text](file)
asset-type-active = `{ $name }`: { $kind } files are not published, a browser would run them as a page of the site
    .help = publish the document as PDF, or link to the page where it is hosted
asset-type-no-extension = `{ $name }` has no extension: its type is unknown, so it is not published
    .help = give the file the extension of its type: .pdf, .odt, .docx, .csv, .txt…
asset-type-extension = `{ $name }` is a { $kind } file, but its name does not say so
    .help = rename the file so that it ends in .{ $ext }
asset-type-unknown = `{ $name }` is not a document the site publishes
    .help = publish documents as PDF, OpenDocument (.odt, .ods, .odp, .odg), Word, Excel or PowerPoint (.docx, .xlsx, .pptx), CSV or plain text (.txt)
asset-external = image `{ $image }` is loaded from another site: that site would see every reader of the page
    .help = add the picture next to the file (if its licence allows it) and write ![text](assets/name.jpg); a link [text](https://…) to the other site is fine
asset-absolute =
    .help = image paths are relative to the file, e.g. assets/garden.jpg; a path starting with / is not looked for
asset-format = image `{ $name }`: { $detail }
asset-heic =
    .help = export the photo as JPEG (on a phone: share it as "Most compatible", or set the camera to JPEG)
asset-unsupported =
    .help = convert it to JPEG (photos) or PNG (drawings)
asset-extension =
    .help = rename the file with the extension of its format
asset-too-big =
    .help = resize it to at most 4000 pixels wide before adding it
asset-corrupt =
    .help = open it in an image editor and save it again
asset-corrupt-pixels = image `{ $name }`: its pixels do not decode: { $detail }
    .help = open it in an image editor and export it again as JPEG, PNG or WebP; the site is built only from pictures that decode whole
asset-size-large = image `{ $name }` is { $mb } MB, over 20 MB
    .help = published copies are resized, but the repository keeps the original: resize it to about 4000 pixels wide
privacy-gps = picture `{ $name }` records where it was taken (GPS position): the site never publishes it, but anyone can download the original from the repository
    .help = remove the position before adding the photo: on a phone, turn off "location" when sharing it; on a computer, `exiftool -gps:all= { $name }`
asset-cover-narrow = cover `{ $name }` is { $width } pixels wide, narrower than the { $shown } pixels it is shown at: it will look blurred
    .help = use the original photo, at least 960 pixels wide
asset-cover-missing =
    .help = the cover is relative to the file, e.g. assets/garden.jpg next to district.md
a11y-cover-alt = cover `{ $image }` has no alternative text
    .help = describe what the picture shows: alt: "Planters in spring"
a11y-alt = image `{ $image }` has no alternative text
    .help = describe the image between the brackets: ![Planters in spring](assets/planters.jpg)
privacy-email = e-mail address `{ $address }` in public text
    .help = remove it; contact details belong in the private `email` field
privacy-email-body =
    .help = remove it; a person's address belongs in the private `email` field of their profile

## Budget

budget-amount-not-positive = `{ $field }` must be more than 0, found { $value }
    .help = remove the line or give its real amount
budget-amount-negative = `{ $field }` must not be negative, found { $value }
budget-amount-decimals = `{ $field }` has more than two decimals: { $value }
    .help = amounts are in euros with at most two decimals, e.g. 180.5 or 1234.56
budget-category = expense category `{ $category }` is not in the programme
budget-total = requested { $requested } differs from the sum of the lines, { $sum }
    .help = set `requested: { $value }` or correct the lines
budget-granted = granted { $granted } is more than requested { $requested }
budget-overspent = spent { $spent } is more than granted { $granted }
budget-start-fund-cap = start fund granted { $granted } is over the cap of { $cap } for edition { $year }
    .help = ask for at most { $cap }: that is the cap set by this edition's call
budget-start-fund-spent = start fund spent { $spent } is more than granted { $granted }
budget-start-fund-none = the call of edition { $year } has no start fund
    .help = remove `start_fund`, or set `start_fund_max` for this edition in data/programme.yaml
budget-grant-cap = district `{ $district }` { $what ->
        [granted] was granted
       *[requested] requested
    } { $total } in all for edition { $year }, over the grant cap of { $cap }
    .help = lower this project's budget or move it to another edition
budget-grant-cap-track = district `{ $district }` { $what ->
        [granted] was granted
       *[requested] requested
    } { $total } in all for edition { $year }, over the grant cap of { $cap } of track `{ $track_id }` ({ $track })
    .help = lower this project's budget, move it to another edition, or apply in another track

## Phases

phase-status = unknown status `{ $status }`
phase-deadline = submitted on { $date }, after the deadline of edition { $year } ({ $deadline })
    .help = a roadmap submitted late waits for the next edition
phase-needs-submitted = status `{ $status }` of edition { $year } requires a `submitted` date
    .help = add `submitted: YYYY-MM-DD` to the dossier
phase-needs-place = status `{ $status }` of edition { $year } requires a description of the place
    .help = describe the place in the text below the front matter
phase-needs-steering-group = status `{ $status }` of edition { $year } requires a residents' group of at least { $min } members, found { $found }
    .help = this status needs at least { $min } members: once the group has them, write their number in `steering_group:`; until then keep the status `preparation`
phase-needs-coach = status `{ $status }` of edition { $year } requires a coach
    .help = add `coach: <person id>`
phase-needs-decision = status `{ $status }` of edition { $year } requires a `decision`
    .help = add `decision: {"{"}date: YYYY-MM-DD, outcome: selected{"}"}`
phase-needs-outcome = status `{ $status }` of edition { $year } requires the decision outcome `{ $wanted }`, found `{ $found }`
phase-needs-granted = status `{ $status }` of edition { $year } requires `granted` on every project; `{ $project }` has none
    .help = set `budget.granted` from the decision (0 allowed)
phase-needs-evaluation = status `{ $status }` of edition { $year } requires an `evaluation`
    .help = add `evaluation: {"{"}date: YYYY-MM-DD, summary: "…"{"}"}`
phase-needs-project = status `{ $status }` of edition { $year } requires at least one project of that edition
    .help = add a project file in content/districts/{ $district }/projects/ with `edition: { $year }`
phase-needs-budget-lines = the dossier of edition { $year } is `{ $status }`: this project needs budget lines
    .help = add `budget: {"{"}lines: [{"{"}category: material, label: "…", amount: 100{"}"}]{"}"}`
phase-needs-roadmap = the dossier of edition { $year } is `{ $status }`: this project needs a roadmap of at least one step
    .help = add `roadmap: [{"{"}step: "…", due: YYYY-MM-DD{"}"}]`
phase-intention-deadline = intention note on { $date }, after the intention deadline of edition { $year } ({ $deadline })
    .help = the intention note comes before the dossier; a late one waits for the next edition
phase-needs-intention = status `{ $status }` of edition { $year } requires an `intention` date: this call asks for an intention note first
    .help = add `intention: YYYY-MM-DD` to the dossier
phase-needs-budgeted-project = status `{ $status }` of edition { $year } requires at least one project that asks for money; every project here is without budget
    .help = give one project `budget: {"{"}lines: [{"{"}category: material, label: "…", amount: 100{"}"}]{"}"}`
phase-dates-ahead = the dossier of edition { $year } is still `preparation` but has a { $what ->
        [submitted] submission date
        [decision] decision
       *[evaluation] evaluation
    }: the status and the dates disagree
    .help = update `status:` to where the dossier stands, or remove the date
phase-intention-after-submission = intention note on { $intention } is after the submission on { $submitted }
phase-intention-deadline-order = the intention deadline { $intention } of edition { $year } is after its submission deadline { $submitted }
    .help = the intention note comes before the dossier: its deadline is the earlier one
phase-decision-before-submission = decision on { $decision } is before submission on { $submitted }
phase-evaluation-too-early = evaluation on { $evaluation } is before { $what ->
        [decision] the decision
       *[submission] submission
    } on { $date }
phase-date-order =
    .help = dates run in order: intention ≤ submitted ≤ decision ≤ evaluation

## Implausible dates

date-implausible-early = { $date } is before the programme's first edition ({ $first })
date-implausible-late = { $date } is more than a year from now (after { $latest })
date-implausible-edition = { $date } is years before this project's edition ({ $year })
date-implausible =
    .help = check the date: the day and month may be swapped (06/12 is 6 December in Belgium, June 12 in the United States) or the year typed as 19xx for 20xx; dates are written YYYY-MM-DD
date-implausible-swapped =
    .help = did you mean { $guess } (`{ $iso }`)? The day and month look swapped; dates are written YYYY-MM-DD
date-implausible-century =
    .help = did you mean { $guess } (`{ $iso }`)? The year looks typed as 19xx for 20xx; dates are written YYYY-MM-DD
date-implausible-both =
    .help = did you mean { $guess } (`{ $iso }`)? The day and month look swapped and the year typed as 19xx for 20xx; dates are written YYYY-MM-DD

## Languages

i18n-language-unknown = language `{ $lang }` is not one of the programme's ({ $list })
    .help = languages are listed in data/programme.yaml
i18n-language-code = `{ $value }` is not a language code
    .help = use two-letter codes such as fr, nl, en
i18n-label-language = label in `{ $lang }`, a language the programme does not have
i18n-translation-language = translation into `{ $lang }`, a language the programme does not have
    .help = the suffix of a translation is one of the programme's languages: <id>.<lang>.md
i18n-translation-field = `{ $field }` cannot be translated; a translation holds only `title`, `summary`, `cover.alt`, the texts of lists and a body
    .help = keep every other field in the original file only
i18n-translation-name =
    .help = a district's name in this language is the `title` of its translation: write `title:` instead
i18n-cover-orphan = `cover.alt` translates a cover the original does not have
    .help = set the cover in the original file first
i18n-cover-shape = `cover` of a translation is a mapping with only `alt`
    .help = e.g. cover: {"{"}alt: "Planters in spring"{"}"}
i18n-cover-field =
    .help = the picture is the original's; keep `cover.src` in the original file only
i18n-list-shape = `{ $list }` of a translation is a list of items, each with its text `{ $key }`
    .help = e.g. roadmap: [{"{"}step: "Plantdag"{"}"}], one item per item of the original, in its order
i18n-list-count = `{ $list }` has { $given ->
        [one] { $given } item
       *[other] { $given } items
    } here, the original has { $original }
    .help = translate every item of the original, in the same order; or leave the list out to show the original's
i18n-list-date = this update is dated { $date }, the original's item at this place is dated { $original }
    .help = the items follow the original's order; a date, where given, is the original's: copy it or leave it out
i18n-list-edition = the original has no evaluation summary for edition { $edition }
    .help = translate the `evaluation.summary` of a dossier of district.md, named by its `edition`
i18n-list-field =
    .help = only the texts of a list are translated (step, label, text, summary); dates, amounts and categories stay in the original
i18n-translation-orphan = translation without original: { $path } does not exist
    .help = a translation <id>.<lang>.md sits next to its original <id>.md
i18n-translation-same = the original is already in `{ $lang }`
    .help = rename the file with the language it is written in

## Map and boundaries

geo-not-collection = the file is not a GeoJSON FeatureCollection (`"type": "FeatureCollection"`)
geo-features = `features` must be an array of features
geo-duplicate = commune `{ $id }` has two features (the first at line { $line })
geo-feature-type = each feature needs `"type": "Feature"`
geo-no-id = the feature has no `properties.id` (the commune id)
geo-bad-id = `properties.id` must be a commune id (lower-case letters, digits and dashes)
geo-no-geometry = commune `{ $id }` has no geometry
geo-no-coordinates = the geometry has no `coordinates`
geo-geometry-type = the geometry must be a Polygon or a MultiPolygon
geo-expected-array = expected an array of { $what ->
        [polygons] polygons
        [rings] rings
       *[positions] positions
    }
geo-empty-array = expected at least one of { $what ->
        [polygons] polygons
        [rings] rings
       *[positions] positions
    }, found an empty array
geo-ring-short = a ring needs at least 4 positions, this one has { $count }
geo-ring-open = the ring is not closed: its last position must repeat its first
geo-position = a position is an array [longitude, latitude] of numbers
geo-longitude = longitude { $value } is out of range (-180 to 180)
geo-latitude = latitude { $value } is out of range (-90 to 90)
geo-too-large = the file is over the limit of { $mb } MB for boundaries
geo-too-many-positions = the file holds more than { $max } positions, over the limit for boundaries
geo-too-deep = arrays or objects are nested too deep
geo-not-json = this is not JSON: expected { $what }
geo-json =
    .help = simplify the boundaries (e.g. mapshaper -simplify 10%) or check the JSON syntax
geo-unknown-commune = `{ $id }` is not a commune of data/communes.yaml
    .help = properties.id must be a commune id of data/communes.yaml
geo-no-property = the feature has no `properties.{ $key }` naming its commune (map.boundaries.match in data/programme.yaml)
geo-unmatched = `{ $value }` (`{ $key }`) names no commune of data/communes.yaml
    .help = the value must be a commune's id or one of its names in data/communes.yaml; accents, case, spaces and dashes do not count
geo-outside = location ({ $lat }, { $lon }) is in { $commune }, not in { $own }
    .help = check the coordinates (lat is the first number on most maps) or the commune
geo-outside-all = location ({ $lat }, { $lon }) is outside { $own } and every commune of the map
geo-swapped =
    .help = latitude and longitude look swapped: write location: {"{"}lat: …, lon: …{"}"}
schema-contact-email = `email` is not an address: `{ $value }`
    .help = write one address, e.g. quartiers@example.org
schema-phone = `phone` is not a phone number: `{ $value }`
    .help = write digits, spaces and + ( ) - . / only, e.g. "+32 2 775 75 75"
schema-licence-name = `{ $value }` is not a licence id
    .help = write the licence's Open Definition id, e.g. name: CC-BY-4.0 (letters, digits, - . _ only)
schema-licence-title = the licence's `title` is empty
schema-tiles = `{ $value }` is not a tile URL template
    .help = e.g. tiles: "https://tile.openstreetmap.org/{"{"}z{"}"}/{"{"}x{"}"}/{"{"}y{"}"}.png"
schema-attribution = the interactive map needs the tiles' `attribution`
    .help = e.g. attribution: "© OpenStreetMap contributors"
schema-max-zoom = max_zoom { $zoom } is not a zoom level (1 to 22)
schema-boundaries-match = `map.boundaries.match` must name a property of the features (for example `name_fr`)

## Commands

load-no-root = site root { $path } does not exist or is not a directory
load-no-programme = { $path } is not a wijk site root: data/programme.yaml not found
load-io = cannot read { $path }: { $error }
check-write-failed = writing the report
build-base-url = --base-url must be an http:// or https:// address, or a path starting with /: `{ $value }`
check-pictures-failed = processing the pictures
cache-refused = the picture cache cannot be used: { $error }
build-not-rendered = the content has errors; nothing was rendered
build-no-programme = data/programme.yaml could not be read
build-theme-failed = loading the theme
build-render-failed = rendering the site
build-leak = a private e-mail address appears in { $file } (and { $more ->
        [one] 1 other file
       *[other] { $more } other files
    }); the build is refused and the previous site is kept
build-done = built { $pages ->
        [one] 1 page
       *[other] { $pages } pages
    }, { $files ->
        [one] 1 file
       *[other] { $files } files
    } in { $seconds } s into { $dir }; pictures: { $processed } processed, { $cached } from the cache
cms-not-written = the content has errors; the editor was not written
cms-no-editing = data/programme.yaml has no `editing:` block (backend, repo, branch); add one, or pass --proxy for a local decap-server
cms-written = wrote the browser editor (Decap CMS { $version }, { $files } files) into { $dir }
schema-failed = writing the schemas
schema-written = wrote { $count } schemas into { $dir }
init-not-empty = { $dir } is not empty: wijk init writes a new repository into an empty folder only
init-failed = writing the new repository into { $dir }
init-written = wrote a new programme into { $dir } ({ $count } files); next: cd into it, git init, wijk serve
init-language = wijk init knows the communes and themes in French and Dutch only, not `{ $lang }`: give --lang fr, nl or fr,nl
init-language-twice = language `{ $lang }` is given twice in --lang
init-example-languages = the example programme is in French and Dutch, French first: give --lang fr,nl (or no --lang) with --example
lang-one = --lang takes one language here, not { $list } (a list of languages is for wijk init)
serve-failed = serve
serve-url = serving { $url }
serve-watching = { $how ->
        [polling] polling
       *[watching] watching
    } content/, data/ and themes/ for changes; Ctrl-C to stop
serve-editor = browser editor: { $url }/admin/ (saves through a decap-server in git mode at { $proxy }; see docs/editing.md)
serve-changed = changed: { $path }
serve-built = { $what ->
        [ready] ready
       *[updated] updated
    }: { $pages } pages, each rendered when first requested ({ $ms } ms)
serve-not-built = the site was not built; the browser shows the problems until they are fixed
serve-no-browser = warning: cannot open a browser ({ $error }); open { $url } yourself
serve-page-failed = rendering the page failed: { $detail }
serve-problems-title = wijk: { $count ->
        [one] 1 problem
       *[other] { $count } problems
    }
serve-problems-heading = The site was not built: { $count ->
        [one] 1 problem
       *[other] { $count } problems
    }
serve-problems-hint = Fix the files below and save: this page reloads by itself.
notify-none = no notices: no dossier was submitted, changed or completed
notify-no-programme = revision `{ $rev }` has no data/programme.yaml
revision-shallow = revision `{ $rev }` is not in this clone: its history is shallow, cut after the last commits. Fetch the whole history with `git fetch --unshallow`; in GitHub Actions, give actions/checkout `fetch-depth: 0` (GitLab: `GIT_DEPTH: 0`).
notify-content-errors = the content at { $rev } has { $errors ->
        [one] 1 error
       *[other] { $errors } errors
    }: nothing sent
notify-worktree-errors = the content of the working tree has { $errors ->
        [one] 1 error
       *[other] { $errors } errors
    }: nothing sent
notify-sent = sent            { $what }
notify-already-sent = already sent    { $what }
notify-failed = not delivered   { $what }: { $why }
notify-not-attempted = not attempted   { $what }: the server is unreachable or not answering
notify-summary = { $sent } sent, { $before } already sent, { $missing } not delivered
notify-undelivered = { $missing ->
        [one] 1 message not delivered
       *[other] { $missing } messages not delivered
    }; rerun with the same --ledger to deliver exactly those
smtp-ca-unreadable = WIJK_SMTP_CA: cannot read { $path } ({ $error }); it must name a PEM file holding the certificate of the mail relay's certificate authority
smtp-ca-empty = WIJK_SMTP_CA: { $path } holds no certificate; it must be a PEM file with at least one "-----BEGIN CERTIFICATE-----" block
smtp-ca-invalid = WIJK_SMTP_CA: { $path } holds a certificate that cannot be used ({ $error }); export the certificate authority again as PEM
new-invalid-id = `{ $id }` is not a valid id: use lower-case letters, digits and dashes, e.g. potager-collectif
new-exists = { $path } already exists
new-unknown-district = unknown district `{ $id }`: { $path } does not exist
new-unreadable = { $path } has errors; run `wijk check` and fix them first
new-no-dossier = district `{ $id }` has no dossier: add one for an edition to its district.md first
new-no-edition = data/programme.yaml has no edition: add one under `editions:` first
new-no-commune = data/communes.yaml lists no commune: add one first
new-no-programme = data/programme.yaml has errors; run `wijk check` and fix them first
new-io = cannot write { $path }: { $error }


## wijk diff: what a change means for the programme (a pull-request comment)

diff-nothing = Nothing changed for the programme: only layout, comments or files wijk does not read.
diff-title = What this change means for the programme
diff-compared = Compared from { $since } to { $until }.
diff-working-tree = the working tree
diff-before-unreadable = The programme could not be read before this change: everything below is new.
diff-after-unreadable = The programme cannot be read after this change: fix the errors below first; nothing else could be compared.
diff-data = Data files (they concern every district)
diff-programme = { $field ->
        [name] Name of the programme changed
        [call] Name of the call for projects changed
        [languages] Languages of the programme changed
        [base_url] Address of the site changed
        [licence] Licence of the open data changed
       *[from] Sender of the notifications changed
    }
diff-edition-added = New edition { $edition }: submission until { $deadline }, start fund up to { $start_fund }, grant up to { $grant }
diff-edition-removed = Edition { $edition } removed
diff-deadline-changed = Submission deadline of edition { $edition }: { $before } → { $after }
diff-cap-changed = { $cap ->
        [grant] Grant cap
       *[start-fund] Start fund cap
    } of edition { $edition }: { $before } → { $after }
diff-entry = { $list ->
        [categories] Expense category
        [themes] Theme
        [communes] Commune
       *[reviewers] Steering committee member
    } `{ $id }`: { $change ->
        [added] added
        [removed] removed
       *[changed] changed
    }
diff-introduced = { $count ->
        [one] Problem introduced by this change
       *[other] { $count } problems introduced by this change
    }
diff-fixed = { $count ->
        [one] Problem fixed by this change
       *[other] { $count } problems fixed by this change
    }
diff-experts = Experts and coaches
diff-meetings = Meetings
diff-pages = Site pages
diff-item = { $change ->
        [added] added
        [removed] removed
        [renamed] new id (was { $from })
        [unreadable] can no longer be read (see the problems introduced)
       *[changed] changed
    }
diff-more = … and { $count ->
        [one] 1 more change not shown
       *[other] { $count } more changes not shown
    } (a comment's maximum size was reached): `wijk diff --format json` gives them all.
diff-district = { $change ->
        [added] New district.
        [removed] District removed.
        [renamed] New id (was { $from }).
       *[unreadable] This district can no longer be read: see the problems introduced.
    }
diff-field = { $field ->
        [name] name
        [commune] commune
        [closed] end of activities
        [aliases] old addresses
        [coach] coach
        [steering_group] residents' group
        [themes] themes
        [location] location
        [description] place description
        [translations] translations
        [title] title
        [summary] summary
        [edition] edition
        [experts] experts
       *[partners] partner organisations
    }
diff-fields = Changed: { $list }
diff-translated = Translation changed: { $list }
diff-translated-list = { $list ->
        [roadmap] roadmap
        [budget] budget lines
       *[updates] updates
    } ({ $lang })
diff-edition = Edition { $edition }
diff-dossier = { $change ->
        [added] new dossier
       *[removed] dossier removed
    }
diff-status-value = { $status ->
        [preparation] in preparation
        [submitted] roadmap submitted
        [selected] selected
        [not-selected] not selected
        [realisation] in realisation
       *[evaluated] evaluated
    }
diff-status = Status changed: { $before } → { $after }
diff-requirement = { $req ->
        [submitted-date] the submission date
        [intention-date] the date of the intention note
        [place-description] the place description
        [steering-group] a residents' group of at least 5 members
        [coach] a coach
        [projects-with-budget-and-roadmap] at least one project with budget lines, each project with a roadmap
        [decision] the steering committee's decision
        [projects-granted] the amount granted to each project
       *[evaluation] the evaluation
    }
diff-lacks = Still missing: { $list }.
diff-date = { $date ->
        [intention] Intention note date
        [submitted] Submission date
        [decision] Decision date
       *[evaluation] Evaluation date
    }: { $before } → { $after }
diff-start-fund = Start fund: granted { $granted }, spent { $spent } (cap { $cap })
diff-project = { $change ->
        [added] new project
        [removed] project removed
        [renamed] new id { $id } (was { $from })
        [unreadable] can no longer be read (see the problems introduced)
       *[changed] project changed
    }
diff-steps = { $count ->
        [one] 1 step in its roadmap
       *[other] { $count } steps in its roadmap
    }
diff-budget-lines = Budget lines changed
diff-step-added = Step added: { $step } (due { $due })
diff-step-done = Step done: { $step } (on { $done })
diff-step-removed = Step removed: { $step }
diff-update = New update of { $date }: { $text }
diff-col-project = Project name
diff-col-requested = Requested
diff-col-granted = Granted
diff-col-spent = Spent
diff-col-total = District total
diff-against-cap = Total requested for edition { $edition }: { $total } of { $cap }.
diff-against-track-cap = Total requested for edition { $edition }, track { $track }: { $total } of { $cap }.
diff-over-cap = Over the cap by { $over }.
phase-intention-not-asked = the { $year } call does not ask for an intention note
    .help = remove `intention:` from this dossier, or add `intention_deadline:` to edition { $year } in data/programme.yaml if the call asks for one
diff-edition-added-no-start-fund = New edition { $edition }: submission until { $deadline }, no start fund, grant up to { $grant }
diff-no-start-fund = no start fund

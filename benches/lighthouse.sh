#!/usr/bin/env bash
# Lighthouse over the example site as a reader meets it: home, districts, a district, a project
# and a search with a query, on a phone (Lighthouse's mobile emulation) and a desktop, with
# Debian's Chromium. Prints the four category scores per page and, with --write, puts the table
# into docs/performance.md between its "lighthouse" markers. Not part of CI: the scores move
# with the machine's load.
#   benches/lighthouse.sh [--write]
# Needs chromium and node; Lighthouse comes from npm (`npx lighthouse@12`), or set LIGHTHOUSE to
# a lighthouse binary already installed. WIJK names the wijk binary (default: a release build);
# the site's bytes do not depend on how wijk was built.
set -euo pipefail
cd "$(dirname "$0")/.."
write=${1:-}
command -v chromium >/dev/null || { echo "chromium is not installed (apt-get install chromium)"; exit 2; }
lighthouse=${LIGHTHOUSE:-"npx --yes lighthouse@12"}
work=$(mktemp -d)
srv=
trap '[ -n "$srv" ] && kill "$srv" 2>/dev/null; rm -rf "$work"' EXIT
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
base="http://127.0.0.1:$port"
wijk=${WIJK:-}
if [ -z "$wijk" ]; then
  cargo build --release --quiet
  wijk=./target/release/wijk
fi
"$wijk" build --out "$work/site" --base-url "$base" >/dev/null
python3 -m http.server "$port" --bind 127.0.0.1 --directory "$work/site" >/dev/null 2>&1 &
srv=$!
sleep 0.5
district=$(ls "$work/site/fr/districts" | grep -v -e '^page$' -e index.html | head -1)
project=$(ls -d "$work/site/fr/districts/$district"/*/ | head -1 | xargs basename)
pages=(/fr/ /fr/districts/ "/fr/districts/$district/" "/fr/districts/$district/$project/" "/fr/search/?q=compost")
rows=()
for form in mobile desktop; do
  preset=()
  [ "$form" = desktop ] && preset=(--preset=desktop)
  for path in "${pages[@]}"; do
    report="$work/report.json"
    CHROME_PATH=$(command -v chromium) $lighthouse "$base$path" "${preset[@]}" --quiet \
      --output=json --output-path="$report" \
      --chrome-flags="--headless=new --no-sandbox" \
      --only-categories=performance,accessibility,best-practices,seo >/dev/null
    row=$(python3 - "$report" "$form" "$path" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
c = r["categories"]
a = r["audits"]
score = lambda k: round(c[k]["score"] * 100)
print(f"| {sys.argv[3]} | {sys.argv[2]} | {score('performance')} | {score('accessibility')} | "
      f"{score('best-practices')} | {score('seo')} | {a['cumulative-layout-shift']['numericValue']:.3f} |")
PY
)
    echo "$row"
    rows+=("$row")
  done
done
if [ "$write" = --write ]; then
  table=$(printf '%s\n' "| page | form | performance | accessibility | best practices | SEO | CLS |" \
    "|---|---|---:|---:|---:|---:|---:|" "${rows[@]}")
  TABLE="$table" python3 - docs/performance.md <<'PY'
import os, re, sys
path = sys.argv[1]
text = open(path).read()
block = "<!-- lighthouse -->\n" + os.environ["TABLE"] + "\n<!-- /lighthouse -->"
text = re.sub(r"<!-- lighthouse -->.*?<!-- /lighthouse -->", lambda _: block, text, flags=re.S)
open(path, "w").write(text)
PY
fi

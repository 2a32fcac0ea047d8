#!/usr/bin/env python3
"""Rewrite the data/ files of a corpus made by shared/bench/gen_corpus.py into the shapes of SPEC.md.

The generator writes content/ in the contract's format but data/ in an older shape
(`programme:` instead of `name:`, a `categories:` list, per-edition `caps:`, themes and
communes as lists of {id, label}), and its districts lack the `steering_group` that a
submitted dossier requires (a group of at least 5): `steering_group: 5` is added after `coach:`.
Standard library only: the data files are simple enough to rewrite line by line.

  benches/corpus_to_spec.py /tmp/corpus/wijk-1000
"""
import re
import sys
from pathlib import Path


def labels_from_list(path):
    """themes/communes: '- id: x' then '  label: {fr: "A", nl: "B"}' -> 'x: {fr: "A", nl: "B"}'."""
    out, current = [], None
    for line in path.read_text(encoding="utf-8").splitlines():
        m = re.match(r"- id: (\S+)", line)
        if m:
            current = m.group(1)
            continue
        m = re.match(r"\s+label: (\{.*\})", line)
        if m and current:
            out.append(f"{current}: {m.group(1)}")
            current = None
    if out:
        path.write_text("\n".join(out) + "\n", encoding="utf-8")


def programme(path):
    text = path.read_text(encoding="utf-8")
    if "programme:" not in text.splitlines()[:1]:
        return
    lines = text.splitlines()
    out, i = [], 0
    while i < len(lines):
        line = lines[i]
        if line == "programme:":
            fr = lines[i + 1].split(":", 1)[1].strip()
            nl = lines[i + 2].split(":", 1)[1].strip()
            out.append(f'name: {{fr: "{fr}", nl: "{nl}"}}')
            i += 3
            continue
        if line.startswith("from:"):
            out.append(f"notifications: {{from: {line.split(':', 1)[1].strip()}}}")
        elif line == "categories:":
            out.append("expense_categories:")
        elif m := re.match(r"  - \{id: (\S+), fr: ([^,]+), nl: ([^}]+)\}", line):
            out.append(f'  {m.group(1)}: {{fr: "{m.group(2)}", nl: "{m.group(3)}"}}')
        elif m := re.match(r"    caps: \{start_fund: (\d+), grant: (\d+)\}", line):
            out.append(f"    start_fund_max: {m.group(1)}")
            out.append(f"    grant_max: {m.group(2)}")
        else:
            out.append(line)
        i += 1
    head = ["base_url: https://wijken.example.org", "start_fund_max: 400", "grant_max: 15000"]
    path.write_text("\n".join(head + out) + "\n", encoding="utf-8")


def steering_groups(root):
    for path in sorted((root / "content/districts").glob("*/district.md")):
        text = path.read_text(encoding="utf-8")
        if "\nsteering_group:" not in text.split("\n---", 2)[0]:
            text = re.sub(r"(?m)^(coach: .*)$", r"\1\nsteering_group: 5", text, count=1)
            path.write_text(text, encoding="utf-8")


def main():
    root = Path(sys.argv[1])
    steering_groups(root)
    programme(root / "data/programme.yaml")
    labels_from_list(root / "data/themes.yaml")
    labels_from_list(root / "data/communes.yaml")


if __name__ == "__main__":
    main()

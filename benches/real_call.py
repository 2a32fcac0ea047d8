#!/usr/bin/env python3
"""Give a corpus made by shared/bench/gen_corpus.py (after corpus_to_spec.py) the shapes of the
programme's real calls (SPEC.md, "The real call, 2008–2024"), so the bench measures them:

- the last two editions get three grant tracks (3,500 / 15,000 / 30,000), and each of their
  dossiers names the smallest track its projects' requested total fits;
- one district in five lies in two communes (`communes: [a, b]`, the first its own);
- every `<project>.nl.md` translation also carries the Dutch text of the project's roadmap steps,
  budget lines and updates, in the original's order and count (updates with their dates).

Standard library only; the same corpus gives the same bytes.

  benches/real_call.py /tmp/corpus/wijk-1000
"""
import re
import sys
from pathlib import Path

TRACKS = [("small", "Petit projet citoyen", "Klein burgerproject", 3500),
          ("district", "Quartier durable citoyen", "Participatieve duurzame wijk", 15000),
          ("large", "Grand projet", "Groot project", 30000)]


def front_matter(path):
    """(front matter lines, the rest of the file) of a Markdown file opened by `---`."""
    text = path.read_text(encoding="utf-8")
    head, _, rest = text[4:].partition("\n---\n")
    return head.splitlines(), "\n---\n" + rest


def tracked_editions(root):
    """Adds tracks to the last two editions of data/programme.yaml; returns their years."""
    path = root / "data/programme.yaml"
    lines = path.read_text(encoding="utf-8").splitlines()
    editions = [i for i, line in enumerate(lines) if re.match(r"  - \{year: \d+,", line)]
    years = []
    for i in editions[-2:]:
        year = re.match(r"  - \{year: (\d+),", lines[i]).group(1)
        years.append(int(year))
        fields = lines[i].strip()[3:-1].split(", ")
        tracks = [f"      {tid}: {{fr: \"{fr}\", nl: \"{nl}\", grant_max: {cap}}}"
                  for tid, fr, nl, cap in TRACKS]
        lines[i] = "\n".join(["  - " + fields[0]] + ["    " + f for f in fields[1:]]
                             + ["    tracks:"] + tracks)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return years


def asked_by_edition(district_dir):
    """Per edition, the largest of a district's totals a cap is checked against: budget lines,
    requested and granted."""
    totals = {}
    for project in sorted((district_dir / "projects").glob("*.md")):
        if project.name.count(".") > 1:
            continue
        head, _ = front_matter(project)
        edition = next((int(l.split(":")[1]) for l in head if l.startswith("edition:")), None)
        sums = totals.setdefault(edition, [0.0, 0.0, 0.0])
        for line in head:
            if m := re.search(r"amount: ([\d.]+)\}", line):
                sums[0] += float(m.group(1))
            elif m := re.match(r"  (requested|granted): ([\d.]+)$", line):
                sums[1 if m.group(1) == "requested" else 2] += float(m.group(2))
    return {edition: max(sums) for edition, sums in totals.items()}


def districts(root, years, communes):
    for n, path in enumerate(sorted((root / "content/districts").glob("*/district.md"))):
        head, rest = front_matter(path)
        totals = asked_by_edition(path.parent)
        out = []
        for line in head:
            m = re.match(r"commune: (\S+)$", line)
            if m and n % 5 == 0:
                other = next(c for c in communes if c != m.group(1))
                line = f"communes: [{m.group(1)}, {other}]"
            out.append(line)
            m = re.match(r"  - edition: (\d+)$", line)
            if m and int(m.group(1)) in years:
                asked = totals.get(int(m.group(1)), 0.0)
                track = next((t[0] for t in TRACKS if asked <= t[3]), TRACKS[-1][0])
                out.append(f"    track: {track}")
        path.write_text("---\n" + "\n".join(out) + rest, encoding="utf-8")


def list_items(head, key, pattern):
    """The items of a flow-mapped list under `key:` matching pattern, in order."""
    items, inside = [], False
    for line in head:
        if re.match(rf"{key}:\s*$", line):
            inside = True
            continue
        if inside and not line.startswith("  "):
            break
        if inside and (m := re.search(pattern, line)):
            items.append(m)
    return items


def translations(root):
    for path in sorted((root / "content/districts").glob("*/projects/*.nl.md")):
        original, _ = front_matter(path.with_name(path.name.replace(".nl.md", ".md")))
        head, rest = front_matter(path)
        steps = list_items(original, "roadmap", r"step: \"")
        lines = list_items(original, "budget", r"label: \"")
        updates = list_items(original, "updates", r"date: (\d{4}-\d\d-\d\d)")
        if steps:
            head.append("roadmap:")
            head += [f'  - {{step: "Stap {i + 1} (NL)"}}' for i in range(len(steps))]
        if lines:
            head.append("budget:\n  lines:")
            head += [f'    - {{label: "Post {i + 1} (NL)"}}' for i in range(len(lines))]
        if updates:
            head.append("updates:")
            head += [f'  - {{date: {m.group(1)}, text: "Nieuws {i + 1} in het Nederlands."}}'
                     for i, m in enumerate(updates)]
        path.write_text("---\n" + "\n".join(head) + rest, encoding="utf-8")


def main():
    root = Path(sys.argv[1])
    communes = [l.split(":")[0] for l in
                (root / "data/communes.yaml").read_text(encoding="utf-8").splitlines() if ":" in l]
    years = tracked_editions(root)
    districts(root, years, communes)
    translations(root)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Benchmark `wijk check` and `wijk build` on a generated programme.

Generates a corpus with shared/bench/gen_corpus.py (or takes one with --corpus), brings its data
files to the contract's shapes (corpus_to_spec.py), builds the release binary, then runs `check`
and `build` several times and prints, for each: median wall time, median CPU time (user + system),
pages per second and peak RSS.

  benches/bench.py --districts 1000 --projects-per-district 10 --runs 5
  benches/bench.py --corpus /tmp/corpus/wijk-1000 --runs 3

With --serve, it also measures `wijk serve` after a one-file change: it starts the server on the
corpus, listens to its reload events as an open page does, appends a line to one project file
and times the change until the event, and until the project page served holds the new line
(the file is restored afterwards).

With --map-cost, it measures what the map costs instead: the corpus with commune boundaries and
district locations, and a copy without either (no data/communes.geojson, no `location:` lines: no
map is drawn), built alternately, and prints both builds' medians and the difference.

With --translated-lists, it measures what translated lists cost: the corpus, and a copy where
every project's `.nl.md` also translates its roadmap steps, budget labels and updates, built
alternately (the same two medians and their difference).

  benches/bench.py --map-cost --runs 7

Standard library only. Wall time is the whole process; peak RSS is the child's maxrss (os.wait4).
The site is written to a tmpfs (/dev/shm) when there is one, and removed before each build outside
the timing: on ext4, creating files right after deleting tens of thousands costs more kernel time
than rendering them, which would measure the file system rather than wijk.
"""
import argparse
import http.client
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def run_once(cmd):
    """Runs cmd; returns (wall seconds, peak RSS in MB, CPU seconds: user + system)."""
    return run_with_stderr(cmd)[:3]


def run_with_stderr(cmd):
    """run_once, with the standard error of cmd last."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    err = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
    if proc.returncode != 0:
        sys.exit(f"{' '.join(map(str, cmd))} failed with exit {proc.returncode}:\n{err[-2000:]}")
    return wall, usage.ru_maxrss / 1024, usage.ru_utime + usage.ru_stime, err


def count_pages(out):
    return sum(1 for _ in Path(out).rglob("*.html"))


def generate(args, work):
    if args.corpus:
        return Path(args.corpus)
    gen = Path(args.generator)
    if not gen.is_file():
        sys.exit(f"corpus generator not found at {gen}; pass --generator or --corpus")
    corpus = Path(args.keep_corpus or work) / f"wijk-{args.districts}x{args.projects_per_district}"
    subprocess.run([sys.executable, str(gen), "--districts", str(args.districts),
                    "--projects-per-district", str(args.projects_per_district),
                    "--seed", "1", "--out", str(corpus)]
                   + (["--communes-geojson"] if args.communes_geojson else []),
                   check=True, stdout=subprocess.DEVNULL)
    subprocess.run([sys.executable, str(REPO / "benches/corpus_to_spec.py"), str(corpus)], check=True)
    return corpus


def report(name, walls, rss, cpus, count, unit):
    med = statistics.median(walls)
    rate = f"{count / med:,.0f} {unit}/s" if count else ""
    per_page = f", {max(rss) * 1024 / count:.1f} KB/{unit[:-1]}" if count else ""
    print(f"{name:6} median {med:.3f} s (min {min(walls):.3f}, max {max(walls):.3f}) "
          f"CPU {statistics.median(cpus):.3f} s (min {min(cpus):.3f}, max {max(cpus):.3f}) "
          f"{rate}  peak RSS {max(rss):.0f} MB{per_page}")


def without_map(corpus, work):
    """A copy of corpus with no commune boundaries and no district locations: no map."""
    copy = work / f"{corpus.name}-nomap"
    shutil.copytree(corpus, copy)
    (copy / "data/communes.geojson").unlink(missing_ok=True)
    for f in (copy / "content/districts").glob("*/district*.md"):
        text = f.read_text(encoding="utf-8")
        f.write_text("".join(l for l in text.splitlines(keepends=True)
                             if not l.startswith("location:")), encoding="utf-8")
    return copy


def front_matter(text):
    """(front matter lines, body) of a Markdown file, or None without a `---` block."""
    if not text.startswith("---\n"):
        return None
    end = text.find("\n---\n", 4)
    return None if end < 0 else (text[4:end].split("\n"), text[end + 5:])


def dutch_lists(lines):
    """The translation lists of a project's front matter: each step, label and update text, marked."""
    out, section = [], None
    for line in lines:
        stripped = line.strip()
        if not line.startswith(" ") and stripped.endswith(":"):
            section = stripped[:-1]
            if section in ("roadmap", "updates"):
                out.append(line)
            elif section == "budget":
                out += ["budget:", "  lines:"]
            continue
        if not line.startswith(" "):
            section = None
            continue
        for key, wanted in (("step", "roadmap"), ("label", "budget"), ("text", "updates")):
            at = line.find(f"{key}: ")
            if section == wanted and at >= 0 and stripped.startswith("- {"):
                value = line[at + len(key) + 2:].rstrip("}").split(", amount:")[0].split(", due:")[0]
                indent = "    " if wanted == "budget" else "  "
                out.append(f"{indent}- {{{key}: {value.strip()}}}")
    return out


def with_translated_lists(corpus, work):
    """A copy of corpus where every project has a Dutch translation of its roadmap, budget labels
    and updates (added to its `.nl.md`, or a new one)."""
    copy = work / f"{corpus.name}-lists"
    shutil.copytree(corpus, copy)
    for project in copy.glob("content/districts/*/projects/*.md"):
        if project.name.count(".") > 1:
            continue
        parsed = front_matter(project.read_text(encoding="utf-8"))
        lists = dutch_lists(parsed[0]) if parsed else []
        if not lists:
            continue
        nl = project.with_suffix(".nl.md")
        old = front_matter(nl.read_text(encoding="utf-8")) if nl.exists() else None
        head, body = old if old else ([], "Vertaling.\n")
        nl.write_text("---\n" + "\n".join(head + lists) + "\n---\n" + body, encoding="utf-8")
    return copy


def bench_translated_lists(binary, corpus, work, out_dir, runs):
    """Builds the corpus with and without translated lists, alternately; prints the difference."""
    lists = with_translated_lists(corpus, work)
    compare(binary, {"without": corpus, "with": lists}, out_dir, runs, "lists")


def bench_map_cost(binary, corpus, work, out_dir, runs):
    """Builds the corpus with and without the map, alternately; prints both and the difference."""
    plain = without_map(corpus, work)
    compare(binary, {"without": plain, "with": corpus}, out_dir, runs, "map")


def compare(binary, roots, out_dir, runs, what):
    """Builds roots["with"] and roots["without"] alternately; prints both and the difference."""
    out_parent = Path(tempfile.mkdtemp(prefix="wijk-bench-", dir=out_dir))
    out = out_parent / "public"
    results = {"with": ([], [], []), "without": ([], [], [])}
    pages = {}
    for i in range(runs):
        # Alternate which goes first, so that neither always runs on a warmer machine.
        order = [("with", roots["with"]), ("without", roots["without"])]
        for name, root in order if i % 2 == 0 else order[::-1]:
            shutil.rmtree(out_parent, ignore_errors=True)
            w, r, c = run_once([binary, "--root", str(root), "--quiet", "build", "--out", str(out)])
            for acc, v in zip(results[name], (w, r, c)):
                acc.append(v)
            pages[name] = count_pages(out)
    shutil.rmtree(out_parent, ignore_errors=True)
    for name in ("without", "with"):
        walls, rss, cpus = results[name]
        report(name, walls, rss, cpus, pages[name], "pages")
    for label, k in (("wall", 0), ("CPU", 2)):
        a = statistics.median(results["without"][k])
        b = statistics.median(results["with"][k])
        print(f"{what:6} {label}: {b - a:+.3f} s ({(b - a) / a * 100:+.1f} %) over the median without")


PAGES = 100


def bench_serve(binary, corpus, runs):
    """Times `wijk serve` from a one-file change to the reload event and to the page served."""
    district = sorted((corpus / "content/districts").iterdir())[0]
    project = sorted((district / "projects").glob("*.md"))[0]
    page = f"/fr/districts/{district.name}/{project.stem}/"
    original = project.read_text(encoding="utf-8")
    start = time.perf_counter()
    proc = subprocess.Popen([binary, "--root", str(corpus), "--quiet", "serve", "--port", "0"],
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    try:
        line = proc.stdout.readline().decode()
        if "http://" not in line:
            sys.exit(f"wijk serve did not start: {line!r}")
        ready = time.perf_counter() - start
        host, port = line.split("http://")[1].split()[0].rstrip("/").split(":")

        def get(path):
            c = http.client.HTTPConnection(host, int(port), timeout=30)
            c.request("GET", path)
            r = c.getresponse()
            body = r.read().decode(errors="replace")
            c.close()
            return r.status, body

        t = time.perf_counter()
        status, _ = get(page)
        first_page = time.perf_counter() - t
        if status != 200:
            sys.exit(f"{page} answered {status}")
        events = http.client.HTTPConnection(host, int(port), timeout=30)
        events.request("GET", "/__wijk/events")
        stream = events.getresponse()

        def next_version():
            while True:
                line = stream.readline().decode()
                if not line:
                    sys.exit("the reload events ended")
                if line.startswith("data:"):
                    return line[5:].strip()

        # Distinct pages asked one after the other, each rendered on its request.
        others = [f"/fr/districts/{d.name}/{p.stem}/"
                  for d in sorted((corpus / "content/districts").iterdir())[1:PAGES + 1]
                  for p in sorted((d / "projects").glob("*.md"))[:1]]
        t = time.perf_counter()
        for path in others:
            if get(path)[0] != 200:
                sys.exit(f"{path} was not served")
        walk = time.perf_counter() - t

        version = next_version()
        to_event, to_page = [], []
        for i in range(runs):
            marker = f"wijk-bench-change-{i}-{time.time_ns()}"
            t = time.perf_counter()
            project.write_text(f"{original}\n{marker}\n", encoding="utf-8")
            while (v := next_version()) == version:
                pass
            version = v
            to_event.append(time.perf_counter() - t)
            status, body = get(page)
            to_page.append(time.perf_counter() - t)
            if status != 200 or marker not in body:
                sys.exit(f"{page} answered {status} without the change")
            time.sleep(0.3)
        events.close()
    finally:
        project.write_text(original, encoding="utf-8")
        proc.terminate()
        proc.wait()
    ms = lambda xs: f"median {statistics.median(xs) * 1000:.0f} ms (min {min(xs) * 1000:.0f}, max {max(xs) * 1000:.0f})"
    print(f"serve  ready in {ready:.2f} s; first render of {page} {first_page * 1000:.0f} ms")
    print(f"serve  {len(others)} other project pages, each rendered on request: "
          f"{walk * 1000 / len(others):.1f} ms a page")
    print(f"serve  one-file change -> reload event: {ms(to_event)}")
    print(f"serve  one-file change -> page served with the change: {ms(to_page)}")


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--districts", type=int, default=1000)
    p.add_argument("--projects-per-district", type=int, default=10)
    p.add_argument("--runs", type=int, default=5)
    p.add_argument("--keep-corpus", help="generate the corpus into this folder and keep it")
    p.add_argument("--corpus", help="an existing site root instead of generating one")
    p.add_argument("--generator", default=str(REPO.parent / "shared/bench/gen_corpus.py"))
    p.add_argument("--binary", help="a wijk binary to time (default: build target/release/wijk)")
    p.add_argument("--communes-geojson", action="store_true",
                   help="give the corpus commune boundaries and districts inside them (the map)")
    p.add_argument("--translated-lists", action="store_true",
                   help="build with and without Dutch translations of every project's lists, alternately")
    p.add_argument("--map-cost", action="store_true",
                   help="build the corpus with the map and a copy without it, alternately "
                        "(implies --communes-geojson)")
    p.add_argument("--serve", action="store_true",
                   help="also time `wijk serve` after one-file changes (edits the corpus, then restores it)")
    p.add_argument("--out-dir", default="/dev/shm" if os.access("/dev/shm", os.W_OK) else None,
                   help="where the site is written (default: /dev/shm when writable)")
    args = p.parse_args()
    args.communes_geojson = args.communes_geojson or args.map_cost

    if not args.binary:
        subprocess.run(["cargo", "build", "--release", "--quiet"], cwd=REPO, check=True)
        args.binary = str(REPO / "target/release/wijk")
    with tempfile.TemporaryDirectory(prefix="wijk-bench-") as tmp:
        work = Path(tmp)
        corpus = generate(args, work)
        files = sum(1 for f in (corpus / "content").rglob("*") if f.is_file())
        print(f"corpus {corpus.name}: {files} content files; {os.cpu_count()} cores; {args.runs} runs")
        if args.translated_lists:
            bench_translated_lists(args.binary, corpus, work, args.out_dir, args.runs)
            return
        if args.map_cost:
            bench_map_cost(args.binary, corpus, work, args.out_dir, args.runs)
            return
        out_parent = Path(tempfile.mkdtemp(prefix="wijk-bench-", dir=args.out_dir))
        out = out_parent / "public"
        checks, check_rss, check_cpu, builds, build_rss, build_cpu = [], [], [], [], [], []
        for _ in range(args.runs):
            w, r, c = run_once([args.binary, "--root", str(corpus), "check"])
            checks.append(w)
            check_rss.append(r)
            check_cpu.append(c)
            shutil.rmtree(out_parent, ignore_errors=True)
            w, r, c = run_once([args.binary, "--root", str(corpus), "--quiet", "build", "--out", str(out)])
            builds.append(w)
            build_rss.append(r)
            build_cpu.append(c)
        pages = count_pages(out)
        report("check", checks, check_rss, check_cpu, files, "files")
        report("build", builds, build_rss, build_cpu, pages, "pages")
        print(f"build wrote {pages} HTML pages")
        shutil.rmtree(out_parent, ignore_errors=True)
        if args.serve:
            bench_serve(args.binary, corpus, args.runs)


if __name__ == "__main__":
    main()

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

  benches/bench.py --map-cost --runs 7

With --real-call, it builds the corpus and a copy in the shapes of the programme's real calls
(benches/real_call.py: grant tracks, districts in two communes, translated roadmaps, budget lines
and updates) side by side, and with --baseline BINARY also the corpus by an earlier wijk, and
prints the ratios.

  benches/bench.py --real-call --baseline /tmp/wijk-before --runs 5

Standard library only. Wall time is the whole process; peak RSS is the child's maxrss (os.wait4).
The site is written to a tmpfs (/dev/shm) when there is one (--out-dir DIR for a disk), each build
into a new folder, all removed at the end: on ext4, creating files right after deleting tens of
thousands costs more kernel time than rendering them, which would measure the file system rather
than wijk. The size of the output is printed too: files, bytes, and what the file system allocates
for them and their folders (what `du` says).

Several --binary (an earlier build and the current one) are timed in turn within every run, so
that a shared machine's load falls on both alike:

  benches/bench.py --corpus DIR --binary /tmp/wijk-before --binary target/release/wijk --runs 5
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


def output_size(out):
    """(files, bytes of the files, bytes the file system allocates, folders included) of a site."""
    files = size = blocks = 0
    for root, dirs, names in os.walk(out):
        blocks += os.lstat(root).st_blocks * 512
        for name in names:
            st = os.lstat(os.path.join(root, name))
            files += 1
            size += st.st_size
            blocks += st.st_blocks * 512
    return files, size, blocks


def bench_builds(binaries, corpus, out_dir, runs, files):
    """Times `check` and `build` of each binary, runs interleaved; every build writes into a new
    folder (kept until the end: on ext4, files created right after others were deleted cost more
    than rendering them); prints each binary's medians and its output's size."""
    keep = Path(tempfile.mkdtemp(prefix="wijk-bench-", dir=out_dir))
    figures = {b: ([], [], [], [], [], []) for b in binaries}
    try:
        for i in range(runs):
            for n, binary in enumerate(binaries):
                checks, check_rss, check_cpu, builds, build_rss, build_cpu = figures[binary]
                w, r, c = run_once([binary, "--root", str(corpus), "check"])
                checks.append(w)
                check_rss.append(r)
                check_cpu.append(c)
                out = keep / f"{n}-{i}"
                w, r, c = run_once([binary, "--root", str(corpus), "--quiet", "build", "--out", str(out)])
                builds.append(w)
                build_rss.append(r)
                build_cpu.append(c)
        for n, binary in enumerate(binaries):
            checks, check_rss, check_cpu, builds, build_rss, build_cpu = figures[binary]
            out = keep / f"{n}-0"
            pages = count_pages(out)
            print(f"{binary}:")
            report("check", checks, check_rss, check_cpu, files, "files")
            report("build", builds, build_rss, build_cpu, pages, "pages")
            count, size, allocated = output_size(out)
            print(f"build wrote {pages} HTML pages; {count} files, {size / 1e6:.0f} MB, "
                  f"{allocated / 1e6:.0f} MB on disk (folders included)")
    finally:
        shutil.rmtree(keep, ignore_errors=True)


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


def side_by_side(variants, out_dir, runs):
    """Builds each (name, binary, root) of variants in turn, `runs` times, rotating which goes
    first so that none always runs on a warmer machine; prints each and its ratio to the first."""
    out_parent = Path(tempfile.mkdtemp(prefix="wijk-bench-", dir=out_dir))
    out = out_parent / "public"
    results = {name: ([], [], []) for name, _, _ in variants}
    pages = {}
    for i in range(runs):
        for name, binary, root in variants[i % len(variants):] + variants[:i % len(variants)]:
            shutil.rmtree(out_parent, ignore_errors=True)
            w, r, c = run_once([binary, "--root", str(root), "--quiet", "build", "--out", str(out)])
            for acc, v in zip(results[name], (w, r, c)):
                acc.append(v)
            pages[name] = count_pages(out)
    shutil.rmtree(out_parent, ignore_errors=True)
    for name, _, _ in variants:
        walls, rss, cpus = results[name]
        report(name, walls, rss, cpus, pages[name], "pages")
    first = variants[0][0]
    for name, _, _ in variants[1:]:
        for label, k in (("wall", 0), ("CPU", 2)):
            a = statistics.median(results[first][k])
            b = statistics.median(results[name][k])
            print(f"{name} {label}: {b - a:+.3f} s ({(b - a) / a * 100:+.1f} %) over {first}; "
                  f"pages/s ratio {(pages[name] / b) / (pages[first] / a):.3f}")


def bench_map_cost(binary, corpus, work, out_dir, runs):
    """Builds the corpus with and without the map, alternately; prints both and the difference."""
    side_by_side([("without", binary, without_map(corpus, work)), ("with", binary, corpus)],
                 out_dir, runs)


def real_call(corpus, work):
    """A copy of corpus in the real call's shapes (benches/real_call.py)."""
    copy = work / f"{corpus.name}-real-call"
    shutil.copytree(corpus, copy)
    subprocess.run([sys.executable, str(REPO / "benches/real_call.py"), str(copy)], check=True)
    return copy


def bench_real_call(args, corpus, work):
    """The corpus as generated and in the real call's shapes (tracks, districts in two communes,
    translated lists), built side by side; with --baseline, also the generated corpus built by
    an earlier wijk binary."""
    variants = [("plain", args.binary, corpus), ("real-call", args.binary, real_call(corpus, work))]
    if args.baseline:
        variants.insert(0, ("baseline", args.baseline, corpus))
    side_by_side(variants, args.out_dir, args.runs)


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
    p.add_argument("--binary", action="append",
                   help="a wijk binary to time (default: build target/release/wijk); given several "
                        "times, each is timed in turn within every run")
    p.add_argument("--communes-geojson", action="store_true",
                   help="give the corpus commune boundaries and districts inside them (the map)")
    p.add_argument("--map-cost", action="store_true",
                   help="build the corpus with the map and a copy without it, alternately "
                        "(implies --communes-geojson)")
    p.add_argument("--real-call", action="store_true",
                   help="build the corpus and a copy in the real call's shapes (benches/real_call.py) "
                        "side by side")
    p.add_argument("--baseline", help="with --real-call: an earlier wijk binary that also builds the corpus")
    p.add_argument("--serve", action="store_true",
                   help="also time `wijk serve` after one-file changes (edits the corpus, then restores it)")
    p.add_argument("--out-dir", default="/dev/shm" if os.access("/dev/shm", os.W_OK) else None,
                   help="where the site is written (default: /dev/shm when writable)")
    args = p.parse_args()
    args.communes_geojson = args.communes_geojson or args.map_cost

    if not args.binary:
        subprocess.run(["cargo", "build", "--release", "--quiet"], cwd=REPO, check=True)
        args.binary = [str(REPO / "target/release/wijk")]
    binaries, args.binary = args.binary, args.binary[0]
    with tempfile.TemporaryDirectory(prefix="wijk-bench-") as tmp:
        work = Path(tmp)
        corpus = generate(args, work)
        files = sum(1 for f in (corpus / "content").rglob("*") if f.is_file())
        print(f"corpus {corpus.name}: {files} content files; {os.cpu_count()} cores; {args.runs} runs")
        if args.map_cost:
            bench_map_cost(args.binary, corpus, work, args.out_dir, args.runs)
            return
        if args.real_call:
            bench_real_call(args, corpus, work)
            return
        bench_builds(binaries, corpus, args.out_dir, args.runs, files)
        if args.serve:
            bench_serve(args.binary, corpus, args.runs)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Search and list-page figures of a built site, and Pagefind on the same site.

  benches/search.py --corpus /path/to/corpus [--pagefind /path/to/node_modules/.bin/pagefind]

Builds the corpus with the release binary (into /dev/shm when writable), then prints:
- the build's wall time, CPU time and peak RSS, and its pages per second;
- the largest HTML page, and every page over 200 KB;
- the search index: number of files, the largest file gzipped, meta.json and search.js gzipped;
- with --browser, what Chromium downloads (gzipped sizes of the files it fetched) and how long the
  results take for a few queries (benches/search_queries.mjs; needs tests/browser/node_modules);
- with --pagefind, Pagefind's wall time, peak RSS and index size on the same built HTML;
- with --baseline BINARY (the same wijk built without the search index), that binary's build
  figures too, runs interleaved with the others, and what the index adds (medians).

Standard library only (plus node and Chromium for --browser).
"""
import argparse
import gzip
import http.server
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def run(cmd):
    """Runs cmd; returns (wall s, cpu s, peak RSS MB)."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"{' '.join(map(str, cmd))} failed:\n{proc.stderr.read().decode(errors='replace')[-2000:]}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def gz(path):
    return len(gzip.compress(Path(path).read_bytes(), 6))


def serve(root):
    handler = lambda *a, **k: http.server.SimpleHTTPRequestHandler(*a, directory=str(root), **k)
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    http.server.SimpleHTTPRequestHandler.log_message = lambda *a: None
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    return httpd


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--corpus", required=True)
    p.add_argument("--binary", default=str(REPO / "target/release/wijk"))
    p.add_argument("--runs", type=int, default=3)
    p.add_argument("--browser", action="store_true")
    p.add_argument("--pagefind", help="the pagefind binary (npm install pagefind)")
    p.add_argument("--baseline", help="wijk built without the search index, to measure what it adds")
    p.add_argument("--out-dir", default="/dev/shm" if os.access("/dev/shm", os.W_OK) else None,
                   help="where the site is written (default /dev/shm; a folder on disk for disk figures: "
                        "each build then writes a new folder, all removed at the end)")
    args = p.parse_args()

    work = Path(tempfile.mkdtemp(prefix="wijk-search-", dir=args.out_dir))
    # In memory, the site is removed before each build. On disk, each build writes a new folder
    # and all are removed at the end: ext4 does not reuse an inode freed in the last half minute
    # or so, and scanning past tens of thousands of them makes creating files right after
    # removing a site cost more kernel time than the build itself.
    on_disk = not str(work).startswith("/dev/shm")
    out = work / "public"
    try:
        binaries = [args.binary] + ([args.baseline] if args.baseline else [])
        results = {b: [] for b in binaries}
        for n in range(args.runs):
            for k, b in enumerate(reversed(binaries)):
                if on_disk:
                    out = work / f"public-{n}-{k}"
                else:
                    shutil.rmtree(out, ignore_errors=True)
                os.sync()
                results[b].append(run([b, "--root", args.corpus, "--quiet", "build", "--out", str(out)]))
        med = lambda rs, i: statistics.median(r[i] for r in rs)
        pages = list(out.rglob("*.html"))
        for b in binaries:
            rs = results[b]
            name = "build" if b == args.binary else "build without the index"
            print(f"{name}: median of {len(rs)}: wall {med(rs, 0):.2f} s, CPU {med(rs, 1):.2f} s, peak RSS "
                  f"{med(rs, 2):.0f} MB (max {max(r[2] for r in rs):.0f}), {len(pages)} pages, "
                  f"{len(pages) / med(rs, 0):,.0f} pages/s")
        if args.baseline:
            a, b = results[args.binary], results[args.baseline]
            print(f"added by the index (medians): wall {med(a, 0) - med(b, 0):+.2f} s, CPU {med(a, 1) - med(b, 1):+.2f} s, "
                  f"peak RSS {med(a, 2) - med(b, 2):+.0f} MB")
        sizes = sorted(((f.stat().st_size, f) for f in pages), reverse=True)
        print(f"largest page: {sizes[0][0] / 1024:.0f} KB {sizes[0][1].relative_to(out)}")
        over = [f for s, f in sizes if s > 200 * 1024]
        print(f"pages over 200 KB: {len(over)} {' '.join(str(f.relative_to(out)) for f in over[:5])}")
        for lang in sorted(d.name for d in out.iterdir() if (d / "search/meta.json").is_file()):
            idx = out / lang / "search"
            files = [f for f in idx.rglob("*.json")]
            largest = max(files, key=gz)
            total = sum(f.stat().st_size for f in files)
            print(f"index {lang}: {len(files)} files, {total / 1e6:.1f} MB; largest gzipped "
                  f"{gz(largest) / 1024:.0f} KB ({largest.relative_to(out)}); meta.json gzipped "
                  f"{gz(idx / 'meta.json') / 1024:.0f} KB")
        print(f"search.js gzipped: {gz(out / 'static/search.js') / 1024:.1f} KB")
        if args.browser:
            httpd = serve(out)
            url = f"http://127.0.0.1:{httpd.server_address[1]}"
            script = REPO / "benches/search_queries.mjs"
            subprocess.run(["node", str(script), url, str(out)], check=True,
                           env={**os.environ, "NODE_PATH": str(REPO / "tests/browser/node_modules")})
            httpd.shutdown()
        if args.pagefind:
            pf_out = work / "pagefind"
            wall, cpu, rss = run([args.pagefind, "--site", str(out), "--output-path", str(pf_out)])
            files = [f for f in pf_out.rglob("*") if f.is_file()]
            print(f"pagefind: wall {wall:.2f} s, CPU {cpu:.2f} s, peak RSS {rss:.0f} MB, {len(files)} files, "
                  f"{sum(f.stat().st_size for f in files) / 1e6:.1f} MB")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()

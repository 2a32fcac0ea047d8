#!/usr/bin/env python3
"""Benchmark the pictures of `wijk build`: a site showing N phone photos (4000 x 3000 by default).

Makes a few distinct procedural photos with the `photos` example (a garden, with a phone's EXIF
and GPS block), then N files from them, each made unique by a JPEG comment segment: the content
hash differs, so each is processed on its own, with the decoding and resizing work of a real
photo. They are shown in the text of a district of the build-small fixture. Then:

1. a first build with an empty picture cache: wall time, pictures per second, peak RSS;
2. a second build with the same cache: wall time and the counts of its summary line
   (`pictures: 0 processed, N from the cache`).

CPU time (user + system) is printed too: on a machine shared with other work, wall time grows
with the load while CPU time per picture does not.

  benches/pictures.py --photos 1000 --width 4000 --height 3000

The photos, the cache and the site are written to a temporary folder (the site to /dev/shm when
writable) and removed at the end. Standard library only.
"""
import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from bench import REPO, run_with_stderr

DISTRICT = "content/districts/bervoets/district.md"


def unique_copies(base, count, into):
    """Writes photo-0001.jpg … from the base photos, a comment segment after SOI in each."""
    into.mkdir(parents=True)
    photos = [p.read_bytes() for p in base]
    total = 0
    for i in range(count):
        data = photos[i % len(photos)]
        text = f"wijk bench copy {i}".encode()
        segment = b"\xff\xfe" + (len(text) + 2).to_bytes(2, "big") + text
        (into / f"photo-{i + 1:04}.jpg").write_bytes(data[:2] + segment + data[2:])
        total += len(data) + len(segment)
    return total


def counts(stderr):
    m = re.search(r"pictures: (\d+) processed, (\d+) from the cache", stderr)
    if not m:
        sys.exit(f"no pictures summary in the build's output:\n{stderr[-2000:]}")
    return int(m.group(1)), int(m.group(2))


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--photos", type=int, default=1000)
    p.add_argument("--width", type=int, default=4000)
    p.add_argument("--height", type=int, default=3000)
    p.add_argument("--distinct", type=int, default=8, help="distinct photos generated (the rest are copies)")
    p.add_argument("--binary", default=str(REPO / "target/release/wijk"))
    p.add_argument("--out-dir", default="/dev/shm" if os.access("/dev/shm", os.W_OK) else None)
    args = p.parse_args()

    subprocess.run(["cargo", "build", "--release", "--quiet", "--bin", "wijk", "--example", "photos"],
                   cwd=REPO, check=True)
    with tempfile.TemporaryDirectory(prefix="wijk-pictures-") as tmp:
        work = Path(tmp)
        base = work / "base"
        subprocess.run([str(REPO / "target/release/examples/photos"), str(base), str(args.distinct),
                        str(args.width), str(args.height), "85", "1", "--exif"], check=True)
        site = work / "site"
        shutil.copytree(REPO / "tests/fixtures/build-small", site)
        size = unique_copies(sorted(base.iterdir()), args.photos, site / "content/districts/bervoets/assets/bench")
        with open(site / DISTRICT, "a", encoding="utf-8") as f:
            for i in range(args.photos):
                f.write(f"\n![Photo {i + 1}](assets/bench/photo-{i + 1:04}.jpg)\n")
        print(f"{args.photos} photos of {args.width} x {args.height} ({size / 1e6 / args.photos:.1f} MB each, "
              f"{args.distinct} distinct); {os.cpu_count()} cores")
        out_parent = Path(tempfile.mkdtemp(prefix="wijk-pictures-", dir=args.out_dir))
        try:
            cmd = [args.binary, "--lang", "en", "--root", str(site), "build",
                   "--out", str(out_parent / "public"), "--cache-dir", str(work / "cache")]
            wall, rss, cpu, err = run_with_stderr(cmd)
            processed, cached = counts(err)
            print(f"first build   {wall:.1f} s, {processed / wall:.1f} pictures/s "
                  f"({processed} processed, {cached} from the cache), peak RSS {rss:.0f} MB; "
                  f"CPU {cpu:.1f} s, {cpu / max(processed, 1) * 1000:.0f} ms a picture")
            shutil.rmtree(out_parent / "public")
            wall, rss, cpu, err = run_with_stderr(cmd)
            processed, cached = counts(err)
            print(f"cached build  {wall:.2f} s ({processed} processed, {cached} from the cache), "
                  f"peak RSS {rss:.0f} MB; CPU {cpu:.2f} s")
        finally:
            shutil.rmtree(out_parent, ignore_errors=True)


if __name__ == "__main__":
    main()

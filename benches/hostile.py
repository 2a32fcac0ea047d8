#!/usr/bin/env python3
"""Measures `wijk check` and `wijk build` on hostile pull requests against the check-base fixture:
100,000 files under content/, a 1 MiB single-line YAML value, 10,000 `@/` links in one body,
deeply nested Markdown lists and quotes. Prints wall time, peak RSS and exit code of each.

  benches/hostile.py [--binary target/release/wijk]
"""
import argparse
import os
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PAGE = "content/pages/about.md"


def run(binary, root, *args):
    start = time.perf_counter()
    proc = subprocess.Popen([binary, "--root", str(root), *args],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    return time.perf_counter() - start, usage.ru_maxrss / 1024, os.waitstatus_to_exitcode(status)


def site(work, name):
    root = Path(work) / name
    shutil.copytree(REPO / "tests/fixtures/check-base", root)
    shutil.copytree(REPO / "themes/default", root / "themes/default")
    return root


def many_files(root):
    d = root / "content/districts/wiels/assets"
    d.mkdir(parents=True, exist_ok=True)
    for i in range(100_000):
        (d / f"f{i:06}.txt").write_text("x")


def long_yaml(root):
    value = "a" * (1024 * 1024 - 100)
    (root / PAGE).write_text(f"---\ntitle: \"{value}\"\n---\nbody\n")


def many_links(root):
    links = " ".join("[m](@/meetings/2024-03-14-compost.md)" for _ in range(10_000))
    (root / PAGE).write_text(f"---\ntitle: Liens\n---\n{links}\n")


def deep_nesting(root):
    depth = 50_000
    lists = "- " * depth + "x\n"
    quotes = "> " * depth + "deep\n"
    mixed = "> - " * (depth // 2) + "x\n"
    (root / PAGE).write_text(f"---\ntitle: Profond\n---\n{lists}\n{quotes}\n{mixed}\n")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--binary", default=str(REPO / "target/release/wijk"))
    a = ap.parse_args()
    cases = [("100,000 files under content/", many_files),
             ("1 MiB single-line YAML value", long_yaml),
             ("10,000 @/ links in one body", many_links),
             ("50,000 nested lists, quotes, both", deep_nesting)]
    with tempfile.TemporaryDirectory() as work:
        for i, (name, make) in enumerate(cases):
            root = site(work, f"s{i}")
            make(root)
            for cmd in (["check"], ["build", "--out", str(root / "public")]):
                wall, rss, code = run(a.binary, root, *cmd)
                print(f"{name:38} {cmd[0]:6} {wall:6.2f} s {rss:7.0f} MB exit {code}")


if __name__ == "__main__":
    main()

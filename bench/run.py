#!/usr/bin/env python3
"""Runs every bench/*.lua under Lunaris, lua5.1, lua5.4, `luajit -joff` and
`luajit`, N times each, and prints the median times, the ratios to lua5.1
and the geometric means. Every implementation must print the same output
as lua5.1; a run that differs or fails is reported instead of timed.

Usage: bench/run.py [-n RUNS] [--lunaris PATH] [--no-build] [NAME ...]
"""

import argparse
import math
import shutil
import statistics
import subprocess
import time
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
REPO = BENCH_DIR.parent


def implementations(lunaris):
    return [
        ("lunaris", [str(lunaris)]),
        ("lua5.1", ["lua5.1"]),
        ("lua5.4", ["lua5.4"]),
        ("luajit -joff", ["luajit", "-joff"]),
        ("luajit", ["luajit"]),
    ]


def run_once(command, script):
    start = time.perf_counter()
    done = subprocess.run(command + [script.name], cwd=BENCH_DIR,
                          capture_output=True)
    elapsed = time.perf_counter() - start
    return elapsed, done.returncode, done.stdout


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", "--runs", type=int, default=3)
    parser.add_argument("--lunaris", default=str(REPO / "target/release/lunaris"))
    parser.add_argument("--no-build", action="store_true")
    parser.add_argument("--impls", help="comma-separated subset to run")
    parser.add_argument("names", nargs="*")
    args = parser.parse_args()

    if not args.no_build:
        subprocess.run(["cargo", "build", "--release", "-q"], cwd=REPO, check=True)
    impls = [(name, cmd) for name, cmd in implementations(args.lunaris)
             if shutil.which(cmd[0])
             and (not args.impls or name in args.impls.split(","))]
    scripts = sorted(BENCH_DIR.glob("*.lua"))
    if args.names:
        scripts = [s for s in scripts if s.stem in args.names]

    medians = {}  # (script, impl) -> seconds, or None when wrong/failed
    notes = []
    for script in scripts:
        reference = None
        for name, command in impls:
            times, outputs, failed = [], set(), False
            for _ in range(args.runs):
                elapsed, status, out = run_once(command, script)
                if status != 0:
                    failed = True
                    break
                times.append(elapsed)
                outputs.add(out)
            if name == "lua5.1" and len(outputs) == 1:
                reference = next(iter(outputs))
            if failed or len(outputs) != 1:
                notes.append(f"{script.stem}: {name} failed")
                medians[script.stem, name] = None
            else:
                medians[script.stem, name] = (statistics.median(times), outputs.pop())
        for name, _ in impls:
            entry = medians[script.stem, name]
            if entry is None:
                continue
            seconds, out = entry
            if reference is not None and out != reference:
                notes.append(f"{script.stem}: {name} printed different output")
                medians[script.stem, name] = None
            else:
                medians[script.stem, name] = seconds

    names = [name for name, _ in impls]
    width = max(len(s.stem) for s in scripts) + 2
    header = "benchmark".ljust(width) + "".join(f"{n:>14}" for n in names)
    print(f"median of {args.runs} runs, seconds (ratio to lua5.1)")
    print(header)
    print("-" * len(header))
    logs = {name: [] for name in names}
    for script in scripts:
        base = medians.get((script.stem, "lua5.1"))
        row = script.stem.ljust(width)
        for name in names:
            seconds = medians[script.stem, name]
            if seconds is None:
                row += f"{'ERR':>14}"
                continue
            if base:
                ratio = seconds / base
                logs[name].append(math.log(ratio))
                row += f"{seconds:>7.2f} ({ratio:4.2f})"
            else:
                row += f"{seconds:>14.2f}"
        print(row)
    print("-" * len(header))
    row = "geomean".ljust(width)
    for name in names:
        values = logs[name]
        if values and len(values) == len(scripts):
            row += f"{math.exp(sum(values) / len(values)):>14.2f}"
        else:
            row += f"{'n/a':>14}"
    print(row)
    for note in notes:
        print("note:", note)


if __name__ == "__main__":
    main()

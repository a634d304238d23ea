#!/usr/bin/env python3
"""Compile-time benchmark: how long `loadfile` of a generated multi-megabyte
Lua source takes under Lunaris, LuaJIT (with and without JIT), Lua 5.1 and
Lua 5.4, in one run. Each time is the median of several runs minus the
median start-up time of the same interpreter (`-e ''`). Usage:

    python3 bench/compile/run.py [functions]   # default 6000 (about 3 MB)
"""
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
RUNS = 5


def median_seconds(command):
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main():
    functions = sys.argv[1] if len(sys.argv) > 1 else "6000"
    subprocess.run(["cargo", "build", "--release", "--quiet"], cwd=ROOT, check=True)
    lunaris = os.path.join(ROOT, "target", "release", "lunaris")
    source = os.path.join(tempfile.gettempdir(), "lunaris-compile-bench.lua")
    with open(source, "wb") as out:
        subprocess.run(["luajit", os.path.join(ROOT, "bench", "compile", "generate.lua"), functions],
                       stdout=out, check=True)
    size = os.path.getsize(source)
    runners = [("lunaris", [lunaris]), ("luajit", ["luajit"]), ("luajit -joff", ["luajit", "-joff"]),
               ("lua5.1", ["lua5.1"]), ("lua5.4", ["lua5.4"])]
    load = f"assert(loadfile({source!r}))"
    results = []
    for name, command in runners:
        if shutil.which(command[0]) is None:
            continue
        startup = median_seconds(command + ["-e", ""])
        total = median_seconds(command + ["-e", load])
        results.append((name, max(total - startup, 0.0)))
    reference = dict(results).get("luajit")
    print(f"loadfile of {size / 1e6:.1f} MB ({functions} generated functions), median of {RUNS} runs")
    print(f"{'runner':<14}{'seconds':>10}{'vs luajit':>12}")
    for name, seconds in results:
        ratio = f"{seconds / reference:.2f}x" if reference else "-"
        print(f"{name:<14}{seconds:>10.3f}{ratio:>12}")


if __name__ == "__main__":
    main()

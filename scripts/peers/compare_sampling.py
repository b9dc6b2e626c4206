#!/usr/bin/env python3
"""Sampling speed of sweepedit against its peers, in one run, as ratios.

Usage: compare_sampling.py SWEEPEDIT_BINARY [FILE] [-n N] [--hyperopt-n M] [--repeat R]

- sweepedit: the whole process `SWEEPEDIT sample FILE -n N --stats` (start, parse, sample,
  summarise, print), best of R runs.
- numpy: sample_numpy.run, vectorised by column, in-process (interpreter start and imports
  excluded), best of R; with the same summaries as --stats, and drawing the columns only.
- hyperopt: sample_hyperopt.run, M configurations through hyperopt.pyll.stochastic.sample.
Each is timed by the wall clock and by CPU time (user + system), which a busy machine
disturbs less. Prints configs/s and sweepedit's ratio to each peer (issue 4: above 1x numpy
and 1000x hyperopt). Needs numpy, hyperopt and PyYAML (pip install numpy hyperopt pyyaml).
"""
import argparse
import os
import resource
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import sample_hyperopt  # noqa: E402
import sample_numpy  # noqa: E402


def children_cpu():
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def timed(body):
    """(wall seconds, CPU seconds) of body(), CPU including child processes."""
    wall, cpu, child = time.perf_counter(), time.process_time(), children_cpu()
    body()
    return time.perf_counter() - wall, time.process_time() - cpu + children_cpu() - child


def best(runs):
    return min(r[0] for r in runs), min(r[1] for r in runs)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("binary")
    ap.add_argument("file", nargs="?", default="Examples/wide-two-subspace.yml")
    ap.add_argument("-n", type=int, default=1_000_000)
    ap.add_argument("--hyperopt-n", type=int, default=2000)
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    command = [args.binary, "sample", args.file, "-n", str(args.n), "--stats"]

    results = {
        "sweepedit sample --stats (whole process)": (args.n, best(
            [timed(lambda: subprocess.run(command, check=True, stdout=subprocess.DEVNULL))
             for _ in range(args.repeat)])),
        "numpy by column, with summaries": (args.n, best(
            [timed(lambda: sample_numpy.run(args.file, args.n)) for _ in range(args.repeat)])),
        "numpy by column, drawing only": (args.n, best(
            [timed(lambda: sample_numpy.run(args.file, args.n, stats=False)) for _ in range(args.repeat)])),
        "hyperopt stochastic.sample": (args.hyperopt_n, best(
            [timed(lambda: sample_hyperopt.run(args.file, args.hyperopt_n))])),
    }
    print(f"{'':42} {'configs/s (wall)':>18} {'configs/s (CPU)':>18}")
    rates = {}
    for name, (n, (wall, cpu)) in results.items():
        rates[name] = (n / wall, n / cpu)
        print(f"{name:42} {n / wall:>18,.0f} {n / cpu:>18,.0f}")
    ours = rates["sweepedit sample --stats (whole process)"]
    for name in list(rates)[1:]:
        peer = rates[name]
        print(f"sweepedit / {name:30} {ours[0] / peer[0]:>12,.2f}x wall {ours[1] / peer[1]:>10,.2f}x CPU")


if __name__ == "__main__":
    sys.exit(main())

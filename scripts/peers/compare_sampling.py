#!/usr/bin/env python3
"""Sampling speed of sweepedit against its peers, in one run, as ratios.

Usage: compare_sampling.py SWEEPEDIT_BINARY [FILE] [-n N] [--hyperopt-n M] [--repeat R]

- sweepedit: the whole process `SWEEPEDIT sample FILE -n N --stats` (start, parse, sample,
  summarise, print), best of R runs.
- numpy: sample_numpy.run, vectorised by column, in-process (imports excluded), best of R;
  with the same summaries as --stats, and drawing the columns only (no summaries).
- hyperopt: sample_hyperopt.run, M configurations through hyperopt.pyll.stochastic.sample.
Prints configs/s of each and sweepedit's ratio to each peer (issue 4: above 1x numpy and
1000x hyperopt). Needs numpy, hyperopt and PyYAML (a venv: pip install numpy hyperopt pyyaml).
"""
import argparse
import os
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import sample_hyperopt  # noqa: E402
import sample_numpy  # noqa: E402


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("binary")
    ap.add_argument("file", nargs="?", default="Examples/wide-two-subspace.yml")
    ap.add_argument("-n", type=int, default=1_000_000)
    ap.add_argument("--hyperopt-n", type=int, default=2000)
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()

    def sweepedit_once():
        start = time.perf_counter()
        subprocess.run([args.binary, "sample", args.file, "-n", str(args.n), "--stats"],
                       check=True, stdout=subprocess.DEVNULL)
        return time.perf_counter() - start

    ours = min(sweepedit_once() for _ in range(args.repeat))
    numpy_s = min(sample_numpy.run(args.file, args.n) for _ in range(args.repeat))
    numpy_draw_s = min(sample_numpy.run(args.file, args.n, stats=False) for _ in range(args.repeat))
    hyperopt_s = sample_hyperopt.run(args.file, args.hyperopt_n)
    rates = {
        "sweepedit (whole process)": args.n / ours,
        "numpy by column (in-process)": args.n / numpy_s,
        "numpy, columns drawn only": args.n / numpy_draw_s,
        "hyperopt stochastic.sample": args.hyperopt_n / hyperopt_s,
    }
    for name, rate in rates.items():
        print(f"{name:30} {rate:>14,.0f} configs/s")
    ours_rate = rates["sweepedit (whole process)"]
    print(f"sweepedit / numpy    {ours_rate / rates['numpy by column (in-process)']:.2f}x "
          f"({ours_rate / rates['numpy, columns drawn only']:.2f}x against drawing only)")
    print(f"sweepedit / hyperopt {ours_rate / rates['hyperopt stochastic.sample']:,.0f}x")


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Peer benchmark: sample a search space with numpy, vectorised by column (no rows built).

Usage: sample_numpy.py FILE [-n N] [--seed S]

Draws N trials the way `sweepedit sample FILE -n N --stats` does: each trial picks a subspace
uniformly, every distribution is drawn with Azure's formulas (loguniform = exp(uniform),
randint in [0, upper), q-forms round(x / q) * q, lognormal = exp(normal)), and per parameter
min / mean / max and a 16-bucket histogram (choices: counts per value) are computed. Each
column is one numpy call over all the trials of its subspace. Prints configs/s of the sampling
and summarising (interpreter start and imports excluded, which favours numpy).
"""
import argparse
import sys
import time

import numpy as np

import space_file


def draw(kind, p, n, rng):
    """Returns (array, values) where values is the list of choice values for categorical columns."""
    if kind == "choice":
        values = p["values"]
        idx = rng.integers(len(values), size=n)
        if all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in values):
            return np.asarray(values, dtype=float)[idx], None
        return idx, values
    if kind == "randint":
        return rng.integers(int(p["upper"]), size=n), None
    if kind in ("uniform", "loguniform", "quniform", "qloguniform"):
        x = rng.uniform(p["min_value"], p["max_value"], n)
    else:
        x = rng.normal(p["mu"], p["sigma"], n)
    if kind.startswith("q") and "log" in kind or kind in ("loguniform", "lognormal"):
        x = np.exp(x)
    if kind.startswith("q"):
        x = np.round(x / p["q"]) * p["q"]
    return x, None


def summarise(x, values):
    if values is not None:
        return np.bincount(x, minlength=len(values))
    return x.min(), x.mean(), x.max(), np.histogram(x, bins=16)[0]


def run(path, n, seed=0, stats=True):
    """Samples n trials of the file, and summarises them unless stats is False; returns the
    seconds it took."""
    subspaces = space_file.load(path)
    start = time.perf_counter()
    rng = np.random.default_rng(seed)
    which = rng.integers(len(subspaces), size=n)
    per_subspace = np.bincount(which, minlength=len(subspaces))
    summaries = []
    for sub, count in zip(subspaces, per_subspace):
        for name, (kind, p) in sub.items():
            if kind == "fixed":
                summaries.append((name, p, int(count)))
                continue
            x, values = draw(kind, p, int(count), rng)
            summaries.append((name, summarise(x, values) if stats else x))
    return time.perf_counter() - start


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("file")
    ap.add_argument("-n", type=int, default=1_000_000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--no-stats", action="store_true", help="only draw the columns, summarise nothing")
    args = ap.parse_args()
    elapsed = run(args.file, args.n, args.seed, stats=not args.no_stats)
    what = "sampled" if args.no_stats else "sampled and summarised"
    print(f"numpy: {args.n} configs {what} in {elapsed:.3f} s: {args.n / elapsed:,.0f} configs/s")


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Peer benchmark: sample a search space with hyperopt, one configuration at a time.

Usage: sample_hyperopt.py FILE [-n N] [--seed S]

Builds the space as Azure's sweep does (hyperopt is what its random sampling follows): an
`hp.choice` over the subspaces, each parameter an `hp` expression of the same kind and
parameters (hp.loguniform bounds are exponents, hp.randint is [0, upper), q-forms round),
fixed values as literals. Then calls `hyperopt.pyll.stochastic.sample` N times and prints
configs/s (imports and building the space excluded).
"""
import argparse
import sys
import time

import numpy as np
from hyperopt import hp
from hyperopt.pyll import stochastic

import space_file


def expression(label, kind, p):
    if kind == "fixed":
        return p
    if kind == "choice":
        return hp.choice(label, p["values"])
    if kind == "randint":
        return hp.randint(label, int(p["upper"]))
    if kind in ("uniform", "loguniform"):
        return getattr(hp, kind)(label, p["min_value"], p["max_value"])
    if kind in ("quniform", "qloguniform"):
        return getattr(hp, kind)(label, p["min_value"], p["max_value"], p["q"])
    if kind in ("normal", "lognormal"):
        return getattr(hp, kind)(label, p["mu"], p["sigma"])
    return getattr(hp, kind)(label, p["mu"], p["sigma"], p["q"])


def run(path, n, seed=0):
    """Samples n configurations of the file one by one; returns the seconds it took."""
    subspaces = space_file.load(path)
    space = hp.choice("subspace", [
        {name: expression(f"{k}:{name}", kind, p) for name, (kind, p) in sub.items()}
        for k, sub in enumerate(subspaces)
    ])
    rng = np.random.default_rng(seed)
    start = time.perf_counter()
    for _ in range(n):
        stochastic.sample(space, rng=rng)
    return time.perf_counter() - start


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("file")
    ap.add_argument("-n", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args()
    elapsed = run(args.file, args.n, args.seed)
    print(f"hyperopt: {args.n} configs in {elapsed:.3f} s: {args.n / elapsed:,.0f} configs/s")


if __name__ == "__main__":
    sys.exit(main())

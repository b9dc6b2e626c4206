#!/usr/bin/env python3
"""Writes a job-free search space whose random_seed is a choice of N integers (default 100,000):
the 'huge choice' case of the benchmarks."""
import sys

n = int(sys.argv[2]) if len(sys.argv) > 2 else 100_000
with open(sys.argv[1], "w", encoding="utf-8") as f:
    f.write("search_space:\n  - model_name: {type: choice, values: [vitb16r224, seresnext]}\n")
    f.write("    random_seed:\n      type: choice\n      values: [")
    f.write(", ".join(str(i) for i in range(n)))
    f.write("]\n")

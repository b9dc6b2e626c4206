#!/usr/bin/env python3
"""Contrast for the validation benchmark: how long azure-ai-ml's load_job takes on a job file
(the SDK's own checking), median of N runs after a warm-up. Prints JSON {"median_us": ...}."""
import json, statistics, sys, time

from azure.ai.ml import load_job

path, runs = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 20
load_job(path)
times = []
for _ in range(runs):
    start = time.perf_counter()
    load_job(path)
    times.append((time.perf_counter() - start) * 1e6)
print(json.dumps({"median_us": round(statistics.median(times), 1), "runs": runs}))

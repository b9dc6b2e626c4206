#!/usr/bin/env python3
"""The sweep facts azure_check.py does not print, from the real Azure ML SDK (azure-ai-ml 1.35.2).

  azure_sweep_facts.py FILE...
      For every FILE (judged as azure_check.py judges it: job YAML, bare space, .py or .ipynb),
      prints one JSON object a line: {"file": F, "ok": true, "timeout_minutes": N or null,
      "max_trials": ..., "max_concurrent_trials": ..., "sampling_algorithm": ...,
      "early_termination": null or {"type": ..., "evaluation_interval": ..., "delay_evaluation":
      ..., "slack_factor": ..., "slack_amount": ..., "truncation_percentage": ...}} with each
      field as the SDK object holds it (a field the policy type has not is left out) and
      "defaults": {field: the class's default}, or
      {"file": F, "ok": false, "error": "..."}. Exits 0 once every file was judged.

sweepedit's tests compare these with what it read of a Python file or notebook whose settings
are spread over several calls and cells. Nothing here contacts Azure.
"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import azure_check  # noqa: E402  (the same loading as the compatibility suite)

POLICY_FIELDS = ("evaluation_interval", "delay_evaluation", "slack_factor", "slack_amount", "truncation_percentage")


def job_of(argument):
    from azure.ai.ml import load_job

    path, _, node = argument.partition("::")
    if path.endswith((".py", ".ipynb")):
        return azure_check.job_from_python(path)
    document = azure_check.read_document(path)
    job_path, temporary = azure_check.job_file_for(path, document)
    try:
        return azure_check.automl_node(load_job(job_path), node or None)
    finally:
        if temporary:
            os.unlink(job_path)


def facts(job):
    limits = job.limits
    sweep = getattr(job, "sweep", None)
    policy = getattr(sweep, "early_termination", None) if sweep else None
    algorithm = getattr(sweep, "sampling_algorithm", None) if sweep else None
    algorithm = getattr(algorithm, "value", algorithm)
    result = {
        "timeout_minutes": getattr(limits, "timeout_minutes", None),
        "max_trials": getattr(limits, "max_trials", None),
        "max_concurrent_trials": getattr(limits, "max_concurrent_trials", None),
        "sampling_algorithm": str(algorithm).lower() if algorithm else None,
        "early_termination": None,
    }
    if policy is not None:
        import inspect

        described = {"type": policy.type}
        for name in POLICY_FIELDS:
            if hasattr(policy, name):
                described[name] = getattr(policy, name)
        # what the class holds for a field not given (a file without it means this)
        parameters = inspect.signature(type(policy).__init__).parameters
        described["defaults"] = {
            name: parameters[name].default for name in POLICY_FIELDS
            if name in parameters and parameters[name].default is not inspect.Parameter.empty
        }
        result["early_termination"] = described
    return result


def main(argv):
    if len(argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    for path in argv[1:]:
        line = {"file": path}
        try:
            line.update(facts(job_of(path)), ok=True)
        except Exception as error:  # the SDK's verdict (or Python's), whatever its type
            line.update(ok=False, error=f"{type(error).__name__}: {error}")
        print(json.dumps(line, sort_keys=True), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

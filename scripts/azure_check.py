#!/usr/bin/env python3
"""Runs search-space files through the real Azure ML SDK (azure-ai-ml 1.35.2), offline.

sweepedit's compatibility tests use it as the judge: a file the SDK accepts is printed as the
REST strings the SDK would send for each subspace, keyed by snake_case name.

  azure_check.py check FILE
      Prints [{param: rest_string}, ...] as sorted JSON and exits 0 when the SDK accepts FILE;
      prints the SDK's error on stderr and exits 1 when it rejects it.
  azure_check.py check-many FILE...
      Checks every FILE in this one process (importing the SDK takes seconds) and prints one JSON
      object a line: {"file": F, "ok": true, "rest": [...], "job": {...}} or {"file": F,
      "ok": false, "error": "..."}. "job" holds the sweep facts the SDK read: task,
      sampling_algorithm, max_trials, max_concurrent_trials, early_termination (a policy type or
      null). Exits 0 once every file was judged, whatever the verdicts.
  azure_check.py training-fields
      Prints the sorted field names of ImageModelSettingsClassificationSchema (what
      training_parameters accepts), one a line.

FILE is a CLI v2 job YAML (type: automl), loaded as it is; a pipeline job (type: pipeline), loaded
as it is, whose AutoML node is judged (FILE::NODE names the node; without it, the first node with
type: automl); or a search space in YAML or JSON (a
list of subspaces, {search_space: [...]}, or one subspace as a mapping), which is wrapped in a
minimal image classification job first. A FILE ending in .py is Python code that builds the job
with the SDK (what `sweepedit export --to python` writes, or a notebook's code): it is executed
and the AutoML image job it leaves in a variable is judged; a FILE ending in .ipynb has its code
cells executed so, in order (IPython's %magic and !shell lines left out). "job" also holds
"training_parameters": {name: str(value)} of every fixed training parameter the SDK holds.
Nothing here contacts Azure.
"""
import json
import os
import sys
import tempfile

import yaml

# The smallest job around a bare search space that load_job accepts.
SKELETON = {
    "type": "automl",
    "task": "image_classification",
    "experiment_name": "sweepedit-check",
    "compute": "azureml:gpu-cluster",
    "target_column_name": "label",
    "primary_metric": "accuracy",
    "training_data": {"path": "data/training", "type": "mltable"},
    "validation_data": {"path": "data/validation", "type": "mltable"},
    "limits": {"timeout_minutes": 60, "max_trials": 10, "max_concurrent_trials": 2},
    "sweep": {"sampling_algorithm": "random"},
}


def read_document(path):
    with open(path, encoding="utf-8") as handle:
        return yaml.safe_load(handle.read())  # JSON is YAML too


def job_file_for(path, document):
    """The path of a job YAML for load_job, and whether it is a temporary file to delete."""
    if isinstance(document, dict) and document.get("type") in ("automl", "pipeline"):
        return path, False
    space, task = document, SKELETON["task"]
    if isinstance(document, dict) and "search_space" in document:
        space = document["search_space"]
        if isinstance(document.get("task"), str):
            task = document["task"]
    if isinstance(space, dict):
        space = [space]
    job = dict(SKELETON, task=task, search_space=space)
    handle = tempfile.NamedTemporaryFile("w", suffix=".yml", delete=False, encoding="utf-8")
    with handle:
        yaml.safe_dump(job, handle, sort_keys=False, allow_unicode=True)
    return handle.name, True


def rest_strings(job):
    """The REST string of every set field of every subspace, as the SDK converts them."""
    from azure.ai.ml.entities._job.automl.search_space_utils import _convert_to_rest_object

    subspaces = []
    for subspace in job.search_space or []:
        fields = {}
        for name, value in vars(subspace).items():
            if name.startswith("_") or value is None:
                continue
            fields[name] = _convert_to_rest_object(value)
        subspaces.append(dict(sorted(fields.items())))
    return subspaces


def job_facts(job):
    """What the SDK read of the sweep settings sweepedit edits."""
    def plain(value):  # the SDK keeps some of these as enums
        value = getattr(value, "value", value)
        return str(value).lower() if value is not None and value != "" else None

    limits = job.limits
    sweep = getattr(job, "sweep", None)
    termination = getattr(sweep, "early_termination", None) if sweep else None
    return {
        "task": plain(getattr(job, "task_type", None)),
        "sampling_algorithm": plain(getattr(sweep, "sampling_algorithm", None)),
        "max_trials": getattr(limits, "max_trials", None),
        "max_concurrent_trials": getattr(limits, "max_concurrent_trials", None),
        "early_termination": getattr(termination, "type", None) if termination else None,
        # the policy as the SDK sends it (policyType and camelCase fields, 0 for a field left out)
        "early_termination_rest": termination._to_rest_object().as_dict() if termination else None,
        "timeout_minutes": getattr(limits, "timeout_minutes", None),
        "training_parameters": training_parameters(job),
    }


def training_parameters(job):
    settings = getattr(job, "training_parameters", None)
    if settings is None:
        return {}
    return {
        name: str(getattr(value, "value", value))
        for name, value in sorted(vars(settings).items())
        if not name.startswith("_") and value is not None
    }


def python_source(path):
    """The code of a .py file, or of a notebook's code cells in order."""
    with open(path, encoding="utf-8") as handle:
        text = handle.read()
    if not path.endswith(".ipynb"):
        return text
    cells = json.loads(text).get("cells", [])
    parts = []
    for cell in cells:
        if cell.get("cell_type") != "code":
            continue
        source = cell.get("source", "")
        source = "".join(source) if isinstance(source, list) else source
        lines = [line for line in source.split("\n") if not line.lstrip().startswith(("%", "!"))]
        parts.append("\n".join(lines))
    return "\n\n".join(parts)


def job_from_python(path):
    """Runs the code and returns the AutoML image job it built (the first such variable)."""
    from azure.ai.ml.entities._job.automl.image.automl_image import AutoMLImage

    namespace = {"__name__": "__sweepedit_check__"}
    exec(compile(python_source(path), path, "exec"), namespace)
    jobs = [value for value in namespace.values() if isinstance(value, AutoMLImage)]
    if not jobs:
        raise ValueError("the code leaves no AutoML image job in a variable")
    return jobs[0]


def automl_node(job, node):
    """The AutoML step of a pipeline job (the one named `node`, else the first), or the job itself."""
    steps = getattr(job, "jobs", None)
    if steps is None:
        return job
    if node is not None:
        return steps[node]
    for step in steps.values():
        if getattr(step, "search_space", False) is not False and hasattr(step, "task_type"):
            return step
    raise ValueError("the pipeline has no AutoML node")


def judge(argument):
    """(True, (rest strings, job facts)) when the SDK accepts the file, else (False, its message)."""
    from azure.ai.ml import load_job

    path, _, node = argument.partition("::")
    node = node or None
    if path.endswith((".py", ".ipynb")):
        try:
            job = job_from_python(path)
            return True, (rest_strings(job), job_facts(job))
        except Exception as error:  # the SDK's verdict (or Python's), whatever its type
            return False, f"{type(error).__name__}: {error}"
    try:
        document = read_document(path)
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as error:
        return False, f"cannot read {path}: {error}"
    job_path, temporary = job_file_for(path, document)
    try:
        job = automl_node(load_job(job_path), node)
        return True, (rest_strings(job), job_facts(job))
    except Exception as error:  # the SDK's verdict, whatever its type
        return False, f"{type(error).__name__}: {error}"
    finally:
        if temporary:
            os.unlink(job_path)


def main(argv):
    if len(argv) >= 3 and argv[1] == "check-many":
        for path in argv[2:]:
            ok, result = judge(path)
            line = {"file": path, "ok": ok}
            if ok:
                line["rest"], line["job"] = result
            else:
                line["error"] = result
            print(json.dumps(line, sort_keys=True), flush=True)
        return 0
    if len(argv) == 2 and argv[1] == "training-fields":
        from azure.ai.ml._schema.automl.image_vertical.image_model_settings import (
            ImageModelSettingsClassificationSchema,
        )

        for name in sorted(ImageModelSettingsClassificationSchema().fields):
            print(name)
        return 0
    if len(argv) == 3 and argv[1] == "check":
        ok, result = judge(argv[2])
        if not ok:
            print(result, file=sys.stderr)
            return 1
        print(json.dumps(result[0], indent=2, sort_keys=True))
        return 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))

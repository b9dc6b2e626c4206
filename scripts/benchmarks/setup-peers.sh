#!/usr/bin/env bash
# Creates .bench-venv with the Python peers of the benchmarks (numpy, hyperopt, textual) and
# the Azure SDK (for the load_job contrast). Idempotent.
set -euo pipefail
cd "$(dirname "$0")/../.."
venv=.bench-venv
[ -x "$venv/bin/python" ] || python3 -m venv "$venv"
"$venv/bin/python" -c "import numpy, hyperopt, textual, azure.ai.ml" 2>/dev/null \
  || "$venv/bin/pip" install -q numpy hyperopt textual "azure-ai-ml==1.35.2" PyYAML
echo "$venv/bin/python"

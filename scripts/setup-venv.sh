#!/usr/bin/env bash
# Creates .venv (git-ignored) with the real Azure ML SDK, azure-ai-ml 1.35.2, and PyYAML.
# The compatibility tests (Tests/SearchSpaceTests/Compatibility) run scripts/azure_check.py
# with .venv/bin/python. Idempotent: does nothing when the venv already has both packages.
# Usage: scripts/setup-venv.sh        (from anywhere; the venv goes in the package root)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
venv="$root/.venv"
sdk_version=1.35.2

have_sdk() {
  "$venv/bin/python" - "$sdk_version" <<'PY' 2>/dev/null
import sys
from importlib.metadata import version
import yaml  # noqa: F401
sys.exit(0 if version("azure-ai-ml") == sys.argv[1] else 1)
PY
}

if [ -x "$venv/bin/python" ] && have_sdk; then
  exit 0
fi
if [ ! -x "$venv/bin/python" ]; then
  python3 -m venv "$venv" || {
    echo "setup-venv: 'python3 -m venv' failed; install python3-venv (apt-get install -y python3-venv)" >&2
    exit 1
  }
fi
echo "setup-venv: installing azure-ai-ml==$sdk_version and PyYAML into .venv (a minute or two)..." >&2
"$venv/bin/python" -m pip install -q --disable-pip-version-check "azure-ai-ml==$sdk_version" PyYAML
have_sdk || { echo "setup-venv: azure-ai-ml $sdk_version is still not importable from .venv" >&2; exit 1; }
echo "setup-venv: .venv ready" >&2

#!/usr/bin/env bash
# Installs those of the given Debian packages that are not installed yet, with apt-get, as
# root or through sudo. Shared by scripts/run and scripts/test.
# Usage: scripts/install-packages.sh WHO PACKAGE...   (WHO prefixes the message, e.g. "test")
set -euo pipefail
who=$1
shift
missing=()
for package in "$@"; do
  # "install ok installed": dpkg -s also succeeds for a removed package that left its config files
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "ok installed" || missing+=("$package")
done
[ ${#missing[@]} -gt 0 ] || exit 0
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
echo "$who: installing ${missing[*]}" >&2
$sudo apt-get update -qq
$sudo apt-get install -y -qq "${missing[@]}" >/dev/null

#!/usr/bin/env bash
# Print the path of an installed Python >= 3.12 (uv must not download interpreters here).
set -euo pipefail
candidates=()
for v in python3.13 python3.12 python3.14; do command -v "$v" >/dev/null 2>&1 && candidates+=("$(command -v "$v")"); done
if command -v pyenv >/dev/null 2>&1; then
  root=$(pyenv root)
  for d in "$root"/versions/3.1[2-9]*; do [ -x "$d/bin/python3" ] && candidates+=("$d/bin/python3"); done
fi
for c in "${candidates[@]}" python3; do
  if "$c" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 12) else 1)' 2>/dev/null; then
    echo "$c"; exit 0
  fi
done
echo "no Python >= 3.12 found: install one (e.g. pyenv install 3.12)" >&2
exit 1

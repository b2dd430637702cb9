#!/usr/bin/env bash
# Fails when a C++ file differs from the repo's .clang-format.
set -euo pipefail
cd "$(dirname "$0")/.."
mapfile -t files < <(git ls-files '*.cpp' '*.h' '*.hpp' | grep -v '\.inc$')
bad=0
for f in "${files[@]}"; do
  if ! clang-format --dry-run --Werror "$f" >/dev/null 2>&1; then
    echo "not clang-formatted: $f"
    bad=1
  fi
done
echo "format check: ${#files[@]} files, $([[ $bad == 0 ]] && echo clean || echo FAILED)"
exit $bad

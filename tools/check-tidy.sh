#!/usr/bin/env bash
# clang-tidy over the product's own sources (core/, app/, ui/) with the repo's .clang-tidy, whose
# findings are errors. Usage: check-tidy.sh BUILD_DIR (a build with compile_commands.json).
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:?usage: check-tidy.sh BUILD_DIR}
mapfile -t files < <(git ls-files 'core/*.cpp' 'app/*.cpp' 'ui/*.cpp')
printf '%s\n' "${files[@]}" | xargs -P "$(nproc)" -n 4 clang-tidy -p "$build" --quiet \
  --extra-arg=-Wno-unknown-warning-option 2> /tmp/careledger-tidy.err
echo "clang-tidy: ${#files[@]} files clean"

#!/usr/bin/env bash
# The one command that sets up and runs every test (README, .ci/run).
# Stages: install packages; strict release build + every CTest suite; format and link checks;
# an ASan+UBSan build of the whole suite with clang; bounded fuzzing of every fuzz target; the
# Debian packages (reproducible, lintian-clean, installed and purged in a clean debootstrap root).
# Set CARELEDGER_QUICK=1 to skip the sanitizer, fuzz and package stages on a developer machine.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
jobs=$(nproc)

bash tools/setup-debian.sh --test

echo "== format check"
bash tools/check-format.sh

echo "== build (gcc, RelWithDebInfo, warnings are errors)"
cmake -S . -B build/release -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCARELEDGER_WERROR=ON >/dev/null
cmake --build build/release -j "$jobs"

echo "== tests (release)"
ctest --test-dir build/release --output-on-failure -j "$jobs" --timeout 900 -LE bench
echo "== benchmarks (release; figures for docs/performance.md)"
ctest --test-dir build/release --output-on-failure --timeout 900 -L bench -V | grep -vE '^(UpdateCTest|Parse|Added|Constructing|Checking|Test project|test [0-9]+$|[0-9]+: Test command|[0-9]+: Working|[0-9]+: Environment|[0-9]+: Test timeout)'

if [[ "${CARELEDGER_QUICK:-0}" != "1" ]]; then
  echo "== build (clang, ASan+UBSan)"
  CC=clang CXX=clang++ cmake -S . -B build/asan -G Ninja -DCMAKE_BUILD_TYPE=Debug \
    -DCARELEDGER_SANITIZE=ON -DCARELEDGER_FUZZ=ON >/dev/null
  cmake --build build/asan -j "$jobs"
  echo "== tests (ASan+UBSan)"
  ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    LSAN_OPTIONS="suppressions=${root}/tests/lsan.supp:print_suppressions=0" \
    ctest --test-dir build/asan --output-on-failure -j "$jobs" --timeout 1800 -LE bench
fi
if [[ "${CARELEDGER_QUICK:-0}" != "1" ]]; then
  # Issue 6: the packages, built twice and compared, linted, then installed, used and purged in a
  # clean Debian 12 root (needs root: debootstrap, chroot).
  echo "== packages (build)"
  bash packaging/build-packages.sh "${root}/build/package"
  echo "== packages (reproducible: a second build from a clone elsewhere)"
  bash packaging/check-reproducible.sh "${root}/build/package/packages"
  echo "== packages (lintian, desktop file, AppStream, contents)"
  bash packaging/lint-packages.sh "${root}/build/package/packages"
  echo "== packages (install, use and purge in a clean Debian 12 root)"
  bash packaging/test-install.sh "${root}/build/package/packages"
fi
echo "== all test stages passed (${root})"

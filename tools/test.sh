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

# Each stage's header carries the time since the start, and the end lists every stage's
# duration: the whole run has to fit CI's 45 minutes on 2 cores.
stage_names=()
stage_starts=()
stage() {
  stage_names+=("$*")
  stage_starts+=("$SECONDS")
  printf '== %s [at %dm%02ds]\n' "$*" $((SECONDS / 60)) $((SECONDS % 60))
}
summary() {
  local i end
  echo "== stage durations"
  for i in "${!stage_names[@]}"; do
    end=${stage_starts[i + 1]:-$SECONDS}
    printf '  %4ds  %s\n' $((end - stage_starts[i])) "${stage_names[i]}"
  done
  printf '  %4ds  total\n' "$SECONDS"
}
trap summary EXIT

stage "install packages"
bash tools/setup-debian.sh --test

# The release build is also the one the packages are made from (the package stage), so it is
# built in the environment a reproducible build needs (SOURCE_DATE_EPOCH of this commit, ...).
# A build left from another commit carries that commit's stamps: it starts again.
src=$root
source packaging/reproducible-env.sh
quick=${CARELEDGER_QUICK:-0}
if [[ "$quick" != "1" && -f build/release/source-date-epoch &&
  "$(cat build/release/source-date-epoch)" != "$SOURCE_DATE_EPOCH" ]]; then
  rm -rf build/release
fi

stage "format check"
bash tools/check-format.sh

stage "build (gcc, RelWithDebInfo, warnings are errors)"
cmake -S . -B build/release -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCARELEDGER_WERROR=ON \
  -DCMAKE_INSTALL_PREFIX=/usr >/dev/null
echo "$SOURCE_DATE_EPOCH" >build/release/source-date-epoch
cmake --build build/release -j "$jobs"

stage "tests (release)"
ctest --test-dir build/release --output-on-failure -j "$jobs" --timeout 900 -LE bench
stage "benchmarks (release; figures for docs/performance.md)"
ctest --test-dir build/release --output-on-failure --timeout 900 -L bench -V | grep -vE '^(UpdateCTest|Parse|Added|Constructing|Checking|Test project|test [0-9]+$|[0-9]+: Test command|[0-9]+: Working|[0-9]+: Environment|[0-9]+: Test timeout)'

if [[ "$quick" != "1" ]]; then
  stage "build (clang, ASan+UBSan)"
  # Benchmarks are not built here (their figures come from the release build); each fuzz target
  # runs 20 s: the whole run has to fit CI's 45 minutes.
  CC=clang CXX=clang++ cmake -S . -B build/asan -G Ninja -DCMAKE_BUILD_TYPE=Debug \
    -DCARELEDGER_SANITIZE=ON -DCARELEDGER_FUZZ=ON -DCARELEDGER_FUZZ_SECONDS=20 \
    -DCARELEDGER_BUILD_BENCH=OFF >/dev/null
  cmake --build build/asan -j "$jobs"
  stage "tests (ASan+UBSan)"
  ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    LSAN_OPTIONS="suppressions=${root}/tests/lsan.supp:print_suppressions=0" \
    ctest --test-dir build/asan --output-on-failure -j "$jobs" --timeout 1800 -LE bench
fi
if [[ "$quick" != "1" ]]; then
  # Issue 6: the packages, built twice and compared, linted, then installed, used and purged in a
  # clean Debian 12 root (needs root: debootstrap, chroot).
  stage "packages (from the release build)"
  bash packaging/build-packages.sh --from "${root}/build/release"
  stage "packages (reproducible: a second build from a clone elsewhere)"
  bash packaging/check-reproducible.sh "${root}/build/release/packages"
  stage "packages (lintian, desktop file, AppStream, contents)"
  bash packaging/lint-packages.sh "${root}/build/release/packages"
  stage "packages (install, use and purge in a clean Debian 12 root)"
  bash packaging/test-install.sh "${root}/build/release/packages"
fi
echo "== all test stages passed (${root})"

#!/usr/bin/env bash
# Builds the packages of HEAD in a fresh clone in another directory (so any path that leaks into
# a binary shows) and compares them byte for byte with a first build. Exit 0 only when identical.
# Usage: packaging/check-reproducible.sh [PACKAGE_DIR]
#   PACKAGE_DIR: packages already built from this checkout by build-packages.sh (the checkout must
#   then be clean at HEAD); without it, HEAD is built twice, in two clones.
set -euo pipefail
src=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d /tmp/careledger-repro.XXXXXX)
trap 'rm -rf "$work"' EXIT
commit=$(git -C "$src" rev-parse HEAD)

build_clone() { # $1: name; prints the directory of its packages
  git clone -q --no-hardlinks "$src" "$work/$1/careledger"
  git -C "$work/$1/careledger" checkout -q "$commit"
  # ccache would hand this build another build's objects and prove nothing.
  CCACHE_DISABLE=1 bash "$work/$1/careledger/packaging/build-packages.sh" \
    "$work/$1/careledger/build/package" >"$work/$1.log" 2>&1 || { tail -30 "$work/$1.log"; exit 1; }
  echo "$work/$1/careledger/build/package/packages"
}

if [[ -n "${1:-}" ]]; then
  if [[ -n $(git -C "$src" status --porcelain --untracked-files=no) ]]; then
    echo "the checkout has uncommitted changes: its packages are not those of HEAD"; exit 1
  fi
  first=$(cd "$1" && pwd)
else
  first=$(build_clone tree1)
fi
second=$(build_clone tree2)

status=0
count=0
for f in "$first"/*.deb "$first"/*.tar.gz; do
  name=$(basename "$f")
  other="$second/$name"
  count=$((count + 1))
  if cmp -s "$f" "$other"; then
    echo "identical: $name ($(stat -c %s "$f") bytes, sha256 $(sha256sum "$f" | cut -c1-16)…)"
  else
    echo "DIFFERENT: $name"
    status=1
    if command -v diffoscope >/dev/null; then diffoscope "$f" "$other" | head -60 || true; fi
  fi
done
((count > 0)) || { echo "no packages in $first"; exit 1; }
echo "reproducible check: $count packages, $([[ $status == 0 ]] && echo all identical || echo differences found)"
exit $status

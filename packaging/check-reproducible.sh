#!/usr/bin/env bash
# Builds the packages of HEAD twice, from two clones in different directories (so any path that
# leaks into a binary shows), and compares them byte for byte. Exit 0 only when identical.
# Usage: packaging/check-reproducible.sh
set -euo pipefail
src=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d /tmp/careledger-repro.XXXXXX)
trap 'rm -rf "$work"' EXIT
commit=$(git -C "$src" rev-parse HEAD)

for n in 1 2; do
  git clone -q --no-hardlinks "$src" "$work/tree$n/careledger"
  git -C "$work/tree$n/careledger" checkout -q "$commit"
  # ccache would hand the second build the first one's objects and prove nothing.
  CCACHE_DISABLE=1 bash "$work/tree$n/careledger/packaging/build-packages.sh" \
    "$work/tree$n/careledger/build/package" >/dev/null
done

status=0
count=0
for f in "$work"/tree1/careledger/build/package/packages/*; do
  name=$(basename "$f")
  other="$work/tree2/careledger/build/package/packages/$name"
  count=$((count + 1))
  if cmp -s "$f" "$other"; then
    echo "identical: $name ($(stat -c %s "$f") bytes, sha256 $(sha256sum "$f" | cut -c1-16)…)"
  else
    echo "DIFFERENT: $name"
    status=1
    if command -v diffoscope >/dev/null; then diffoscope "$f" "$other" | head -60 || true; fi
  fi
done
echo "reproducible check: $count packages, $([[ $status == 0 ]] && echo all identical || echo differences found)"
exit $status

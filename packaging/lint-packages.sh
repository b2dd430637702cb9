#!/usr/bin/env bash
# Checks built packages the way Debian would: lintian (every override is justified where it is
# declared, packaging/debian/*/lintian-overrides), the desktop file and AppStream metainfo, and
# that no test binary or build path made it inside.
# Usage: packaging/lint-packages.sh PACKAGE_DIR
set -euo pipefail
src=$(cd "$(dirname "$0")/.." && pwd)
pkgdir=${1:?usage: lint-packages.sh PACKAGE_DIR}
shopt -s nullglob
debs=("$pkgdir"/*.deb)
((${#debs[@]})) || { echo "no .deb in $pkgdir"; exit 1; }

echo "== desktop-file-validate, appstreamcli validate"
desktop-file-validate "$src/resources/org.careledger.CareLedger.desktop"
appstreamcli validate --no-net --pedantic "$src/resources/org.careledger.CareLedger.metainfo.xml"

status=0
for deb in "${debs[@]}"; do
  name=$(basename "$deb")
  echo "== $name"
  dpkg-deb -f "$deb" Package Version Architecture Depends | sed 's/^/  /'
  tmp=$(mktemp -d)
  dpkg-deb -x "$deb" "$tmp"
  # Test binaries, or the path of the tree that built them, must not be shipped.
  if dpkg-deb -c "$deb" | grep -E '/(test_|bench_|fuzz_)[a-z_]*$'; then
    echo "  test binaries inside $name"; status=1
  fi
  if grep -rlaF -e "$src" -e "/build/" "$tmp" | grep -v '\.gz$'; then
    echo "  build paths inside $name (above)"; status=1
  fi
  rm -rf "$tmp"
  # --fail-on warning: errors and warnings fail; info tags are printed for the reader.
  lintian --fail-on error,warning "$deb" | sed 's/^/  /' ||
    status=1
done
exit $status

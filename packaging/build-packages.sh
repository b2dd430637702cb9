#!/usr/bin/env bash
# Builds the Debian packages (careledger, careledgerd) and the portable tarball from this
# checkout (docs/packaging.md). The build is reproducible: SOURCE_DATE_EPOCH is the time of the
# commit, paths are mapped out of the binaries, archive members are normalised.
# Usage: packaging/build-packages.sh [BUILD_DIR]     (default: build/package)
#        packaging/build-packages.sh --from BUILD_DIR
#   --from packages an existing RelWithDebInfo build configured with CMAKE_INSTALL_PREFIX=/usr
#   and built in this environment from this commit (tools/test.sh's release build, so CI
#   compiles the sources once for tests and packages).
# Prints the path of each package it wrote.
set -euo pipefail
src=$(cd "$(dirname "$0")/.." && pwd)
from=0
if [[ "${1:-}" == "--from" ]]; then
  from=1
  build=$(cd "${2:?--from needs a build directory}" && pwd)
else
  build=${1:-$src/build/package}
fi
source "$src/packaging/reproducible-env.sh"

# RelWithDebInfo (-O2 -g, stripped by CPack) is what Debian builds with; GCC 12 at -O3 reports
# false array-bounds warnings inside libstdc++'s vector::insert, and warnings are errors.
if ((from)); then
  cache="$build/CMakeCache.txt"
  grep -qx 'CMAKE_BUILD_TYPE:STRING=RelWithDebInfo' "$cache" &&
    grep -qx 'CMAKE_INSTALL_PREFIX:PATH=/usr' "$cache" || {
    echo "$build is not a RelWithDebInfo build for /usr"
    exit 1
  }
  # Configure again: the changelog's date is taken from SOURCE_DATE_EPOCH at configure time.
  cmake "$build" >/dev/null
else
  # From scratch: rcc stamps SOURCE_DATE_EPOCH into the resources, and an incremental build
  # would keep an older commit's stamp where no resource changed.
  rm -rf "$build"
  cmake -S "$src" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_INSTALL_PREFIX=/usr -DCARELEDGER_BUILD_TESTS=OFF -DCARELEDGER_BUILD_GUI=ON >/dev/null
fi
cmake --build "$build" -j "$(nproc)"
rm -rf "$build/packages"
(cd "$build" && cpack -G DEB >/dev/null && cpack -G TGZ >/dev/null)

# CPack stamps the build time into the members of the data and control tarballs; rebuild each
# .deb with dpkg-deb, which clamps every mtime to SOURCE_DATE_EPOCH and sorts the members.
for deb in "$build"/packages/*.deb; do
  tmp=$(mktemp -d)
  dpkg-deb -R "$deb" "$tmp/root"
  find "$tmp/root" -exec touch -h -d "@$SOURCE_DATE_EPOCH" {} +
  dpkg-deb --root-owner-group -Zxz -b "$tmp/root" "$deb" >/dev/null
  rm -rf "$tmp"
done
# Likewise the tarball: repacked with sorted names, clamped times and numeric root ownership.
for tgz in "$build"/packages/*.tar.gz; do
  tmp=$(mktemp -d)
  tar -xzf "$tgz" -C "$tmp"
  tar --sort=name --mtime="@$SOURCE_DATE_EPOCH" --clamp-mtime --owner=0 --group=0 --numeric-owner \
    -C "$tmp" -cf - . | gzip -n -9 >"$tgz"
  rm -rf "$tmp"
done
ls -1 "$build"/packages/*.deb "$build"/packages/*.tar.gz

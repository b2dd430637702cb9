#!/usr/bin/env bash
# Builds the Debian packages (careledger, careledgerd) and the portable tarball from this
# checkout (docs/packaging.md). The build is reproducible: SOURCE_DATE_EPOCH is the time of the
# commit, paths are mapped out of the binaries, archive members are normalised.
# Usage: packaging/build-packages.sh [BUILD_DIR]     (default: build/package)
# Prints the path of each package it wrote.
set -euo pipefail
src=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$src/build/package}

export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-$(git -C "$src" log -1 --format=%ct)}
export TZ=UTC LC_ALL=C.UTF-8
# Qt's resource compiler stamps file times into the binary unless told otherwise.
export QT_RCC_SOURCE_DATE_OVERRIDE=$SOURCE_DATE_EPOCH
umask 022

# RelWithDebInfo (-O2 -g, stripped by CPack) is what Debian builds with; GCC 12 at -O3 reports
# false array-bounds warnings inside libstdc++'s vector::insert, and warnings are errors.
# Always from scratch: rcc stamps SOURCE_DATE_EPOCH into the resources, and an incremental build
# would keep an older commit's stamp where no resource changed.
rm -rf "$build"
cmake -S "$src" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_INSTALL_PREFIX=/usr \
  -DCARELEDGER_BUILD_TESTS=OFF -DCARELEDGER_BUILD_GUI=ON >/dev/null
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

#!/usr/bin/env bash
# Installs every Debian 12 package CareLedger needs to build, test and run. Idempotent.
# Usage: tools/setup-debian.sh [--test]   (--test adds what the test suite and CI need)
set -euo pipefail

runtime_build=(
  build-essential cmake ninja-build pkg-config git
  libsodium-dev libsqlcipher-dev zlib1g-dev libunistring-dev nlohmann-json3-dev libcli11-dev
  libcurl4-openssl-dev libcpp-httplib-dev libqrcodegencpp-dev libzxing-dev libcairo2-dev
  qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  qt6-svg-dev qt6-multimedia-dev libzxcvbn-dev libgl-dev
)
test_only=(
  clang clang-format clang-tidy libclang-rt-14-dev xvfb xauth zbar-tools poppler-utils zxing-cpp-tools
  binutils file appstream desktop-file-utils
  debootstrap lintian dpkg-dev fakeroot curl ccache
)

packages=("${runtime_build[@]}")
if [[ "${1:-}" == "--test" ]]; then
  packages+=("${test_only[@]}")
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  SUDO=""
  if [[ $(id -u) -ne 0 ]]; then SUDO="sudo"; fi
  echo "Installing: ${missing[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

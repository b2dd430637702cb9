#!/usr/bin/env bash
# The one command that sets up and starts CareLedger on the embedded default (README).
# Installs the packages, builds, fills the embedded ledger with three sample certified providers
# on first run (so the grant wizard has someone to grant to), and starts the desktop app, which
# walks you through creating your wallet. Everything stays on this machine.
set -euo pipefail
cd "$(dirname "$0")/.."

bash tools/setup-debian.sh
cmake -S . -B build/release -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCARELEDGER_BUILD_TESTS=OFF >/dev/null
cmake --build build/release -j "$(nproc)" --target careledger careledger-cli

cli=build/release/app/cli/careledger-cli
data="${XDG_DATA_HOME:-$HOME/.local/share}/careledger"
if [[ ! -f "$data/ledger/checkpoint" ]]; then
  "$cli" demo
fi
if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" ]]; then
  echo "No display found: start CareLedger from a desktop session, or use the command line:"
  echo "  $cli --help"
  exit 1
fi
exec build/release/app/gui/careledger "$@"

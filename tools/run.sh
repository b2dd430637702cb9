#!/usr/bin/env bash
# The one command that sets up and starts CareLedger on the embedded default (README).
# Installs the packages, builds, creates the embedded demo network with three certified sample
# providers (first run only), then creates your patient wallet (first run only: you choose a
# passphrase and write down the recovery phrase) and shows your wallet and the ledger.
set -euo pipefail
cd "$(dirname "$0")/.."

bash tools/setup-debian.sh
cmake -S . -B build/release -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCARELEDGER_BUILD_TESTS=OFF >/dev/null
cmake --build build/release -j "$(nproc)" --target careledger-cli

cli=build/release/app/cli/careledger-cli
data="${XDG_DATA_HOME:-$HOME/.local/share}/careledger"
if [[ ! -f "$data/ledger/checkpoint" ]]; then
  "$cli" demo
fi
if [[ ! -f "$data/wallets/default/wallet.header" ]]; then
  echo
  echo "Creating your patient wallet. Choose a passphrase; you will need it for every action."
  "$cli" wallet create
fi
echo
"$cli" wallet info
echo
"$cli" ledger status
echo
"$cli" directory list
cat <<'TXT'

Try next (the CLI asks for your passphrase; CARELEDGER_PASSPHRASE also works in scripts):
  build/release/app/cli/careledger-cli grant create --to <key id above> --categories allergies,medications --until 30d
  build/release/app/cli/careledger-cli grant list
  build/release/app/cli/careledger-cli audit
TXT

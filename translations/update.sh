#!/usr/bin/env bash
# Refreshes the .ts catalogues from the sources and fills them from strings_*.py.
set -euo pipefail
cd "$(dirname "$0")/.."
lupdate=${LUPDATE:-$(command -v lupdate6 || echo /usr/lib/qt6/bin/lupdate)}
for l in en de fr es; do
  "$lupdate" -silent -locations none -no-obsolete ui app/gui -source-language en \
    -target-language "$l" -ts "translations/careledger_$l.ts"
done
python3 translations/translate.py

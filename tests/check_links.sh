#!/usr/bin/env bash
# Link hygiene (DESIGN §2, §4): the Qt-free executables must not load any Qt library, and nothing
# may load the system libsqlite3 next to SQLCipher (same symbols: whichever loads first wins, and
# plain SQLite silently ignores the encryption key). Checks the full transitive dependency list.
# Usage: check_links.sh <qt-free binary>... -- <qt binary>...
set -euo pipefail
qt_free=()
qt_ok=()
target=qt_free
for a in "$@"; do
  if [[ "$a" == "--" ]]; then target=qt_ok; continue; fi
  if [[ $target == qt_free ]]; then qt_free+=("$a"); else qt_ok+=("$a"); fi
done
fail=0
checked=0
for bin in "${qt_free[@]}" "${qt_ok[@]}"; do
  [[ -x "$bin" ]] || { echo "missing binary: $bin"; fail=1; continue; }
  deps=$(ldd "$bin")
  checked=$((checked + 1))
  if grep -q 'libsqlite3\.so' <<<"$deps"; then
    echo "FAIL: $bin loads the system libsqlite3"; fail=1
  fi
  # A binary without a vault (careledgerd) loads no SQLite at all; that is fine.
done
for bin in "${qt_free[@]}"; do
  if ldd "$bin" | grep -q 'libQt'; then
    echo "FAIL: $bin loads Qt but must stay Qt-free"; fail=1
  fi
done
echo "link check: ${checked} binaries, $([[ $fail == 0 ]] && echo '1 passed, 0 failed' || echo '0 passed, 1 failed')"
exit $fail

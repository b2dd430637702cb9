#!/usr/bin/env bash
# Installs the CareLedger packages into a clean Debian 12 root made with debootstrap, with apt
# resolving their dependencies from the distribution, uses them there as an admin and a patient
# would, purges them, and checks that nothing but the data directories is left behind.
# Usage: packaging/test-install.sh [PACKAGE_DIR]
#   PACKAGE_DIR holds careledger_*.deb and careledgerd_*.deb (default: build them first).
# Needs root (debootstrap, chroot, mounts). KEEP_ROOT=1 keeps the root for a post-mortem. Writes its evidence (logs, the app's screenshot) to
# build/install-test/.
set -euo pipefail
src=$(cd "$(dirname "$0")/.." && pwd)
out="$src/build/install-test"
mirror=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
rm -rf "$out"
mkdir -p "$out"

pkgdir=${1:-}
if [[ -z "$pkgdir" ]]; then
  bash "$src/packaging/build-packages.sh" "$src/build/package" >"$out/build.log" 2>&1 ||
    { tail -40 "$out/build.log"; exit 1; }
  pkgdir="$src/build/package/packages"
fi
shopt -s nullglob
debs=("$pkgdir"/careledger_*.deb "$pkgdir"/careledgerd_*.deb)
[[ ${#debs[@]} == 2 ]] || { echo "expected careledger and careledgerd .deb in $pkgdir"; exit 1; }

root=$(mktemp -d /var/tmp/careledger-root.XXXXXX)
chmod 0755 "$root" # mktemp makes it 0700, and the test user must be able to enter it
mounted=()
cleanup() {
  for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do umount -l "${mounted[$i]}" 2>/dev/null || true; done
  if [[ "${KEEP_ROOT:-0}" == "1" ]]; then echo "root kept: $root"; else rm -rf "$root"; fi
}
trap cleanup EXIT

step() { echo "== $*"; }
in_root() { chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root \
  LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive "$@"; }
as_user() { chroot --userspec=tester:tester "$root" /usr/bin/env -i PATH=/usr/bin:/bin \
  HOME=/home/tester LANG=C.UTF-8 "$@"; }

step "debootstrap bookworm (minbase) into $root"
debootstrap --variant=minbase bookworm "$root" "$mirror" >"$out/debootstrap.log" 2>&1 ||
  { tail -20 "$out/debootstrap.log"; exit 1; }
cat >"$root/etc/apt/sources.list" <<EOF
deb $mirror bookworm main
deb $mirror bookworm-updates main
deb http://deb.debian.org/debian-security bookworm-security main
EOF
cp /etc/resolv.conf "$root/etc/resolv.conf"
for m in proc sys dev dev/pts; do
  case $m in
    proc) mount -t proc proc "$root/proc" ;;
    sys) mount -t sysfs sys "$root/sys" ;;
    *) mount --bind "/$m" "$root/$m" ;;
  esac
  mounted+=("$root/$m")
done

step "test tools in the root (not dependencies of the packages)"
in_root apt-get update -qq >"$out/apt.log" 2>&1
in_root apt-get install -y -qq --no-install-recommends xvfb xauth x11-apps netpbm curl \
  ca-certificates adduser >>"$out/apt.log" 2>&1
in_root adduser --disabled-password --gecos "" tester >/dev/null

# Every file of the root before the packages arrive (what purge must return us to).
snapshot() {
  (cd "$root" && find . -xdev \( -path ./proc -o -path ./sys -o -path ./dev -o -path ./tmp \
    -o -path ./run -o -path ./var/cache -o -path ./var/lib/apt -o -path ./var/lib/dpkg \
    -o -path ./var/log -o -path ./var/tmp -o -path ./root \) -prune -o -print | sort)
}
snapshot >"$out/before.txt"

step "apt install ${debs[*]##*/}"
mkdir -p "$root/tmp/debs"
cp "${debs[@]}" "$root/tmp/debs/"
in_root sh -c 'apt-get install -y --no-install-recommends /tmp/debs/*.deb' >"$out/install.log" 2>&1 ||
  { tail -30 "$out/install.log"; exit 1; }
grep -E "^(Setting up|Unpacking) careledger" "$out/install.log" || true

step "careledger-cli --version"
as_user careledger-cli --version
as_user /usr/sbin/careledgerd --version
as_user careledger --version

step "CLI round trip on the embedded default"
export_pass="CARELEDGER_PASSPHRASE=install test passphrase"
as_user env "$export_pass" careledger-cli demo >"$out/cli.log"
as_user env "$export_pass" careledger-cli wallet create >>"$out/cli.log"
provider=$(as_user careledger-cli --json directory list | sed -n 's/.*"key_id": *"\([0-9a-f]*\)".*/\1/p' | head -1)
[[ -n "$provider" ]] || { echo "no provider in the directory"; cat "$out/cli.log"; exit 1; }
as_user env "$export_pass" careledger-cli grant create --to "$provider" \
  --categories allergies,medications --until 30d >>"$out/cli.log"
as_user env "$export_pass" careledger-cli grant list >>"$out/cli.log"
as_user env "$export_pass" careledger-cli emergency set allergy "Penicillin:anaphylaxis!high" >>"$out/cli.log"
as_user env "$export_pass" careledger-cli token issue --png /home/tester/token.png >>"$out/cli.log"
as_user careledger-cli token verify --no-log --image /home/tester/token.png | tee -a "$out/cli.log"
as_user env "$export_pass" careledger-cli audit >>"$out/cli.log"
as_user careledger-cli ledger verify | tee -a "$out/cli.log"

step "careledgerd on loopback, and a wallet syncing against it"
# A node of role both (the packaged config) writes a single-node network on --init.
in_root sh -c 'careledgerd --config /etc/careledger/careledgerd.conf --init \
  --origin install-test.example/consent --name install-test.example/validator' \
  >"$out/daemon-init.log" 2>&1 ||
  { cat "$out/daemon-init.log"; exit 1; }
in_root chown -R careledger:careledger /var/lib/careledger
chroot --userspec=careledger:careledger "$root" /usr/sbin/careledgerd \
  --config /etc/careledger/careledgerd.conf >"$out/daemon.log" 2>&1 &
daemon=$!
for _ in $(seq 50); do
  in_root curl -fsS http://127.0.0.1:8420/healthz >"$out/healthz.json" 2>/dev/null && break
  sleep 0.2
done
cat "$out/healthz.json"; echo
in_root curl -fsS http://127.0.0.1:8420/metrics | grep -E "^careledger_" | head -5
in_root cp -r /var/lib/careledger/network /home/tester/network
in_root chown -R tester:tester /home/tester/network
node_cli() { as_user env "$export_pass" careledger-cli --wallet /home/tester/node-wallet \
  --ledger http://127.0.0.1:8420/ --network /home/tester/network "$@"; }
node_cli wallet create >"$out/node-wallet.log" # registers the wallet on the node
node_cli sync | tee "$out/sync.log"
grep -q "Cosigners: *1 fresh" "$out/sync.log" || { echo "the sync verified no cosigned checkpoint"; exit 1; }
grep -q "Entries: *1 verified" "$out/sync.log" || { echo "the wallet's registration was not synced"; exit 1; }
kill "$daemon"
wait "$daemon" || true

step "careledger under Xvfb"
as_user sh -c 'xvfb-run -a -s "-screen 0 1280x800x24" sh -c "
  careledger & app=\$!
  sleep 5
  xwd -root -silent | xwdtopnm 2>/dev/null | pnmtopng > /home/tester/careledger.png
  kill \$app"' 2>"$out/gui.log" || true
cp "$root/home/tester/careledger.png" "$out/careledger.png"
[[ $(stat -c %s "$out/careledger.png") -gt 5000 ]] || { echo "no screenshot"; cat "$out/gui.log"; exit 1; }
echo "screenshot: $out/careledger.png"

step "purge"
in_root apt-get purge -y careledger careledgerd >"$out/purge.log" 2>&1
in_root apt-get autoremove --purge -y >>"$out/purge.log" 2>&1
snapshot >"$out/after.txt"
# What may stay: the data directories (the node's ledger, the user's wallets and settings) and
# the careledger system user that owns the kept node data (packaging/debian/careledgerd/postrm).
left=$(comm -13 "$out/before.txt" "$out/after.txt" |
  grep -vE '^\./var/lib/careledger(/|$)|^\./home/tester/(\.local/share/careledger|\.config/CareLedger|\.config/careledger|\.cache|node-wallet|network|token\.png|careledger\.png)(/|$)|^\./home/tester/\.(local|local/share|config)$' || true)
if [[ -n "$left" ]]; then
  echo "left behind after purge:"; echo "$left"; exit 1
fi
echo "purge: nothing left behind but the data directories"
echo "install test: passed"

#!/usr/bin/env bash
# Installs the .deb the way a user would and checks the installed app, then removes it again.
#   packaging/deb-test.sh [--skip-build] [--chroot DIR]
# --skip-build   use target/dist/*.deb as built (default: packaging/build.sh --deb first)
# --chroot DIR   test inside DIR, a minimal Debian made with `debootstrap --variant=minbase bookworm DIR` (created
#                when missing; needs root, debootstrap and Debian's package servers). Default: this machine (root).
# Steps: no /usr/share/desktop-directories (a minimal Debian has none; jpackage's own postinst failed there), then
# apt install ./routerdc-workbench_*.deb, train a small router from sample-data/ and `route` a query with the
# installed command line, start the installed app headless (expects MAIN_WINDOW_SHOWN, and that its AOT cache was
# used), apt remove --purge, and check nothing of it is left.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD=true
CHROOT=""
while (( $# )); do
  case "$1" in
    --skip-build) BUILD=false; shift ;;
    --chroot) CHROOT="$2"; shift 2 ;;
    *) echo "usage: packaging/deb-test.sh [--skip-build] [--chroot DIR]" >&2; exit 2 ;;
  esac
done
[[ $(id -u) -eq 0 ]] || { echo "deb-test: needs root (it installs a package)" >&2; exit 2; }
$BUILD && packaging/build.sh --deb
DEB="$(ls target/dist/routerdc-workbench_*_amd64.deb | head -1)"
[[ -f "$DEB" ]] || { echo "deb-test: no .deb under target/dist (run packaging/build.sh --deb)" >&2; exit 1; }

WORK=/tmp/routerdc-deb-test
if [[ -n "$CHROOT" ]]; then
  if [[ ! -x "$CHROOT/bin/bash" ]]; then
    command -v debootstrap >/dev/null || apt-get install -y -qq debootstrap >/dev/null
    echo "== debootstrap --variant=minbase bookworm $CHROOT"
    debootstrap --variant=minbase bookworm "$CHROOT" >/dev/null
  fi
  mountpoint -q "$CHROOT/proc" || mount -t proc proc "$CHROOT/proc"
  mountpoint -q "$CHROOT/dev/pts" || mount -t devpts devpts "$CHROOT/dev/pts"
  trap 'umount "$CHROOT/dev/pts" "$CHROOT/proc" 2>/dev/null || true' EXIT
  cp /etc/resolv.conf "$CHROOT/etc/resolv.conf"
  IN=(chroot "$CHROOT")
  ROOT="$CHROOT"
else
  IN=()
  ROOT=""
fi
in_target() { "${IN[@]}" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root bash -euo pipefail -c "$1"; }

rm -rf "$ROOT$WORK"
mkdir -p "$ROOT$WORK/data"
cp "$DEB" "$ROOT$WORK/"
cp sample-data/routerdc/*_train.json "$ROOT$WORK/data/"
DEB_NAME="$(basename "$DEB")"

echo "== a system without /usr/share/desktop-directories"
if [[ -d "$ROOT/usr/share/desktop-directories" ]]; then
  [[ -n "$CHROOT" ]] || { echo "deb-test: /usr/share/desktop-directories exists here; use --chroot for the minimal case" >&2; exit 1; }
  rm -rf "$ROOT/usr/share/desktop-directories"
fi

echo "== apt install ./$DEB_NAME"
START=$SECONDS
in_target "cd $WORK && apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends ./$DEB_NAME >apt-install.log 2>&1 || { tail -30 apt-install.log; exit 1; }
  dpkg -s routerdc-workbench | grep -qx 'Status: install ok installed'
  test -f /usr/share/applications/routerdc-workbench-RouterDC_Workbench.desktop
  test -x /usr/bin/routerdc-workbench"
echo "   installed and configured in $(( SECONDS - START )) s; menu entry and /usr/bin/routerdc-workbench present"

echo "== installed CLI: train a small router from sample-data, route a query"
in_target "cd $WORK && routerdc-workbench train --train data/*_train.json --out small.router --steps 60 --eval-every 20 \
    --device cpu --cache $WORK/cache >train.log 2>&1 || { tail -30 train.log; exit 1; }
  routerdc-workbench route --router small.router --json 'Solve 12 * 7 + 5 and explain each step.' | tee route.json
  grep -q '\"chosen\"' route.json"

echo "== installed app: headless start"
in_target "cd $WORK && mkdir -p config && JAVA_TOOL_OPTIONS='-Drouterdc.smoke=true -Drouterdc.config.dir=$WORK/config -Dglass.platform=Headless -Dprism.order=sw -Xlog:class+load=info:file=$WORK/classes.log' \
    timeout 90 routerdc-workbench >app.out 2>app.err || { tail -20 app.err; exit 1; }
  grep -qx MAIN_WINDOW_SHOWN app.out
  shared=\$(grep -c 'source: shared objects file' classes.log || true)
  echo \"   \$shared classes came from the AOT cache\"
  [ \"\$shared\" -ge 1000 ]"
echo "   MAIN_WINDOW_SHOWN; the AOT cache of the installed image was used"

echo "== apt remove --purge"
in_target "DEBIAN_FRONTEND=noninteractive apt-get remove --purge -y -qq routerdc-workbench >/dev/null
  ! dpkg -s routerdc-workbench >/dev/null 2>&1
  test ! -e /opt/routerdc-workbench
  test ! -e /usr/share/applications/routerdc-workbench-RouterDC_Workbench.desktop
  test ! -e /usr/bin/routerdc-workbench"
rm -rf "$ROOT$WORK"
echo "PASS: .deb installed on a system without menu folders, CLI route and app start worked, removed cleanly"

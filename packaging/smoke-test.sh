#!/usr/bin/env bash
# Builds the app image, starts the packaged launcher and checks that the main window comes up.
#   packaging/smoke-test.sh [--skip-build] [--xvfb]
# Default: JavaFX's headless platform (no display needed). --xvfb: a real X window under xvfb-run.
# The app, started with -Drouterdc.smoke=true, prints MAIN_WINDOW_SHOWN when its stage is shown and quits after 2 s.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_ARGS=()
USE_XVFB=false
for arg in "$@"; do
  case "$arg" in
    --skip-build) BUILD_ARGS+=(--skip-build) ;;
    --xvfb) USE_XVFB=true ;;
    *) echo "usage: packaging/smoke-test.sh [--skip-build] [--xvfb]" >&2; exit 2 ;;
  esac
done
packaging/build.sh "${BUILD_ARGS[@]}"

LAUNCHER="target/dist/RouterDC Workbench/bin/RouterDC Workbench"
[ -x "$LAUNCHER" ] || { echo "FAIL: no launcher at $LAUNCHER" >&2; exit 1; }
CONFIG="$(mktemp -d)"
OUT="$CONFIG/stdout.txt"
trap 'rm -rf "$CONFIG"' EXIT

# JAVA_TOOL_OPTIONS reaches the JVM inside the native launcher; the config dir keeps the user's settings untouched.
OPTIONS="-Drouterdc.smoke=true -Drouterdc.config.dir=$CONFIG"
if $USE_XVFB; then
  command -v xvfb-run >/dev/null || { echo "FAIL: xvfb-run missing (apt-get install -y xvfb libgtk-3-0)" >&2; exit 1; }
  RUN=(xvfb-run -a "$LAUNCHER")
else
  OPTIONS="$OPTIONS -Dglass.platform=Headless -Dprism.order=sw"
  RUN=("$LAUNCHER")
fi

echo "== starting $LAUNCHER"
set +e
JAVA_TOOL_OPTIONS="$OPTIONS" timeout 90 "${RUN[@]}" >"$OUT" 2>"$CONFIG/stderr.txt"
STATUS=$?
set -e
cat "$OUT"
if [ "$STATUS" -ne 0 ]; then
  echo "FAIL: launcher exited with $STATUS" >&2
  tail -20 "$CONFIG/stderr.txt" >&2
  exit 1
fi
if ! grep -qx "MAIN_WINDOW_SHOWN" "$OUT"; then
  echo "FAIL: the main window was not reported shown" >&2
  tail -20 "$CONFIG/stderr.txt" >&2
  exit 1
fi
echo "PASS: main window shown, app closed by itself"

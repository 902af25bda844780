#!/usr/bin/env bash
# Start-up benchmark of the packaged app: milliseconds from launching the app image's launcher to its main window
# being shown (the app prints MAIN_WINDOW_SHOWN from the stage's onShown), on JavaFX's headless platform.
#   packaging/bench-startup.sh [--runs N] [IMAGE_DIR ...]
# IMAGE_DIR defaults to "target/dist/RouterDC Workbench" (build it with packaging/build.sh). Give two image folders to
# compare builds in the same session (starts alternate). Prints each start, the median and the fastest per image.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=5
IMAGES=()
while (( $# )); do
  case "$1" in
    --runs) RUNS="$2"; shift 2 ;;
    -h|--help) sed -n '2,6p' "$0"; exit 0 ;;
    *) IMAGES+=("$1"); shift ;;
  esac
done
(( ${#IMAGES[@]} )) || IMAGES=("target/dist/RouterDC Workbench")

CONFIG="$(mktemp -d)"
trap 'rm -rf "$CONFIG"' EXIT

# One start: prints the milliseconds until MAIN_WINDOW_SHOWN, or fails. The app quits by itself 2 s after showing.
start_once() {
  local launcher="$1" start shown=""
  start=$(date +%s%N)
  while IFS= read -r line; do
    if [[ "$line" == MAIN_WINDOW_SHOWN ]]; then
      shown=$(date +%s%N)
    fi
  done < <(JAVA_TOOL_OPTIONS="-Drouterdc.smoke=true -Drouterdc.config.dir=$CONFIG -Dglass.platform=Headless -Dprism.order=sw" \
             timeout 60 "$launcher" 2>>"$CONFIG/stderr.txt")
  [[ -n "$shown" ]] || { echo "no MAIN_WINDOW_SHOWN from $launcher; stderr:" >&2; tail -20 "$CONFIG/stderr.txt" >&2; return 1; }
  echo $(( (shown - start) / 1000000 ))
}

# Starts alternate between the images, so that other load on the machine falls on all of them alike.
declare -A TIMES
for (( i = 1; i <= RUNS; i++ )); do
  for image in "${IMAGES[@]}"; do
    launcher="$(find "$image/bin" -maxdepth 1 -type f -perm -u+x | head -1)"
    [[ -x "$launcher" ]] || { echo "no launcher under $image/bin" >&2; exit 1; }
    TIMES[$image]+="$(start_once "$launcher") "
  done
done
for image in "${IMAGES[@]}"; do
  read -r -a times <<<"${TIMES[$image]}"
  median="$(printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( (RUNS + 1) / 2 ))p")"
  fastest="$(printf '%s\n' "${times[@]}" | sort -n | head -1)"
  echo "$image: starts ${times[*]} ms; median of $RUNS: $median ms, fastest $fastest ms ($(nproc) CPUs, load $(cut -d' ' -f1 /proc/loadavg))"
done

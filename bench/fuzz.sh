#!/usr/bin/env bash
# Fuzzes every reader with Jazzer: RUNS inputs per target (default 1,000,000), one target at a time.
# Usage: bench/fuzz.sh [target ...]     targets: routerDcJson jsonLines csvAndTsv npy routerManifest bundleSafetensors
# A finding fails the run and leaves its input under src/test/resources/.../ReadersFuzzTestInputs/<target>/ (crash-*),
# where `mvn verify` replays it from then on. Log: target/fuzz/<target>.log; summary lines: "Done N runs in S second(s)".
set -uo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow"
export JAZZER_FUZZ=1
cd "$ROOT"
targets=("$@")
[[ ${#targets[@]} -eq 0 ]] && targets=(routerDcJson jsonLines csvAndTsv npy routerManifest bundleSafetensors)
mkdir -p target/fuzz
mvn -B -q test-compile >/dev/null
status=0
for t in "${targets[@]}"; do
  log="target/fuzz/$t.log"
  mvn -B -o surefire:test -Dtest="org.routerdc.workbench.fuzz.ReadersFuzzTest#$t" >"$log" 2>&1
  rc=$?
  summary="$(grep -E '^Done [0-9]+ runs' "$log" | tail -1)"
  finding="$(grep -m1 -E '== Java Exception|FuzzerSecurityIssue|OutOfMemory|Timeout' "$log")"
  echo "$t: exit $rc; ${summary:-no summary}${finding:+; finding: $finding}"
  [[ $rc -ne 0 ]] && status=1
done
exit $status

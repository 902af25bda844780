#!/usr/bin/env bash
# Checks the `gpu` Maven profile on a machine without a GPU: it compiles, and the engine tests (everything but the
# desktop app's) pass with its natives (DJL 0.33, PyTorch 2.5.1 cu124, ONNX Runtime's GPU build), falling back to CPU.
# Run once by hand: the CUDA natives are ~2.4 GB from Maven Central. Works on a copy, so ./target stays as it is.
# Usage: bench/gpu-profile-check.sh [extra mvn args]      (log: target/gpu-profile-check.log)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow"
export OMP_WAIT_POLICY=PASSIVE
COPY="$(mktemp -d)"
trap 'rm -rf "$COPY"' EXIT
mkdir -p "$ROOT/target"
LOG="$ROOT/target/gpu-profile-check.log"
tar -C "$ROOT" --exclude=./target --exclude=./.git -cf - . | tar -C "$COPY" -xf -
cd "$COPY"
start=$(date +%s)
echo "== resolved natives" | tee "$LOG"
mvn -B -Pgpu dependency:list -DincludeGroupIds=ai.djl,ai.djl.pytorch,com.microsoft.onnxruntime 2>&1 \
  | grep -E ':(jar|.*linux-x86_64)' | tee -a "$LOG"
echo "== mvn -Pgpu verify, engine tests only (app/ is the desktop app, not engine)" | tee -a "$LOG"
set +e
mvn -B -Pgpu verify -Dsurefire.failIfNoSpecifiedTests=false \
  -Dtest='org/routerdc/workbench/ArchitectureTest,org/routerdc/workbench/data/**/*Test,org/routerdc/workbench/encode/**/*Test,org/routerdc/workbench/train/**/*Test,org/routerdc/workbench/finetune/**/*Test,org/routerdc/workbench/eval/**/*Test,org/routerdc/workbench/route/**/*Test,org/routerdc/workbench/tsne/**/*Test,org/routerdc/workbench/cli/**/*Test' \
  "$@" >>"$LOG" 2>&1
rc=$?
set -e
grep -E 'Tests run:.*Fail|BUILD|ERROR|PyTorch graph executor|CUDA|Engine' "$LOG" | grep -v '^\[INFO\] Running' | tail -40
echo "gpu profile check: exit $rc after $(( $(date +%s) - start )) s (log: $LOG)"
exit $rc

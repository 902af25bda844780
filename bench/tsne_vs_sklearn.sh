#!/usr/bin/env bash
# Side-by-side t-SNE benchmark on the same machine, same slices, back to back per N:
# scikit-learn's Barnes-Hut TSNE vs ours, same perplexity (30), iterations (250 exaggerated + 750),
# effective learning rate (ours max(N/12, 50); scikit-learn gets a quarter of it, its gradient keeps a factor 4),
# PCA initialisation and preprocessing (L2-normalise, PCA to 50). Both layouts are scored by OUR code on the SAME P
# (exact KL) and with the same 10-NN preservation (cosine on the raw rows, 2000 fixed query points against all N).
# Wall and CPU seconds cover preprocessing + t-SNE (not file loading). The machine may be shared: the load average
# is printed before each N; scikit-learn runs with OMP_WAIT_POLICY=PASSIVE (no spinning OpenMP threads).
#
# Installs nothing. Needs: scikit-learn for the system python (apt-get install python3-sklearn),
# JDK 25 (JAVA_HOME), and a compiled project (mvn -q -B compile).
# Usage: bench/tsne_vs_sklearn.sh [EMBEDDINGS.npy]   env: SIZES="5000 10000 20000", OURS_ONLY="50000"
set -euo pipefail
cd "$(dirname "$0")/.."
EMB=${1:-/work/bench/routerdc-bge.npy}
SIZES=${SIZES:-"5000 10000 20000"}
OURS_ONLY=${OURS_ONLY-"50000"}   # set OURS_ONLY="" to skip
PY=/usr/bin/python3
JAVA=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
CLASSES=${CLASSES:-target/test-classes:target/classes}
WORK=${WORK:-target/tsne-bench}
mkdir -p "$WORK"

echo "machine: $(nproc) cores, $(uname -m); embeddings: $EMB"
echo "| N | tool | wall s | CPU s | KL (same P) | KL (tool's own) | knn10 |"
echo "|---|---|---|---|---|---|---|"
for N in $SIZES $OURS_ONLY; do
  SLICE="$WORK/slice_$N.npy"
  info=$($PY bench/sklearn_tsne.py slice "$EMB" "$N" 0 "$SLICE")
  rows=$($PY -c "import json,sys; print(json.loads(sys.argv[1])['rows'])" "$info")
  [ "$rows" != "$N" ] && echo "note: asked for $N rows, the file has $rows; using all of them"
  echo "load before N=$rows: $(cut -d' ' -f1-3 /proc/loadavg)"
  if [[ " $SIZES " == *" $N "* ]]; then
    lr=$($PY -c "print(max($rows / 12.0, 50.0))")
    sk=$(OMP_WAIT_POLICY=PASSIVE $PY bench/sklearn_tsne.py run "$SLICE" "$WORK/sklearn_$N.csv" --learning-rate "$lr")
    sks=$($PY -c "import json,sys; print(json.loads(sys.argv[1])['seconds'])" "$sk")
    skkl=$($PY -c "import json,sys; print(json.loads(sys.argv[1])['kl'])" "$sk")
    skcpu=$($PY -c "import json,sys; print(json.loads(sys.argv[1])['cpu'])" "$sk")
    "$JAVA" -cp "$CLASSES" org.routerdc.workbench.tsne.TsneBenchmark "$SLICE" "$WORK/ours_$N.csv" \
        "$WORK/sklearn_$N.csv" "$sks" "$skkl" "$skcpu"
  else
    "$JAVA" -cp "$CLASSES" org.routerdc.workbench.tsne.TsneBenchmark "$SLICE" "$WORK/ours_$N.csv"
  fi
done

#!/usr/bin/python3
"""scikit-learn side of bench/tsne_vs_sklearn.sh.

Needs scikit-learn for the system Python (Debian: apt-get install python3-sklearn); run with /usr/bin/python3.

  slice  FULL.npy N SEED OUT.npy   random N rows (fixed seed, sorted); all rows if N >= rows
  run    SLICE.npy OUT.csv --learning-rate LR_VDM [--perplexity 30] [--n-iter 1000] [--seed 42] [--pca-dims 50]
         Barnes-Hut TSNE (angle 0.5) with the workbench's pipeline: L2-normalise (cosine), PCA to 50 dims, init='pca',
         early exaggeration 12, same total iterations. LR_VDM is the learning rate in the van der Maaten convention
         (gradient without the factor 4); scikit-learn keeps the 4 in its gradient, so it gets LR_VDM / 4.
         Early stopping is switched off so both tools run the same number of iterations.
         Prints one JSON line: seconds (load excluded), cpu (process CPU seconds, all threads), kl (scikit-learn's own kl_divergence_), n_iter.
"""
import argparse
import json
import sys
import time

import numpy as np


def make_slice(args):
    full = np.load(args.full, mmap_mode="r")
    n = min(args.n, full.shape[0])
    rows = np.sort(np.random.default_rng(args.seed).choice(full.shape[0], n, replace=False))
    np.save(args.out, np.ascontiguousarray(full[rows], dtype=np.float32))
    print(json.dumps({"requested": args.n, "rows": int(n), "available": int(full.shape[0])}))


def run(args):
    from sklearn.decomposition import PCA
    from sklearn.manifold import TSNE

    x = np.load(args.slice).astype(np.float32)
    start = time.perf_counter()
    cpu_start = time.process_time()
    x = x / np.maximum(np.linalg.norm(x, axis=1, keepdims=True), 1e-12)
    if 0 < args.pca_dims < x.shape[1]:
        x = PCA(n_components=args.pca_dims, svd_solver="randomized", random_state=args.seed).fit_transform(x)
    tsne = TSNE(n_components=2, perplexity=args.perplexity, early_exaggeration=12.0,
                learning_rate=args.learning_rate / 4.0, n_iter=args.n_iter, n_iter_without_progress=args.n_iter,
                min_grad_norm=0.0, metric="euclidean", init="pca", method="barnes_hut", angle=0.5,
                random_state=args.seed, n_jobs=-1)
    y = tsne.fit_transform(x)
    seconds = time.perf_counter() - start
    cpu = time.process_time() - cpu_start
    np.savetxt(args.out, y, delimiter=",")
    print(json.dumps({"seconds": seconds, "cpu": cpu, "kl": float(tsne.kl_divergence_), "n_iter": int(tsne.n_iter_) + 1}))


def main():
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("slice")
    s.add_argument("full")
    s.add_argument("n", type=int)
    s.add_argument("seed", type=int)
    s.add_argument("out")
    r = sub.add_parser("run")
    r.add_argument("slice")
    r.add_argument("out")
    r.add_argument("--learning-rate", type=float, required=True)
    r.add_argument("--perplexity", type=float, default=30.0)
    r.add_argument("--n-iter", type=int, default=1000)
    r.add_argument("--seed", type=int, default=42)
    r.add_argument("--pca-dims", type=int, default=50)
    args = parser.parse_args()
    make_slice(args) if args.cmd == "slice" else run(args)


if __name__ == "__main__":
    sys.exit(main())

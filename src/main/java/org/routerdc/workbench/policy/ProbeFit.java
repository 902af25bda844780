package org.routerdc.workbench.policy;

import java.util.ArrayList;
import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.LinearSolverFactory_DDRM;
import org.ejml.interfaces.linsol.LinearSolverDense;
import org.routerdc.workbench.train.TrainingData;

/**
 * Fits {@link LinearProbe}s: per LLM a weighted ridge regression of credit on [embedding, 1] over the rows that have
 * a score for it, rows weighted as {@link Targets} weighs them (every dataset the same), the intercept unpenalised.
 * The penalty is a fraction of the total weight, so a strength means the same for any number of rows.
 */
final class ProbeFit {
    /** Ridge strengths tried by cross-validation, strongest (simplest) first. */
    static final double[] RIDGE_GRID = {0.02, 0.005, 0.0015};

    /** One ridge strength and each training row's out-of-fold predicted credit under it. */
    record Strength(double ridge, double[][] outOfFold) {
    }

    private ProbeFit() {
    }

    /**
     * Out-of-fold predictions for every strength of {@link #RIDGE_GRID}: each fold's rows predicted by probes fitted
     * on the other folds alone, exactly as {@link #fit} would fit them there; one pass over the rows per fold.
     */
    static List<Strength> outOfFold(TrainingData data, Folds folds) {
        int n = data.size();
        double[][][] predicted = new double[RIDGE_GRID.length][n][];
        for (int fold = 0; fold < folds.count(); fold++) {
            Normal normal = Normal.over(data.select(folds.trainedOn(fold)));
            for (int r = 0; r < RIDGE_GRID.length; r++) {
                LinearProbe probe = normal.solve(RIDGE_GRID[r]);
                for (int i : folds.heldOut(fold)) {
                    predicted[r][i] = probe.expected(data.embeddings()[i]);
                }
            }
        }
        List<Strength> strengths = new ArrayList<>();
        for (int r = 0; r < RIDGE_GRID.length; r++) {
            strengths.add(new Strength(RIDGE_GRID[r], predicted[r]));
        }
        return strengths;
    }

    /** The probe over every row of {@code data} at one strength. */
    static LinearProbe fit(TrainingData data, double ridge) {
        return Normal.over(data).solve(ridge);
    }

    /**
     * The weighted normal equations of the rows: X'WX over [embedding, 1] shared by every LLM, and per LLM X'Wy
     * and the part of X'WX from rows without its score (subtracted, so holes cost only their own rows).
     */
    private record Normal(double[][] gram, double[][] missingGram, double[][] moment, double totalWeight,
                          double[] scoredWeight) {
        static Normal over(TrainingData data) {
            Targets targets = Targets.of(data);
            int dim = data.embeddings()[0].length + 1;
            int llms = targets.llms();
            double[][] gram = new double[dim][dim];
            double[][] missing = new double[llms][];
            double[][] moment = new double[llms][dim];
            double total = 0;
            double[] scored = new double[llms];
            double[] x = new double[dim];
            for (int i = 0; i < data.size(); i++) {
                float[] e = data.embeddings()[i];
                for (int j = 0; j < e.length; j++) {
                    x[j] = e[j];
                }
                x[dim - 1] = 1;
                double w = targets.weight()[i];
                total += w;
                addOuter(gram, x, w);
                for (int t = 0; t < llms; t++) {
                    double credit = targets.credit()[i][t];
                    if (Double.isNaN(credit)) {
                        if (missing[t] == null) {
                            missing[t] = new double[dim * dim];
                        }
                        addOuterFlat(missing[t], x, w);
                    } else {
                        scored[t] += w;
                        for (int j = 0; j < dim; j++) {
                            moment[t][j] += w * credit * x[j];
                        }
                    }
                }
            }
            for (int a = 0; a < dim; a++) {
                for (int b = 0; b < a; b++) {
                    gram[b][a] = gram[a][b];
                }
            }
            return new Normal(gram, missing, moment, total, scored);
        }

        LinearProbe solve(double ridge) {
            int dim = gram.length;
            float[][] weights = new float[moment.length][];
            for (int t = 0; t < moment.length; t++) {
                weights[t] = new float[dim];
                if (scoredWeight[t] <= 1e-12 * totalWeight) {
                    continue; // no row scores this LLM: predict 0 rather than solve an empty system
                }
                DMatrixRMaj a = new DMatrixRMaj(dim, dim);
                for (int r = 0; r < dim; r++) {
                    for (int c = 0; c < dim; c++) {
                        double missingPart = missingGram[t] == null ? 0 : missingGram[t][Math.max(r, c) * dim + Math.min(r, c)];
                        a.set(r, c, gram[r][c] - missingPart);
                    }
                }
                for (int r = 0; r < dim - 1; r++) {
                    a.add(r, r, ridge * totalWeight);
                }
                LinearSolverDense<DMatrixRMaj> solver = LinearSolverFactory_DDRM.symmPosDef(dim);
                if (!solver.setA(a)) {
                    throw new IllegalStateException("linear probe: normal equations are not positive definite");
                }
                DMatrixRMaj b = new DMatrixRMaj(dim, 1, true, moment[t]);
                DMatrixRMaj solution = new DMatrixRMaj(dim, 1);
                solver.solve(b, solution);
                for (int j = 0; j < dim; j++) {
                    weights[t][j] = (float) solution.get(j, 0);
                }
            }
            return new LinearProbe(weights);
        }

        /** Lower triangle only; mirrored once at the end. */
        private static void addOuter(double[][] gram, double[] x, double w) {
            for (int a = 0; a < x.length; a++) {
                double wa = w * x[a];
                double[] row = gram[a];
                for (int b = 0; b <= a; b++) {
                    row[b] += wa * x[b];
                }
            }
        }

        /** Lower triangle of a flat row-major matrix. */
        private static void addOuterFlat(double[] gram, double[] x, double w) {
            int dim = x.length;
            for (int a = 0; a < dim; a++) {
                double wa = w * x[a];
                for (int b = 0; b <= a; b++) {
                    gram[a * dim + b] += wa * x[b];
                }
            }
        }
    }
}

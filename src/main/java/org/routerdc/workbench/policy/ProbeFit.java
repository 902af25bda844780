package org.routerdc.workbench.policy;

import java.util.ArrayList;
import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
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
     * ({@code moment}, one column each) and the part of X'WX from rows without its score (null when none; subtracted,
     * so holes cost only their own rows). Rows enter scaled by the square root of their weight.
     */
    private record Normal(DMatrixRMaj gram, DMatrixRMaj[] missingGram, DMatrixRMaj moment, double totalWeight,
                          double[] scoredWeight) {
        static Normal over(TrainingData data) {
            Targets targets = Targets.of(data);
            int n = data.size();
            int dim = data.embeddings()[0].length + 1;
            int llms = targets.llms();
            DMatrixRMaj rows = new DMatrixRMaj(n, dim);
            DMatrixRMaj credits = new DMatrixRMaj(n, llms);
            double total = 0;
            double[] scored = new double[llms];
            for (int i = 0; i < n; i++) {
                double w = targets.weight()[i];
                double root = Math.sqrt(w);
                float[] e = data.embeddings()[i];
                for (int j = 0; j < e.length; j++) {
                    rows.unsafe_set(i, j, root * e[j]);
                }
                rows.unsafe_set(i, dim - 1, root);
                total += w;
                for (int t = 0; t < llms; t++) {
                    double credit = targets.credit()[i][t];
                    if (!Double.isNaN(credit)) {
                        credits.unsafe_set(i, t, root * credit);
                        scored[t] += w;
                    }
                }
            }
            DMatrixRMaj gram = new DMatrixRMaj(dim, dim);
            CommonOps_DDRM.multInner(rows, gram);
            DMatrixRMaj moment = new DMatrixRMaj(dim, llms);
            CommonOps_DDRM.multTransA(rows, credits, moment);
            DMatrixRMaj[] missing = new DMatrixRMaj[llms];
            for (int t = 0; t < llms; t++) {
                int llm = t;
                int[] holes = java.util.stream.IntStream.range(0, n)
                        .filter(i -> Double.isNaN(targets.credit()[i][llm])).toArray();
                if (holes.length > 0) {
                    DMatrixRMaj holed = new DMatrixRMaj(holes.length, dim);
                    CommonOps_DDRM.extract(rows, holes, holes.length, java.util.stream.IntStream.range(0, dim).toArray(),
                            dim, holed);
                    missing[t] = new DMatrixRMaj(dim, dim);
                    CommonOps_DDRM.multInner(holed, missing[t]);
                }
            }
            return new Normal(gram, missing, moment, total, scored);
        }

        LinearProbe solve(double ridge) {
            int dim = gram.numRows;
            int llms = moment.numCols;
            float[][] weights = new float[llms][dim];
            for (int t = 0; t < llms; t++) {
                if (scoredWeight[t] <= 1e-12 * totalWeight) {
                    continue; // no row scores this LLM: predict 0 rather than solve an empty system
                }
                DMatrixRMaj a = missingGram[t] == null ? gram.copy() : CommonOps_DDRM.subtract(gram, missingGram[t], null);
                for (int r = 0; r < dim - 1; r++) {
                    a.add(r, r, ridge * totalWeight);
                }
                LinearSolverDense<DMatrixRMaj> solver = LinearSolverFactory_DDRM.symmPosDef(dim);
                if (!solver.setA(a)) {
                    throw new IllegalStateException("linear probe: normal equations are not positive definite");
                }
                DMatrixRMaj solution = new DMatrixRMaj(dim, 1);
                solver.solve(CommonOps_DDRM.extractColumn(moment, t, null), solution);
                for (int j = 0; j < dim; j++) {
                    weights[t][j] = (float) solution.get(j, 0);
                }
            }
            return new LinearProbe(weights);
        }
    }
}

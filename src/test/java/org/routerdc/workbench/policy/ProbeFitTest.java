package org.routerdc.workbench.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.routerdc.workbench.data.Metric;
import org.routerdc.workbench.train.TrainingData;

class ProbeFitTest {
    private static TrainingData data(float[][] embeddings, double[][] scores) {
        return new TrainingData(embeddings, scores, null, new int[embeddings.length], List.of("g"), List.of(Metric.GRADED),
                List.of("a", "b"));
    }

    @Test
    void ridgeShrinksTheSlopeButNotTheIntercept() {
        // x = 1 and x = -1 weigh 1/2 each; LLM a scores 1 at x = 1 and 0 at x = -1. Normal equations with penalty r on the
        // slope: (1 + r) w = 1/2 and b = 1/2, so w = 0.4 at r = 0.25. LLM b scores 0.3 on both: w = 0, b = 0.3.
        TrainingData data = data(new float[][]{{1}, {-1}}, new double[][]{{1, 0.3}, {0, 0.3}});
        LinearProbe probe = ProbeFit.fit(data, 0.25);
        assertThat(probe.weights()[0][0]).isCloseTo(0.4f, within(1e-6f));
        assertThat(probe.weights()[0][1]).isCloseTo(0.5f, within(1e-6f));
        assertThat(probe.expected(new float[]{1})).containsExactly(new double[]{0.9, 0.3}, within(1e-6));
    }

    @Test
    void aRowWithoutAnLlmsScoreLeavesThatLlmsFitAlone() {
        float[][] e = {{1, 0}, {0, 1}, {0.6f, 0.8f}, {-1, 0}};
        double[][] withHole = {{0.9, 0.1}, {0.2, 0.7}, {Double.NaN, 0.4}, {0.5, 0.5}};
        LinearProbe holed = ProbeFit.fit(data(e, withHole), 0.01);
        // LLM a fitted on rows 0, 1, 3 only: the same as a table without row 2 (whose weight the targets then spread
        // over three rows instead of four, which leaves the weighted least squares unchanged up to scale)
        LinearProbe without = ProbeFit.fit(data(new float[][]{e[0], e[1], e[3]},
                new double[][]{withHole[0], withHole[1], withHole[3]}), 0.01 * 4 / 3);
        float[] query = {0.3f, 0.3f};
        assertThat(holed.expected(query)[0]).isCloseTo(without.expected(query)[0], within(1e-5));
        // LLM b keeps every row
        assertThat(holed.expected(query)[1]).isNotCloseTo(without.expected(query)[1], within(1e-5));
    }

    @Test
    void anLlmWithoutAnyScorePredictsZero() {
        TrainingData data = data(new float[][]{{1}, {-1}}, new double[][]{{1, Double.NaN}, {0, Double.NaN}});
        LinearProbe probe = ProbeFit.fit(data, 0.01);
        assertThat(probe.expected(new float[]{0.5f})[1]).isZero();
        assertThat(probe.expected(new float[]{0.5f})[0]).isBetween(0.5, 1.0);
    }

    @Test
    void outOfFoldPredictionsComeFromTheOtherFoldsOnly() {
        TrainingData data = org.routerdc.workbench.train.SyntheticTasks.generate(200, 8, 3, 2, 0.5, 4);
        Folds folds = Folds.stratified(data.datasetIndex(), 5, 1);
        List<ProbeFit.Strength> strengths = ProbeFit.outOfFold(data, folds);
        assertThat(strengths).extracting(ProbeFit.Strength::ridge).containsExactly(0.02, 0.005, 0.0015);
        for (int fold = 0; fold < 5; fold++) {
            LinearProbe probe = ProbeFit.fit(data.select(folds.trainedOn(fold)), 0.005);
            for (int i : folds.heldOut(fold)) {
                assertThat(strengths.get(1).outOfFold()[i]).containsExactly(probe.expected(data.embeddings()[i]), within(1e-5));
            }
        }
        // a held-out row's own scores never reach its prediction: change fold 0's scores, its predictions stay
        double[][] changed = new double[data.size()][];
        for (int i = 0; i < changed.length; i++) {
            changed[i] = data.scores()[i].clone();
        }
        for (int i : folds.heldOut(0)) {
            java.util.Arrays.fill(changed[i], 1.0);
        }
        TrainingData other = new TrainingData(data.embeddings(), changed, null, data.datasetIndex(), data.datasetNames(),
                data.datasetMetrics(), data.llms());
        List<ProbeFit.Strength> again = ProbeFit.outOfFold(other, folds);
        for (int i : folds.heldOut(0)) {
            assertThat(again.get(1).outOfFold()[i]).containsExactly(strengths.get(1).outOfFold()[i], within(1e-9));
        }
        assertThat(again.get(1).outOfFold()[folds.heldOut(1)[0]]).as("other folds did learn from the change")
                .isNotEqualTo(strengths.get(1).outOfFold()[folds.heldOut(1)[0]]);
    }
}

package org.routerdc.workbench.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.routerdc.workbench.data.Metric;
import org.routerdc.workbench.train.RouterTrainer;
import org.routerdc.workbench.train.SyntheticTasks;
import org.routerdc.workbench.train.TrainedRouter;
import org.routerdc.workbench.train.TrainingConfig;
import org.routerdc.workbench.train.TrainingData;
import org.routerdc.workbench.train.TrainingDevice;
import org.routerdc.workbench.train.TrainingEvent;

class PolicySearchTest {
    private static TrainingConfig quick() {
        return TrainingConfig.defaults().withSteps(150).withEvalEvery(50).withSeed(3).withClusters(4)
                .withSamplesPerDataset(TrainingConfig.BALANCED).withDevice(TrainingDevice.CPU);
    }

    @Test
    void expectedScoresAreCalibratedOnAFoldTheSearchNeverSaw() throws Exception {
        TrainingData all = SyntheticTasks.generate(6000, 16, 6, 4, 1.0, 11);
        Folds apart = Folds.stratified(all.datasetIndex(), 3, 5);
        TrainingData seen = all.select(apart.trainedOn(0));
        TrainingData heldApart = all.select(apart.heldOut(0));
        List<TrainingEvent> events = new ArrayList<>();
        PolicySearch.Result search = PolicySearch.run(seen, quick(), events::add, () -> false);
        TrainedRouter head = RouterTrainer.train(seen, null, quick().withSteps(search.steps()).withEvalEvery(search.steps()),
                java.nio.file.Files.createTempDirectory("policy-test"), e -> { }, () -> false);
        RoutingPolicy policy = search.policy();

        // every (row, LLM) of the held-apart fold, by decile of the predicted expected score
        List<double[]> pairs = new ArrayList<>();
        for (int i = 0; i < heldApart.size(); i++) {
            float[] x = heldApart.embeddings()[i];
            double[] expected = policy.expected(head.scores(x), x);
            for (int t = 0; t < expected.length; t++) {
                pairs.add(new double[]{expected[t], heldApart.scores()[i][t] > 0 ? 1 : 0});
            }
        }
        pairs.sort((a, b) -> Double.compare(a[0], b[0]));
        int decile = pairs.size() / 10;
        for (int d = 0; d < 10; d++) {
            double predicted = 0;
            double observed = 0;
            for (double[] pair : pairs.subList(d * decile, (d + 1) * decile)) {
                predicted += pair[0] / decile;
                observed += pair[1] / decile;
            }
            assertThat(Math.abs(predicted - observed)).as("decile %d: predicted %.3f, observed %.3f", d, predicted, observed)
                    .isLessThanOrEqualTo(0.05);
        }
        assertThat(search.report().router()).isGreaterThanOrEqualTo(search.report().bestSingle());
        assertThat(events).filteredOn(TrainingEvent.FoldEvaluation.class::isInstance)
                .extracting(e -> ((TrainingEvent.FoldEvaluation) e).fold()).containsOnly(1, 2, 3, 4, 5);
        assertThat(events).anySatisfy(e -> assertThat(e).isInstanceOf(TrainingEvent.Log.class)
                .extracting(l -> ((TrainingEvent.Log) l).message()).asString().contains("cross-validation fold 5/5"));
    }

    @Test
    void saysWhyWhenTheDataCannotBeCrossValidated() {
        TrainingData tiny = SyntheticTasks.generate(8, 4, 2, 3, 0.5, 1);
        assertThat(PolicySearch.whyNot(tiny)).contains("too few");
        double[][] ties = new double[40][];
        float[][] embeddings = new float[40][];
        for (int i = 0; i < 40; i++) {
            ties[i] = new double[]{0.5, 0.5, 0.5};
            embeddings[i] = new float[]{(float) Math.cos(i), (float) Math.sin(i)};
        }
        TrainingData tied = new TrainingData(embeddings, ties, null, new int[40], List.of("d"), List.of(Metric.GRADED),
                List.of("a", "b", "c"));
        assertThat(PolicySearch.whyNot(tied)).contains("same on every training row");
        assertThat(PolicySearch.whyNot(SyntheticTasks.generate(200, 4, 2, 3, 0.5, 1))).isNull();
    }

    @Test
    void foldsKeepEveryDatasetInEveryFold() {
        int[] datasets = {0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1};
        Folds folds = Folds.stratified(datasets, 5, 9);
        for (int f = 0; f < 5; f++) {
            assertThat(folds.heldOut(f)).isNotEmpty();
            assertThat(folds.heldOut(f).length + folds.trainedOn(f).length).isEqualTo(datasets.length);
        }
        for (int d = 0; d < 2; d++) {
            int dataset = d;
            java.util.Set<Integer> seen = new java.util.HashSet<>();
            for (int i = 0; i < datasets.length; i++) {
                if (datasets[i] == dataset) {
                    seen.add(folds.foldOf()[i]);
                }
            }
            assertThat(seen).hasSize(5);
        }
    }
}

package org.routerdc.workbench.curve;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.routerdc.workbench.data.QueryRow;
import org.routerdc.workbench.data.ScoreTable;
import org.routerdc.workbench.data.ScoreTables;
import org.routerdc.workbench.encode.CancelCheck;
import org.routerdc.workbench.encode.EmbeddingCache;
import org.routerdc.workbench.encode.EncodeProgress;
import org.routerdc.workbench.encode.EncoderOptions;
import org.routerdc.workbench.encode.OnnxTextEncoder;
import org.routerdc.workbench.eval.NearestNeighbours;
import org.routerdc.workbench.files.AtomicFiles;
import org.routerdc.workbench.policy.Folds;
import org.routerdc.workbench.policy.PolicySearch;
import org.routerdc.workbench.policy.RoutingPolicy;
import org.routerdc.workbench.train.RouterTrainer;
import org.routerdc.workbench.train.TrainedRouter;
import org.routerdc.workbench.train.TrainingConfig;
import org.routerdc.workbench.train.TrainingData;
import org.routerdc.workbench.train.TrainingDataBuilder;

/**
 * The cost–quality curve by cross-validation on training rows only. 5 outer folds; on each, the default
 * cross-validated router is trained on the other four (its own inner cross-validation included, as {@code train}
 * does) and gives its expected scores on the held-out fold. The out-of-fold curve ({@link CostQualityCurve}, predicted
 * cost = each LLM's mean cost over the training rows) is then measured for the router's expected score, for the mean
 * credit of the k nearest in-fold training queries (kNN), and for blends of the two. Also prints, per dataset, how far
 * the router's mean expected score is from the mean credit (its calibration across datasets).
 * Usage: {@code CostCurveStudy TRAIN.csv...}.
 */
public final class CostCurveStudy {
    private static final int OUTER_FOLDS = 5;
    private static final int[] KNN = {10, 20, 50, 100};
    private static final double[] POLICY_WEIGHT = {1, 0.75, 0.5, 0.25, 0};

    private CostCurveStudy() {
    }

    public static void main(String[] args) throws Exception {
        List<ScoreTable> tables = new ArrayList<>();
        for (String file : args) {
            tables.add(ScoreTables.read(Path.of(file), null));
        }
        float[][] embeddings;
        try (OnnxTextEncoder encoder = OnnxTextEncoder.bundled(EncoderOptions.defaults().withMaxLength(512))) {
            embeddings = EmbeddingCache.atDefaultLocation().encode(encoder, TrainingDataBuilder.texts(tables), EncodeProgress.NONE,
                    CancelCheck.NEVER);
        }
        TrainingData all = TrainingDataBuilder.from(tables, embeddings);
        List<QueryRow> rows = tables.stream().flatMap(t -> t.rows().stream()).toList();
        int n = all.size(), llms = all.llms().size();
        double[][] credits = new double[n][llms], costs = new double[n][];
        for (int i = 0; i < n; i++) {
            for (int t = 0; t < llms; t++) {
                credits[i][t] = all.datasetMetrics().get(all.datasetIndex()[i]).credit(all.scores()[i][t]);
            }
            costs[i] = rows.get(i).costs();
        }
        TrainingConfig config = TrainingConfig.defaults();
        Folds folds = Folds.stratified(all.datasetIndex(), OUTER_FOLDS, config.seed() + 1);
        double[][] policyExpected = new double[n][];
        List<double[][]> knnCredit = new ArrayList<>();
        for (int ignored : KNN) {
            knnCredit.add(new double[n][]);
        }
        for (int fold = 0; fold < OUTER_FOLDS; fold++) {
            long start = System.nanoTime();
            int[] trainedOn = folds.trainedOn(fold);
            TrainingData part = all.select(trainedOn);
            PolicySearch.Result search = PolicySearch.run(part, config, event -> { }, () -> false);
            Path scratch = Files.createTempDirectory("cost-study-");
            TrainedRouter router;
            try {
                router = RouterTrainer.train(part, null, config.withSteps(search.steps()).withEvalEvery(search.steps()),
                        scratch, event -> { }, () -> false);
            } finally {
                AtomicFiles.deleteQuietly(scratch);
            }
            RoutingPolicy policy = search.policy();
            for (int i : folds.heldOut(fold)) {
                float[] query = all.embeddings()[i];
                policyExpected[i] = policy.expected(router.scores(query), query);
                int[] nearest = NearestNeighbours.topK(query, part.embeddings(), KNN[KNN.length - 1]);
                for (int k = 0; k < KNN.length; k++) {
                    double[] mean = new double[llms];
                    for (int j = 0; j < KNN[k]; j++) {
                        for (int t = 0; t < llms; t++) {
                            mean[t] += credits[trainedOn[nearest[j]]][t] / KNN[k];
                        }
                    }
                    knnCredit.get(k)[i] = mean;
                }
            }
            System.out.printf(Locale.ROOT, "fold %d: head weight %.1f, %d steps, %.0f s%n", fold + 1, search.alpha(),
                    search.steps(), (System.nanoTime() - start) / 1e9);
        }
        double[] meanCosts = new double[llms];
        for (double[] row : costs) {
            for (int t = 0; t < llms; t++) {
                meanCosts[t] += row[t] / n;
            }
        }
        calibration(all, credits, policyExpected);
        System.out.println("expected score                      λ=0 quality    aiq  zeroRouterAiq  costSaved  cheap end (hull at the cost of a cheap strong LLM)");
        for (double w : POLICY_WEIGHT) {
            for (int k = 0; k < KNN.length; k++) {
                if (w == 1 && k > 0) {
                    continue;
                }
                double[][] expected = new double[n][llms];
                for (int i = 0; i < n; i++) {
                    for (int t = 0; t < llms; t++) {
                        expected[i][t] = w * policyExpected[i][t] + (1 - w) * knnCredit.get(k)[i][t];
                    }
                }
                String name = w == 1 ? "router (policy)" : String.format(Locale.ROOT, "%.2f router + %.2f kNN-%d", w, 1 - w, KNN[k]);
                print(name, CostQualityCurve.compute(input(all, rows, expected, costs, credits, meanCosts), 40));
            }
        }
    }

    private static CurveInput input(TrainingData all, List<QueryRow> rows, double[][] expected, double[][] costs,
                                    double[][] credits, double[] predicted) {
        List<RoutedDataset> datasets = new ArrayList<>();
        for (int d = 0; d < all.datasetNames().size(); d++) {
            List<Integer> members = new ArrayList<>();
            for (int i = 0; i < all.size(); i++) {
                if (all.datasetIndex()[i] == d) {
                    members.add(i);
                }
            }
            datasets.add(new RoutedDataset(all.datasetNames().get(d), members.stream().map(rows::get).toList(),
                    members.stream().map(i -> expected[i]).toArray(double[][]::new),
                    members.stream().map(i -> costs[i]).toArray(double[][]::new),
                    members.stream().map(i -> credits[i]).toArray(double[][]::new), 0));
        }
        return new CurveInput(all.llms(), predicted, datasets);
    }

    /** The hull's quality at the cost of the most accurate single LLM costing under a tenth of the dearest one. */
    private static void print(String name, CurveReport report) {
        double dearest = report.singles().stream().mapToDouble(SinglePoint::cost).max().orElseThrow();
        SinglePoint cheapStrong = report.singles().stream().filter(s -> s.cost() < dearest / 10)
                .max(java.util.Comparator.comparingDouble(SinglePoint::quality)).orElseThrow();
        System.out.printf(Locale.ROOT, "%-34s %8.2f  %8.2f  %8.2f  %9s  %.2f vs %s alone %.2f at %.3g%n", name,
                report.points().getFirst().quality(), report.aiq(), report.zeroRouterAiq(),
                report.costSavedAtBestSingle() == null ? "none" : String.format(Locale.ROOT, "%.1f %%", report.costSavedAtBestSingle()),
                hullAt(report.hull(), cheapStrong.cost()), cheapStrong.llm(), cheapStrong.quality(), cheapStrong.cost());
    }

    private static double hullAt(List<CostQuality> hull, double cost) {
        if (cost < hull.getFirst().cost()) {
            return Double.NaN;
        }
        for (int i = 0; i + 1 < hull.size(); i++) {
            CostQuality a = hull.get(i), b = hull.get(i + 1);
            if (cost <= b.cost()) {
                return a.quality() + (b.quality() - a.quality()) * (cost - a.cost()) / (b.cost() - a.cost());
            }
        }
        return hull.getLast().quality();
    }

    private static void calibration(TrainingData all, double[][] credits, double[][] expected) {
        System.out.println("router's mean expected score minus mean credit, out of fold, per dataset:");
        for (int d = 0; d < all.datasetNames().size(); d++) {
            StringBuilder line = new StringBuilder("  " + all.datasetNames().get(d) + ":");
            for (int t = 0; t < all.llms().size(); t++) {
                double gap = 0;
                int count = 0;
                for (int i = 0; i < all.size(); i++) {
                    if (all.datasetIndex()[i] == d) {
                        gap += expected[i][t] - credits[i][t];
                        count++;
                    }
                }
                String llm = all.llms().get(t);
                line.append(String.format(Locale.ROOT, " %s %+.2f", llm.substring(llm.lastIndexOf('/') + 1), gap / count));
            }
            System.out.println(line);
        }
    }
}

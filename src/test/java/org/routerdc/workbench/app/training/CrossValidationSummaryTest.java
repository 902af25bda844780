package org.routerdc.workbench.app.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CrossValidationSummaryTest {
    @TempDir
    Path dir;

    private Path router(String crossValidation) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("r" + crossValidation.hashCode() + ".router"));
        Files.writeString(folder.resolve("router.json"), "{\"metrics\": {\"selection\": {}"
                + (crossValidation.isEmpty() ? "" : ", \"crossValidation\": " + crossValidation) + "}}");
        return folder;
    }

    @Test
    void saysHowTheRouterDidBesideTheSimpleRulesAndWarnsWhenOneBeatsIt() throws Exception {
        String worth = "{\"router\": 60.21, \"head\": 59.0, \"cluster\": 60.17, \"knn\": 57.21, \"bestSingle\": 56.26,"
                + " \"folds\": 5, \"steps\": 400, \"alpha\": 0.1, \"clusters\": 8, \"clusterMix\": 1}";
        assertThat(TrainViewModel.crossValidationSummary(router(worth)))
                .isEqualTo(" Cross-validation on the training rows: router 60.21, cluster 60.17, kNN 57.21, best single 56.26.");
        String notWorth = worth.replace("\"bestSingle\": 56.26", "\"bestSingle\": 61.0");
        assertThat(TrainViewModel.crossValidationSummary(router(notWorth))).contains("not worth deploying");
        assertThat(TrainViewModel.crossValidationSummary(router(""))).isEmpty();
    }
}

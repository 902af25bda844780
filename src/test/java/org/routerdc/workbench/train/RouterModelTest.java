package org.routerdc.workbench.train;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.Device;
import org.junit.jupiter.api.Test;

class RouterModelTest {

    @Test
    void stepsAndEvaluationsLeaveNoArraysBehind() {
        TrainingData data = SyntheticRouting.generate(64, 2);
        TrainingConfig config = TrainingConfig.defaults().withBatchSize(16);
        int[] clusters = KMeans.cluster(data.embeddings(), 4, 1).assignment();
        RouterWeights initial = RouterWeights.initial(data.dimension(), data.dimension(), data.llms().size(), 0.78, 1);
        try (RouterModel model = new RouterModel(Device.cpu(), initial, 1.0)) {
            AdamW adam = new AdamW(1e-3, 0.01, model.manager());
            SeededRandom random = new SeededRandom(1);
            BatchOrder batches = new BatchOrder(data.size(), 16, null, 0);
            TrainingStep.run(model, adam, config, data, clusters, batches.next(random), random);
            int owned = model.manager().getManagedArrays().size();
            for (int i = 0; i < 10; i++) {
                TrainingStep.run(model, adam, config, data, clusters, batches.next(random), random);
                model.scores(data.embeddings());
            }
            assertThat(model.manager().getManagedArrays()).hasSize(owned); // 5 parameters + 10 moment arrays
            assertThat(owned).isEqualTo(15);
            assertThat(model.block().trainableParameters()).extracting(p -> p.getName())
                    .containsExactly("w1", "b1", "w2", "b2", "llm_vectors");
        }
    }
}

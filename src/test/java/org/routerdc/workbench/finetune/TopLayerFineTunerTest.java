package org.routerdc.workbench.finetune;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.training.ParameterStore;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class TopLayerFineTunerTest {
    static final List<String> MATHS = List.of("What is 12 times 7?", "Solve 3x + 5 = 20 for x.",
            "How many apples remain if Tom eats 3 of 10?");
    static final List<String> CODE = List.of("Write a Python function that reverses a list.",
            "Fix the null pointer exception in this Java method.", "Implement binary search in C++.");

    @Test
    void prefixThenSuffixEqualsTheWholeEncoderAndOnlyTheSuffixIsTrainable() {
        BertWeights weights = OnnxBertImporter.importModel(BundledBge.model()).weights();
        try (NDManager m = NDManager.newBaseManager(); HuggingFaceTokenizer tokenizer = BgeTexts.tokenizer()) {
            BertEncoderBlock encoder = BertEncoderBlock.load(weights, m);
            TokenBatch batch = TokenBatch.encode(tokenizer, List.of(BgeTexts.MEDIUM, BgeTexts.SHORT));
            ParameterStore ps = new ParameterStore(m, false);
            float[] whole = encoder.forward(ps, batch.toNDList(m), false).singletonOrThrow().toFloatArray();

            BertEncoderSplit split = encoder.splitAt(9);
            NDList cached = split.frozenPrefix().forward(ps, batch.toNDList(m), false);
            float[] composed = split.trainableSuffix().forward(ps, cached, false).get(0).toFloatArray();
            assertThat(composed).containsExactly(whole);

            assertThat(split.trainableSuffix().layerIndices()).containsExactly(9, 10, 11);
            encoder.parametersByName().forEach((name, p) -> assertThat(p.requiresGradient()).as(name)
                    .isEqualTo(name.startsWith("encoder.layer.9.") || name.startsWith("encoder.layer.10.")
                            || name.startsWith("encoder.layer.11.")));
        }
    }

    @Test
    void aFewAdamWStepsPushTwoGroupsApartAndChangeOnlyTheTopTwoLayers() {
        BertWeights imported = OnnxBertImporter.importModel(BundledBge.model()).weights();
        // without dropout each step's loss is exactly the loss of the current weights, so it must fall every step
        BertWeights before = new BertWeights(imported.config().withDropout(0, 0), imported.tensors());
        try (NDManager m = NDManager.newBaseManager(); HuggingFaceTokenizer tokenizer = BgeTexts.tokenizer()) {
            BertEncoderBlock encoder = BertEncoderBlock.load(before, m);
            Optimizer adamW = Optimizer.adamW().optLearningRateTracker(Tracker.fixed(2e-4f)).build();
            TopLayerFineTuner tuner = new TopLayerFineTuner(encoder, 2, adamW);
            List<String> texts = new ArrayList<>(MATHS);
            texts.addAll(CODE);
            TokenBatch batch = TokenBatch.encode(tokenizer, texts);
            TopLayerFineTuner.CachedPrefix cached = tuner.cache(batch, m);

            List<Float> losses = new ArrayList<>();
            List<Integer> liveArrays = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                losses.add(tuner.step(cached, TopLayerFineTunerTest::crossGroupSimilarity));
                liveArrays.add(m.getManagedArrays().size());
            }
            // after the first step (which creates the optimiser state) a step must not leave arrays behind
            assertThat(liveArrays.subList(1, 4)).as("live arrays after each step").containsOnly(liveArrays.get(0));
            NDArray after = BertEncoderBlock.clsEmbedding(
                    encoder.forward(new ParameterStore(m, false), batch.toNDList(m), false).singletonOrThrow());
            losses.add(crossGroupSimilarity(after).getFloat());
            System.out.println("toy loss (mean cross-group cosine) per step: " + losses + ", live arrays " + liveArrays);
            for (int i = 1; i < losses.size(); i++) {
                assertThat(losses.get(i)).isLessThan(losses.get(i - 1));
            }

            List<String> changed = encoder.weights().changedFrom(before);
            Set<String> changedLayers = changed.stream().map(n -> n.split("\\.")[2]).collect(Collectors.toSet());
            assertThat(changed).allMatch(n -> n.startsWith("encoder.layer.10.") || n.startsWith("encoder.layer.11."));
            assertThat(changedLayers).containsExactlyInAnyOrder("10", "11");
            assertThat(changed).contains("encoder.layer.10.attention.self.query.weight", "encoder.layer.11.output.dense.weight");
            assertThat(tuner.trainableParameterNames()).hasSize(32).containsAll(changed);
        }
    }

    /** Mean cosine similarity between the maths and the code embeddings (rows 0-2 vs 3-5); lower is further apart. */
    static NDArray crossGroupSimilarity(NDArray cls) {
        return cls.get("0:3").matMul(cls.get("3:6").transpose()).mean();
    }
}

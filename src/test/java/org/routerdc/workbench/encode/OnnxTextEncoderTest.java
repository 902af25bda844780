package org.routerdc.workbench.encode;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** Real ONNX Runtime + the bundled bge-small-en-v1.5; one encoder shared by all tests. */
class OnnxTextEncoderTest {
    private static OnnxTextEncoder bge;

    @BeforeAll
    static void open() throws Exception {
        bge = OnnxTextEncoder.bundled(EncoderOptions.defaults().withDevice(DevicePreference.CPU));
    }

    @AfterAll
    static void close() {
        bge.close();
    }

    static double dot(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    static double maxAbsDiff(float[] a, float[] b) {
        double max = 0;
        for (int i = 0; i < a.length; i++) {
            max = Math.max(max, Math.abs(a[i] - b[i]));
        }
        return max;
    }

    @Test
    void describesTheBundledModel() throws Exception {
        EncoderInfo info = bge.info();
        assertThat(info.id()).isEqualTo("bge-small-en-v1.5");
        assertThat(info.pooling()).isEqualTo(Pooling.CLS);
        assertThat(info.maxLength()).isEqualTo(512);
        assertThat(info.dimension()).isEqualTo(384).isEqualTo(bge.dimension());
        assertThat(info.sha256()).isEqualTo(ModelHash.hashContent(BundledModel.extract().model()));
        assertThat(bge.deviceDescription()).startsWith("CPU");
    }

    @Test
    void catalogueListsTheBundledModelAsItRuns() {
        EncoderCatalogue.Entry entry = EncoderCatalogue.defaultEntry();
        assertThat(EncoderCatalogue.entries()).containsExactly(entry);
        assertThat(entry.id()).isEqualTo(bge.info().id());
        assertThat(entry.dimension()).isEqualTo(bge.info().dimension());
        assertThat(entry.pooling()).isEqualTo(bge.info().pooling());
        assertThatThrownBy(() -> EncoderCatalogue.open("gpt-17", EncoderOptions.defaults()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bge-small-en-v1.5");
    }

    @Test
    void embeddingsAreUnitLengthRowsOfTheModelDimension() {
        float[][] vectors = bge.encode(List.of("What is 2 + 2?", "", "Name the capital of France."), EncodeProgress.NONE, CancelCheck.NEVER);
        assertThat(vectors).hasNumberOfRows(3);
        assertThat(bge.encode(List.of(), EncodeProgress.NONE, CancelCheck.NEVER)).isEmpty();
        for (float[] v : vectors) {
            assertThat(v).hasSize(384);
            assertThat(Math.sqrt(dot(v, v))).isCloseTo(1.0, within(1e-5));
        }
    }

    @Test
    void similarQuestionsAreCloserThanUnrelatedOnes() {
        float[][] v = bge.encode(List.of("How do I bake bread at home?", "What is a good recipe for homemade bread?",
                "The stock market fell sharply on Tuesday."), EncodeProgress.NONE, CancelCheck.NEVER);
        assertThat(dot(v[0], v[1])).isGreaterThan(dot(v[0], v[2]) + 0.1);
        assertThat(dot(v[0], v[1])).isGreaterThan(dot(v[1], v[2]) + 0.1);
    }

    @Test
    void batchedEncodingEqualsEncodingEachTextAlone() {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            texts.add("Question " + i + ": " + "how many apples are left ".repeat(1 + (i * 7) % 11));
        }
        float[][] together = bge.encode(texts, EncodeProgress.NONE, CancelCheck.NEVER);
        for (int i = 0; i < texts.size(); i++) {
            assertThat(maxAbsDiff(together[i], bge.encode(texts.get(i)))).as("text %d", i).isLessThan(1e-5);
        }
    }

    @Test
    void leftTruncationKeepsTheEndOfLongTexts() {
        String filler = "the quick brown fox jumps over the lazy dog ".repeat(80); // about 720 tokens
        List<TokenizedText> tokens = bge.tokenize(List.of("alpha " + filler + "apple"));
        long[] ids = tokens.getFirst().ids();
        assertThat(ids).hasSize(512);
        assertThat(ids[0]).isEqualTo(101);   // [CLS]
        assertThat(ids[511]).isEqualTo(102); // [SEP]
        assertThat(ids[510]).isEqualTo(bge.tokenize(List.of("apple")).getFirst().ids()[1]);

        float[][] v = bge.encode(List.of("alpha " + filler + "the answer is apple", "omega " + filler + "the answer is apple",
                "alpha " + filler + "the answer is a banana"), EncodeProgress.NONE, CancelCheck.NEVER);
        assertThat(maxAbsDiff(v[0], v[1])).as("only the cut-off start differs").isLessThan(1e-6);
        assertThat(maxAbsDiff(v[0], v[2])).as("the kept end differs").isGreaterThan(1e-3);
    }

    @Test
    void meanPoolingGivesOtherUnitVectorsThanCls() throws Exception {
        try (OnnxTextEncoder mean = OnnxTextEncoder.bundled(EncoderOptions.defaults().withPooling(Pooling.MEAN))) {
            assertThat(mean.info().pooling()).isEqualTo(Pooling.MEAN);
            float[] viaMean = mean.encode("Which planet is the largest?");
            float[] viaCls = bge.encode("Which planet is the largest?");
            assertThat(Math.sqrt(dot(viaMean, viaMean))).isCloseTo(1.0, within(1e-5));
            assertThat(maxAbsDiff(viaMean, viaCls)).isGreaterThan(1e-2);
        }
    }

    @Test
    void reportsProgressAndStopsWhenCancelled() {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            texts.add("short question number " + i);
        }
        AtomicInteger lastDone = new AtomicInteger();
        AtomicInteger checks = new AtomicInteger();
        assertThatThrownBy(() -> bge.encode(texts, (done, total, rate, eta) -> {
            assertThat(total).isEqualTo(100);
            assertThat(done).isGreaterThan(lastDone.get());
            lastDone.set(done);
        }, () -> checks.incrementAndGet() > 2)).isInstanceOf(CancellationException.class);
        assertThat(lastDone.get()).isEqualTo(64); // two batches of 32, then cancelled
    }
}

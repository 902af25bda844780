package org.routerdc.workbench.encode;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Real bge encoder behind the cache; each "run" is a fresh EmbeddingCache reading the same folder, like a restart. */
class EmbeddingCacheTest {
    private static OnnxTextEncoder bge;
    @TempDir
    Path dir;

    @BeforeAll
    static void open() throws IOException {
        bge = OnnxTextEncoder.bundled(EncoderOptions.defaults());
    }

    @AfterAll
    static void close() {
        bge.close();
    }

    private static List<String> questions(int n) {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            texts.add("What is " + i + " times " + (i + 3) + "?");
        }
        return texts;
    }

    private Path storeFile() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".emb")).findFirst().orElseThrow();
        }
    }

    @Test
    void secondRunIsAllHitsAndReturnsTheSameVectorsInInputOrder() throws IOException {
        List<String> texts = new ArrayList<>(questions(20));
        texts.add(texts.get(3)); // duplicate: encoded once
        EmbeddingCache first = new EmbeddingCache(dir);
        float[][] fresh = first.encode(bge, texts, EncodeProgress.NONE, CancelCheck.NEVER);
        assertThat(first.lastRun()).isEqualTo(new EmbeddingCache.CacheStats(0, 20));

        EmbeddingCache second = new EmbeddingCache(dir);
        float[][] cached = second.encode(bge, texts.reversed(), EncodeProgress.NONE, CancelCheck.NEVER);
        assertThat(second.lastRun()).isEqualTo(new EmbeddingCache.CacheStats(21, 0));
        for (int i = 0; i < texts.size(); i++) {
            assertThat(cached[texts.size() - 1 - i]).containsExactly(fresh[i]);
            assertThat(OnnxTextEncoderTest.maxAbsDiff(fresh[i], bge.encode(texts.get(i)))).isLessThan(1e-5);
        }
    }

    @Test
    void aTornLastRecordIsIgnoredAndOverwritten() throws IOException {
        List<String> texts = questions(6);
        new EmbeddingCache(dir).encode(bge, texts, EncodeProgress.NONE, CancelCheck.NEVER);
        Path file = storeFile();
        long whole = Files.size(file);
        long record = 16 + 384 * 4 + 4;
        // A crash mid-write: the last record is cut in half.
        try (var channel = Files.newByteChannel(file, StandardOpenOption.WRITE)) {
            channel.truncate(whole - record / 2);
        }
        EmbeddingCache afterCrash = new EmbeddingCache(dir);
        afterCrash.encode(bge, texts, EncodeProgress.NONE, CancelCheck.NEVER);
        assertThat(afterCrash.lastRun()).isEqualTo(new EmbeddingCache.CacheStats(5, 1));
        assertThat(Files.size(file)).isEqualTo(whole);

        // A garbled record (bad CRC) is skipped; the records after it still count.
        byte[] bytes = Files.readAllBytes(file);
        bytes[12 + 20] ^= 0x55;
        Files.write(file, bytes);
        EmbeddingCache afterGarble = new EmbeddingCache(dir);
        afterGarble.encode(bge, texts, EncodeProgress.NONE, CancelCheck.NEVER);
        assertThat(afterGarble.lastRun()).isEqualTo(new EmbeddingCache.CacheStats(5, 1));
    }

    @Test
    void otherPoolingIsAnotherCacheEntry() throws IOException {
        List<String> texts = questions(3);
        new EmbeddingCache(dir).encode(bge, texts, EncodeProgress.NONE, CancelCheck.NEVER);
        try (OnnxTextEncoder mean = OnnxTextEncoder.bundled(EncoderOptions.defaults().withPooling(Pooling.MEAN))) {
            EmbeddingCache cache = new EmbeddingCache(dir);
            cache.encode(mean, texts, EncodeProgress.NONE, CancelCheck.NEVER);
            assertThat(cache.lastRun()).isEqualTo(new EmbeddingCache.CacheStats(0, 3));
        }
    }

    @Test
    void aCancelledRunKeepsTheChunksItFinished() throws IOException {
        List<String> texts = questions(40);
        AtomicInteger checks = new AtomicInteger();
        // Chunks of 16 texts are one batch each; cancel when the third chunk asks.
        EmbeddingCache cache = new EmbeddingCache(dir, 16);
        assertThatThrownBy(() -> cache.encode(bge, texts, EncodeProgress.NONE, () -> checks.incrementAndGet() > 2))
                .isInstanceOf(CancellationException.class);
        EmbeddingCache again = new EmbeddingCache(dir);
        again.encode(bge, texts, EncodeProgress.NONE, CancelCheck.NEVER);
        assertThat(again.lastRun()).isEqualTo(new EmbeddingCache.CacheStats(32, 8));
    }
}

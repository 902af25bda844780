package org.routerdc.workbench.encode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * On-disk embedding cache: encodes only texts not seen before by the same encoder (same model SHA-256, pooling and
 * max length), so a second run over the same data costs nothing. One append-only file per encoder key in {@code dir};
 * new embeddings are saved every 1024 texts, so a cancelled or crashed run keeps what it finished.
 * Thread-safe (calls are serialised).
 */
public final class EmbeddingCache {
    /** Texts encoded between saves by default. */
    static final int CHUNK = 1024;
    private final Path dir;
    private final int chunkSize;
    private final Map<String, Map<TextKey, float[]>> loaded = new HashMap<>();
    private CacheStats lastRun = new CacheStats(0, 0);

    /** Hits: input texts answered from the cache; misses: distinct texts that had to be encoded. */
    public record CacheStats(int hits, int misses) {
    }

    public EmbeddingCache(Path dir) {
        this(dir, CHUNK);
    }

    EmbeddingCache(Path dir, int chunkSize) {
        this.dir = dir;
        this.chunkSize = chunkSize;
    }

    /** The cache under the workbench cache folder ({@link CacheDirs#embeddings()}). */
    public static EmbeddingCache atDefaultLocation() {
        return new EmbeddingCache(CacheDirs.embeddings());
    }

    /** Embeddings of {@code texts} in input order, encoding (and saving) only the misses. */
    public synchronized float[][] encode(TextEncoder encoder, List<String> texts, EncodeProgress progress, CancelCheck cancel)
            throws IOException {
        EmbeddingStore store = storeFor(encoder.info());
        Map<TextKey, float[]> known = loaded.computeIfAbsent(store.file().toString(), f -> loadQuietly(store));
        TextKey[] keys = texts.stream().map(TextKey::of).toArray(TextKey[]::new);
        Map<TextKey, String> missing = new LinkedHashMap<>();
        Map<TextKey, Integer> uses = new HashMap<>();
        int hits = 0;
        for (int i = 0; i < keys.length; i++) {
            if (known.containsKey(keys[i])) {
                hits++;
            } else {
                missing.putIfAbsent(keys[i], texts.get(i));
                uses.merge(keys[i], 1, Integer::sum);
            }
        }
        lastRun = new CacheStats(hits, missing.size());
        encodeMissing(encoder, store, known, missing, uses, new ProgressMeter(progress, texts.size(), hits), hits, cancel);
        float[][] out = new float[keys.length][];
        for (int i = 0; i < keys.length; i++) {
            out[i] = known.get(keys[i]);
        }
        return out;
    }

    private void encodeMissing(TextEncoder encoder, EmbeddingStore store, Map<TextKey, float[]> known,
                               Map<TextKey, String> missing, Map<TextKey, Integer> uses, ProgressMeter meter,
                               int done, CancelCheck cancel) throws IOException {
        meter.report(done);
        // Similar lengths per chunk keep the encoder's batches tightly packed.
        List<Map.Entry<TextKey, String>> todo = new ArrayList<>(missing.entrySet());
        todo.sort(Comparator.comparingInt(e -> e.getValue().length()));
        for (int start = 0; start < todo.size(); start += chunkSize) {
            List<Map.Entry<TextKey, String>> part = todo.subList(start, Math.min(todo.size(), start + chunkSize));
            float[][] vectors = encoder.encode(part.stream().map(Map.Entry::getValue).toList(), EncodeProgress.NONE, cancel);
            Map<TextKey, float[]> fresh = new LinkedHashMap<>();
            for (int k = 0; k < part.size(); k++) {
                fresh.put(part.get(k).getKey(), vectors[k]);
                done += uses.get(part.get(k).getKey());
            }
            store.append(fresh);
            known.putAll(fresh);
            meter.report(done);
        }
    }

    private static Map<TextKey, float[]> loadQuietly(EmbeddingStore store) {
        try {
            return store.load();
        } catch (IOException unreadable) {
            // An unreadable cache is only slower: start empty and let appends rebuild it.
            return new HashMap<>();
        }
    }

    private EmbeddingStore storeFor(EncoderInfo info) {
        String identity = info.sha256() + "|" + info.pooling() + "|" + info.maxLength() + "|" + info.dimension();
        byte[] digest = ModelHash.digest(identity.getBytes(StandardCharsets.UTF_8));
        String name = info.id().replaceAll("[^A-Za-z0-9._-]", "_") + "-" + HexFormat.of().formatHex(digest, 0, 8) + ".emb";
        return new EmbeddingStore(dir.resolve(name), info.dimension());
    }

    /** Hit and miss counts of the most recent {@link #encode} call. */
    public synchronized CacheStats lastRun() {
        return lastRun;
    }
}

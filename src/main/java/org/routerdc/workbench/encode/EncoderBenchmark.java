package org.routerdc.workbench.encode;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Throughput benchmark (not a test): our whole pipeline (tokenise, batch by length, run, pool, normalise) against a
 * bare ONNX Runtime loop over the same pre-tokenised, same-batched inputs, plus single-query latency.
 * Usage: {@code EncoderBenchmark [file-or-folder of RouterDC JSON] [--limit N] [--spinning]}.
 */
public final class EncoderBenchmark {
    /** Measured figures; overhead is how much slower the pipeline is than the bare loop, in percent. */
    public record Figures(String device, int queries, long tokens, double tokenizeSeconds, double pipelineQueriesPerSecond,
                          double pipelineTokensPerSecond, double bareQueriesPerSecond, double overheadPercent,
                          double singleP50Millis, double singleP99Millis, double spinningOnQueriesPerSecond) {
        public String describe() {
            return String.format(java.util.Locale.ROOT, """
                    device: %s
                    queries: %d (%d tokens after truncation), tokenising all: %.2f s
                    pipeline: %.1f queries/s, %.0f tokens/s
                    bare ORT loop: %.1f queries/s -> pipeline overhead %.1f%%
                    single query latency: p50 %.1f ms, p99 %.1f ms%s""", device, queries, tokens, tokenizeSeconds,
                    pipelineQueriesPerSecond, pipelineTokensPerSecond, bareQueriesPerSecond, overheadPercent,
                    singleP50Millis, singleP99Millis, Double.isNaN(spinningOnQueriesPerSecond) ? ""
                            : String.format(java.util.Locale.ROOT, "%nbare ORT loop with thread spinning ON: %.1f queries/s",
                            spinningOnQueriesPerSecond));
        }
    }

    private EncoderBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path source = Path.of("/work/shared/datasets/routerdc/test");
        int limit = 2000;
        boolean spinning = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--limit" -> limit = Integer.parseInt(args[++i]);
                case "--spinning" -> spinning = true;
                default -> source = Path.of(args[i]);
            }
        }
        List<String> texts = sample(source, limit);
        try (OnnxTextEncoder encoder = OnnxTextEncoder.bundled(EncoderOptions.defaults())) {
            Path model = spinning ? BundledModel.extract().model() : null;
            System.out.println(run(encoder, texts, 200, model).describe());
        }
    }

    /** Up to {@code limit} questions spread evenly over all files (every k-th), deterministic. */
    public static List<String> sample(Path fileOrFolder, int limit) throws IOException {
        List<String> all = new ArrayList<>();
        for (Path file : QuestionFiles.list(fileOrFolder)) {
            all.addAll(QuestionFiles.read(file));
        }
        double step = Math.max(1.0, all.size() / (double) limit);
        List<String> picked = new ArrayList<>();
        for (double at = 0; at < all.size() && picked.size() < limit; at += step) {
            picked.add(all.get((int) at));
        }
        return picked;
    }

    /**
     * Runs the benchmark. {@code spinningModel}: when not null, also times the bare loop on a session of that model
     * with thread spinning on, to check that spinning off (our setting) is not slower.
     */
    public static Figures run(OnnxTextEncoder encoder, List<String> texts, int singleQueries, Path spinningModel)
            throws OrtException, java.io.IOException {
        encoder.encode(texts.subList(0, Math.min(64, texts.size())), EncodeProgress.NONE, CancelCheck.NEVER); // warm-up
        long t0 = System.nanoTime();
        List<TokenizedText> tokens = encoder.tokenize(texts);
        double tokenizeSeconds = (System.nanoTime() - t0) / 1e9;
        List<TokenizedBatch> batches = sameBatches(encoder, tokens);
        long tokenCount = tokens.stream().mapToLong(TokenizedText::length).sum();

        // Alternate the two twice and keep each one's best, so load from other processes hurts both alike.
        double bare = Double.MAX_VALUE;
        double pipeline = Double.MAX_VALUE;
        for (int round = 0; round < 2; round++) {
            bare = Math.min(bare, bareLoop(encoder.session(), batches));
            long start = System.nanoTime();
            encoder.encode(texts, EncodeProgress.NONE, CancelCheck.NEVER);
            pipeline = Math.min(pipeline, (System.nanoTime() - start) / 1e9);
        }
        double spinningOn = Double.NaN;
        if (spinningModel != null) {
            try (OrtSessions.Opened spinning = OrtSessions.open(new ModelFolder("spinning", spinningModel, null, Pooling.CLS),
                    DevicePreference.CPU, true)) {
                bareLoop(spinning.session(), batches.subList(0, 1));
                spinningOn = texts.size() / bareLoop(spinning.session(), batches);
            }
        }
        double[] single = singleLatencies(encoder, texts.subList(0, Math.min(singleQueries, texts.size())));
        return new Figures(encoder.deviceDescription(), texts.size(), tokenCount, tokenizeSeconds, texts.size() / pipeline,
                tokenCount / pipeline, texts.size() / bare, 100 * (pipeline / bare - 1), percentile(single, 50),
                percentile(single, 99), spinningOn);
    }

    private static List<TokenizedBatch> sameBatches(OnnxTextEncoder encoder, List<TokenizedText> tokens) {
        int[] lengths = tokens.stream().mapToInt(TokenizedText::length).toArray();
        List<TokenizedBatch> batches = new ArrayList<>();
        for (int[] batch : LengthBatcher.plan(lengths, encoder.batchSize(), EncoderOptions.MAX_BATCH_TOKENS)) {
            batches.add(TokenizedBatch.pad(Arrays.stream(batch).mapToObj(tokens::get).toList(), encoder.tokenizer().padId()));
        }
        return batches;
    }

    /** Seconds for session.run over every batch: tensors from flat buffers, output fetched, nothing else. */
    private static double bareLoop(OrtSession session, List<TokenizedBatch> batches) throws OrtException {
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        long start = System.nanoTime();
        for (TokenizedBatch batch : batches) {
            long[] shape = {batch.size(), batch.length()};
            Map<String, OnnxTensor> inputs = new HashMap<>();
            inputs.put("input_ids", OnnxTensor.createTensor(env, Flat.of(batch.inputIds()), shape));
            if (session.getInputNames().contains("attention_mask")) {
                inputs.put("attention_mask", OnnxTensor.createTensor(env, Flat.of(batch.attentionMask()), shape));
            }
            if (session.getInputNames().contains("token_type_ids")) {
                inputs.put("token_type_ids", OnnxTensor.createTensor(env, Flat.of(batch.tokenTypeIds()), shape));
            }
            try (OrtSession.Result result = session.run(inputs)) {
                ((OnnxTensor) result.get(0)).getFloatBuffer();
            } finally {
                inputs.values().forEach(OnnxTensor::close);
            }
        }
        return (System.nanoTime() - start) / 1e9;
    }

    private static double[] singleLatencies(OnnxTextEncoder encoder, List<String> texts) {
        double[] millis = new double[texts.size()];
        for (int i = 0; i < texts.size(); i++) {
            long start = System.nanoTime();
            encoder.encode(texts.get(i));
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        return millis;
    }

    /** Nearest-rank percentile of sorted values. */
    static double percentile(double[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}

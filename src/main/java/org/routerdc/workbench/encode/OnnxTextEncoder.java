package org.routerdc.workbench.encode;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;

import java.io.IOException;
import java.nio.FloatBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import org.routerdc.workbench.files.Sha256;

/**
 * A BERT-family text encoder run by ONNX Runtime: tokenise (left truncation), batch by length, run, pool, normalise.
 * Thread-safe for concurrent {@link #encode} calls (ORT sessions and the tokenizer are); not during {@link #close()}.
 */
public final class OnnxTextEncoder implements TextEncoder {
    private final OrtSessions.Opened opened;
    private final OrtSession session;
    private final TextTokenizer tokenizer;
    private final ModelSignature signature;
    private final EncoderInfo info;
    private final String device;
    private final int batchSize;

    private OnnxTextEncoder(OrtSessions.Opened opened, TextTokenizer tokenizer, ModelSignature signature, EncoderInfo info,
                            int batchSize) {
        this.opened = opened;
        this.session = opened.session();
        this.tokenizer = tokenizer;
        this.signature = signature;
        this.info = info;
        this.device = opened.device();
        this.batchSize = batchSize;
    }

    /** The bundled bge-small-en-v1.5 (CLS pooling, 384 dimensions), working offline. */
    public static OnnxTextEncoder bundled(EncoderOptions options) throws IOException {
        return open(BundledModel.extract(), options);
    }

    /** A Hugging Face ONNX export folder: model.onnx (or onnx/model.onnx) + tokenizer.json. */
    public static OnnxTextEncoder fromFolder(Path folder, EncoderOptions options) throws IOException {
        return open(ModelFolder.of(folder), options);
    }

    public static OnnxTextEncoder open(ModelFolder files, EncoderOptions options) throws IOException {
        Pooling pooling = options.pooling() != null ? options.pooling() : files.defaultPooling();
        String sha256 = ModelHash.sha256(files.model());
        if (files.initializers() != null) {
            // the same graph with other weights is another encoder: its own cache entries, its own routers
            sha256 = Sha256.of((sha256 + " " + ModelHash.sha256(files.initializers())).getBytes(StandardCharsets.UTF_8));
        }
        TextTokenizer tokenizer = TextTokenizer.open(files.tokenizer(), options.maxLength());
        OrtSessions.Opened opened = null;
        try {
            opened = OrtSessions.open(files, options.device());
            ModelSignature signature = ModelSignature.of(opened.session(), files.model());
            EncoderInfo partial = new EncoderInfo(files.id(), sha256, pooling, options.maxLength(), -1);
            OnnxTextEncoder encoder = new OnnxTextEncoder(opened, tokenizer, signature, partial, options.batchSize());
            int dimension = signature.declaredDimension();
            if (dimension <= 0) {
                dimension = encoder.embed(tokenizer.batch(List.of("dimension probe")))[0].length;
            }
            EncoderInfo info = new EncoderInfo(files.id(), sha256, pooling, options.maxLength(), dimension);
            return new OnnxTextEncoder(opened, tokenizer, signature, info, options.batchSize());
        } catch (OrtException | RuntimeException e) {
            tokenizer.close();
            closeQuietly(opened);
            throw new IOException("cannot load ONNX model " + files.model() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public EncoderInfo info() {
        return info;
    }

    @Override
    public String deviceDescription() {
        return device;
    }

    @Override
    public float[][] encode(List<String> texts, EncodeProgress progress, CancelCheck cancel) {
        List<TokenizedText> tokens = tokenizer.tokenize(texts);
        int[] lengths = tokens.stream().mapToInt(TokenizedText::length).toArray();
        float[][] out = new float[texts.size()][];
        ProgressMeter meter = new ProgressMeter(progress, texts.size(), 0);
        int done = 0;
        for (int[] batch : LengthBatcher.plan(lengths, batchSize, EncoderOptions.MAX_BATCH_TOKENS)) {
            if (cancel.cancelled()) {
                throw new CancellationException("encoding cancelled after " + done + " of " + texts.size() + " texts");
            }
            List<TokenizedText> members = Arrays.stream(batch).mapToObj(tokens::get).toList();
            float[][] vectors = embed(TokenizedBatch.pad(members, tokenizer.padId()));
            for (int k = 0; k < batch.length; k++) {
                out[batch[k]] = vectors[k];
            }
            done += batch.length;
            meter.report(done);
        }
        return out;
    }

    /** Runs one padded batch through the model and pools it: one L2-normalised vector per row. */
    public float[][] embed(TokenizedBatch batch) {
        if (batch.size() == 0) {
            return new float[0][];
        }
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        long[] shape = {batch.size(), batch.length()};
        Map<String, OnnxTensor> inputs = new HashMap<>();
        try {
            inputs.put("input_ids", OnnxTensor.createTensor(env, Flat.of(batch.inputIds()), shape));
            if (signature.takes("attention_mask")) {
                inputs.put("attention_mask", OnnxTensor.createTensor(env, Flat.of(batch.attentionMask()), shape));
            }
            if (signature.takes("token_type_ids")) {
                inputs.put("token_type_ids", OnnxTensor.createTensor(env, Flat.of(batch.tokenTypeIds()), shape));
            }
            try (OrtSession.Result result = session.run(inputs, Set.of(signature.output()))) {
                OnnxTensor hidden = (OnnxTensor) result.get(0);
                long[] outShape = hidden.getInfo().getShape();
                FloatBuffer values = hidden.getFloatBuffer();
                float[][] vectors = new float[batch.size()][];
                for (int row = 0; row < batch.size(); row++) {
                    vectors[row] = Pooler.pool(values, row, (int) outShape[1], (int) outShape[2],
                            batch.attentionMask()[row], info.pooling());
                }
                return vectors;
            }
        } catch (OrtException e) {
            throw new IllegalStateException("ONNX Runtime failed on a batch of " + batch.size() + " x " + batch.length() + " tokens", e);
        } finally {
            inputs.values().forEach(OnnxTensor::close);
        }
    }

    /** Token ids with left truncation, for benchmarks and fine-tuning. */
    public List<TokenizedText> tokenize(List<String> texts) {
        return tokenizer.tokenize(texts);
    }

    public TextTokenizer tokenizer() {
        return tokenizer;
    }

    int batchSize() {
        return batchSize;
    }

    OrtSession session() {
        return session;
    }

    @Override
    public void close() {
        tokenizer.close();
        closeQuietly(opened);
    }

    private static void closeQuietly(OrtSessions.Opened opened) {
        if (opened == null) {
            return;
        }
        try {
            opened.close();
        } catch (OrtException ignored) {
            // Closing frees native memory; nothing useful to do if it reports an error.
        }
    }
}

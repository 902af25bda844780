package org.routerdc.workbench.finetune;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.util.Map;

/** Runs a BERT ONNX model with ONNX Runtime directly: the reference the DJL encoder must match. */
final class OrtBge implements AutoCloseable {
    private final OrtEnvironment env = OrtEnvironment.getEnvironment();
    private final OrtSession session;

    OrtBge(byte[] model) throws OrtException {
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setIntraOpNumThreads(Runtime.getRuntime().availableProcessors());
            options.addConfigEntry("session.intra_op.allow_spinning", "0"); // spinning threads crawl on shared cores
            session = env.createSession(model, options);
        }
    }

    float[][][] lastHiddenState(TokenBatch batch) throws OrtException {
        try (OnnxTensor ids = OnnxTensor.createTensor(env, batch.inputIds());
             OnnxTensor mask = OnnxTensor.createTensor(env, batch.attentionMask());
             OnnxTensor types = OnnxTensor.createTensor(env, batch.tokenTypeIds());
             OrtSession.Result result = session.run(Map.of("input_ids", ids, "attention_mask", mask, "token_type_ids", types))) {
            return (float[][][]) result.get(0).getValue();
        }
    }

    @Override
    public void close() throws OrtException {
        session.close();
    }
}

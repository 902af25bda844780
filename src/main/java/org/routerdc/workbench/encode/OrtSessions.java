package org.routerdc.workbench.encode;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtProvider;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.nio.FloatBuffer;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.routerdc.workbench.files.Safetensors;
import org.routerdc.workbench.files.Tensor;

/**
 * Opens ONNX Runtime sessions with settings that suit small shared machines, on CUDA when asked and possible, with
 * a folder's initializer overrides (a fine-tuned encoder) put in place of the graph's own.
 *
 * <p>GPU: the default Maven dependency {@code com.microsoft.onnxruntime:onnxruntime} is CPU-only. To run on an NVIDIA
 * GPU, build with the {@code gpu} Maven profile, which swaps it for {@code com.microsoft.onnxruntime:onnxruntime_gpu}
 * (same version, same Java API; needs CUDA 12 + cuDNN 9 on the machine). Nothing here changes: CUDA then shows up in
 * {@link OrtEnvironment#getAvailableProviders()} and is used for AUTO and GPU.
 */
final class OrtSessions {
    static final String NO_CUDA_NOTICE = "CUDA provider not in this ONNX Runtime build; use the `gpu` Maven profile";

    /**
     * An open session, a one-line description of where it runs, and the initializer tensors it was given, which
     * ONNX Runtime reads from their buffers for as long as the session lives.
     */
    record Opened(OrtSession session, String device, List<OnnxTensor> initializers) implements AutoCloseable {
        @Override
        public void close() throws OrtException {
            try {
                session.close();
            } finally {
                initializers.forEach(OnnxTensor::close);
            }
        }
    }

    private OrtSessions() {
    }

    static Opened open(ModelFolder files, DevicePreference preference) throws OrtException, IOException {
        return open(files, preference, false);
    }

    /** {@code spinning} is only for the benchmark's comparison; the encoder always runs with spinning off. */
    static Opened open(ModelFolder files, DevicePreference preference, boolean spinning) throws OrtException, IOException {
        Map<String, OnnxTensor> initializers = files.initializers() == null ? Map.of() : initializers(files.initializers());
        try {
            return open(files.model(), preference, spinning, initializers);
        } catch (OrtException | RuntimeException e) {
            initializers.values().forEach(OnnxTensor::close);
            throw e;
        }
    }

    private static Opened open(Path model, DevicePreference preference, boolean spinning,
                               Map<String, OnnxTensor> initializers) throws OrtException {
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        List<OnnxTensor> kept = List.copyOf(initializers.values());
        int threads = Runtime.getRuntime().availableProcessors();
        String cpu = "CPU (" + threads + " threads)";
        if (preference == DevicePreference.CPU) {
            return new Opened(session(env, model, options(threads, spinning, false, initializers)), cpu, kept);
        }
        if (!env.getAvailableProviders().contains(OrtProvider.CUDA)) {
            return new Opened(session(env, model, options(threads, spinning, false, initializers)),
                    "CPU (" + NO_CUDA_NOTICE + ")", kept);
        }
        try {
            return new Opened(session(env, model, options(threads, spinning, true, initializers)), "CUDA GPU 0", kept);
        } catch (OrtException cudaFailed) {
            // Provider compiled in but unusable (no driver, wrong CUDA): say why once and run on CPU.
            String reason = String.valueOf(cudaFailed.getMessage()).lines().findFirst().orElse("unknown error");
            return new Opened(session(env, model, options(threads, spinning, false, initializers)),
                    "CPU (CUDA failed to start: " + reason + ")", kept);
        }
    }

    private static OrtSession session(OrtEnvironment env, Path model, OrtSession.SessionOptions options) throws OrtException {
        try (options) {
            return env.createSession(model.toString(), options);
        }
    }

    /** The overrides as ONNX Runtime tensors, by initializer name. */
    private static Map<String, OnnxTensor> initializers(Path file) throws IOException, OrtException {
        Map<String, OnnxTensor> tensors = new LinkedHashMap<>();
        try {
            for (Map.Entry<String, Tensor> entry : Safetensors.read(file).entrySet()) {
                tensors.put(entry.getKey(), OnnxTensor.createTensor(OrtEnvironment.getEnvironment(),
                        FloatBuffer.wrap(entry.getValue().values()), entry.getValue().shape()));
            }
        } catch (OrtException | RuntimeException e) {
            tensors.values().forEach(OnnxTensor::close);
            throw e;
        }
        return tensors;
    }

    private static OrtSession.SessionOptions options(int threads, boolean spinning, boolean cuda,
                                                     Map<String, OnnxTensor> initializers) throws OrtException {
        OrtSession.SessionOptions options = new OrtSession.SessionOptions();
        options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
        options.setIntraOpNumThreads(threads);
        // Spinning worker threads burn the cores other work (and other users) need; off unless benchmarking.
        options.addConfigEntry("session.intra_op.allow_spinning", spinning ? "1" : "0");
        options.addConfigEntry("session.inter_op.allow_spinning", spinning ? "1" : "0");
        if (cuda) {
            options.addCUDA(0);
        }
        for (Map.Entry<String, OnnxTensor> initializer : initializers.entrySet()) {
            options.addInitializer(initializer.getKey(), initializer.getValue());
        }
        return options;
    }
}

package org.routerdc.workbench.encode;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtProvider;
import ai.onnxruntime.OrtSession;

import java.nio.file.Path;

/**
 * Opens ONNX Runtime sessions with settings that suit small shared machines, on CUDA when asked and possible.
 *
 * <p>GPU: the default Maven dependency {@code com.microsoft.onnxruntime:onnxruntime} is CPU-only. To run on an NVIDIA
 * GPU, build with the {@code gpu} Maven profile, which swaps it for {@code com.microsoft.onnxruntime:onnxruntime_gpu}
 * (same version, same Java API; needs CUDA 12 + cuDNN 9 on the machine). Nothing here changes: CUDA then shows up in
 * {@link OrtEnvironment#getAvailableProviders()} and is used for AUTO and GPU.
 */
final class OrtSessions {
    static final String NO_CUDA_NOTICE = "CUDA provider not in this ONNX Runtime build; use the `gpu` Maven profile";

    /** An open session and a one-line description of where it runs. */
    record Opened(OrtSession session, String device) {
    }

    private OrtSessions() {
    }

    static Opened open(Path model, DevicePreference preference) throws OrtException {
        return open(model, preference, false);
    }

    /** {@code spinning} is only for the benchmark's comparison; the encoder always runs with spinning off. */
    static Opened open(Path model, DevicePreference preference, boolean spinning) throws OrtException {
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        int threads = Runtime.getRuntime().availableProcessors();
        String cpu = "CPU (" + threads + " threads)";
        if (preference == DevicePreference.CPU) {
            return new Opened(env.createSession(model.toString(), options(threads, spinning, false)), cpu);
        }
        if (!env.getAvailableProviders().contains(OrtProvider.CUDA)) {
            return new Opened(env.createSession(model.toString(), options(threads, spinning, false)),
                    "CPU (" + NO_CUDA_NOTICE + ")");
        }
        try {
            return new Opened(env.createSession(model.toString(), options(threads, spinning, true)), "CUDA GPU 0");
        } catch (OrtException cudaFailed) {
            // Provider compiled in but unusable (no driver, wrong CUDA): say why once and run on CPU.
            String reason = String.valueOf(cudaFailed.getMessage()).lines().findFirst().orElse("unknown error");
            return new Opened(env.createSession(model.toString(), options(threads, spinning, false)),
                    "CPU (CUDA failed to start: " + reason + ")");
        }
    }

    private static OrtSession.SessionOptions options(int threads, boolean spinning, boolean cuda) throws OrtException {
        OrtSession.SessionOptions options = new OrtSession.SessionOptions();
        options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
        options.setIntraOpNumThreads(threads);
        // Spinning worker threads burn the cores other work (and other users) need; off unless benchmarking.
        options.addConfigEntry("session.intra_op.allow_spinning", spinning ? "1" : "0");
        options.addConfigEntry("session.inter_op.allow_spinning", spinning ? "1" : "0");
        if (cuda) {
            options.addCUDA(0);
        }
        return options;
    }
}

package org.routerdc.workbench.train;

import ai.djl.Device;
import ai.djl.engine.Engine;

/**
 * The device training actually runs on, with a message for the user when it differs from what they asked.
 *
 * @param device      the DJL device
 * @param description e.g. "CPU (PyTorch 2.7.1)" or "GPU 0 (PyTorch 2.7.1)"
 * @param message     null, or a line to show (info for AUTO without CUDA, warning for GPU without CUDA)
 * @param warning     whether the message is a warning
 */
public record DeviceChoice(Device device, String description, String message, boolean warning) {
    static final String NO_CUDA = "No CUDA device found (PyTorch CPU build); training on CPU";

    public static DeviceChoice resolve(TrainingDevice preference) {
        Engine engine = RouterEngine.get();
        return resolve(preference, engine.getGpuCount(), engine.getVersion());
    }

    /** {@link #resolve(TrainingDevice)}, telling {@code listener} when the device differs from the one asked for. */
    public static DeviceChoice announce(TrainingDevice preference, TrainingListener listener) {
        DeviceChoice device = resolve(preference);
        if (device.message() != null) {
            listener.onEvent(new TrainingEvent.Log(device.warning() ? TrainingEvent.Level.WARNING : TrainingEvent.Level.INFO,
                    device.message()));
        }
        return device;
    }

    /** Pure decision, testable without a GPU. */
    static DeviceChoice resolve(TrainingDevice preference, int gpuCount, String engineVersion) {
        String engineLabel = " (PyTorch " + engineVersion + ")";
        return switch (preference) {
            case CPU -> new DeviceChoice(Device.cpu(), "CPU" + engineLabel, null, false);
            case AUTO -> gpuCount > 0
                    ? new DeviceChoice(Device.gpu(), "GPU 0" + engineLabel, null, false)
                    : new DeviceChoice(Device.cpu(), "CPU" + engineLabel, NO_CUDA, false);
            case GPU -> gpuCount > 0
                    ? new DeviceChoice(Device.gpu(), "GPU 0" + engineLabel, null, false)
                    : new DeviceChoice(Device.cpu(), "CPU" + engineLabel, "GPU requested but " + NO_CUDA, true);
        };
    }
}

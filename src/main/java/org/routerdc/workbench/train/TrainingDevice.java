package org.routerdc.workbench.train;

/** Where the user asks training to run; {@link DeviceChoice#resolve} turns it into a real device. */
public enum TrainingDevice {
    /** GPU when PyTorch sees a CUDA device, else CPU. */
    AUTO,
    CPU,
    /** GPU; falls back to CPU with a warning when there is none. */
    GPU
}

package org.routerdc.workbench.encode;

/** Where the encoder should run; AUTO and GPU use CUDA when this ONNX Runtime build has it, else fall back to CPU. */
public enum DevicePreference {
    AUTO,
    CPU,
    GPU
}

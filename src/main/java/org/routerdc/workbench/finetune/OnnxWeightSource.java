package org.routerdc.workbench.finetune;

/** Where a Hugging Face parameter lives in an ONNX graph; transposed for MatMul operands stored [in, out]. */
public record OnnxWeightSource(String initializer, boolean transposed) {}

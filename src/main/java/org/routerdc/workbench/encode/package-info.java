/**
 * Text encoders: queries in, L2-normalised float32 embeddings out.
 *
 * <ul>
 *   <li>{@link org.routerdc.workbench.encode.OnnxTextEncoder} runs a BERT-family ONNX model with ONNX Runtime and a
 *   Hugging Face tokenizer.json: left truncation to {@code maxLength} (keeps the end of a query, as RouterDC),
 *   length-sorted batches, CLS or MEAN pooling. {@code bundled(...)} is bge-small-en-v1.5 from the classpath;
 *   {@code fromFolder(...)} opens any export folder with model.onnx + tokenizer.json.</li>
 *   <li>{@link org.routerdc.workbench.encode.EmbeddingCache} keeps embeddings on disk per encoder identity
 *   ({@link org.routerdc.workbench.encode.EncoderInfo}) so re-encoding the same texts is free.</li>
 *   <li>{@link org.routerdc.workbench.encode.EncoderBenchmark} measures throughput against a bare ONNX Runtime loop.</li>
 * </ul>
 *
 * <p>GPU: the pom's {@code onnxruntime} artifact is CPU-only; the {@code gpu} Maven profile swaps in
 * {@code com.microsoft.onnxruntime:onnxruntime_gpu} (same version and API). Encoders report where they run in
 * {@code deviceDescription()}, including why a requested GPU was not used.
 */
package org.routerdc.workbench.encode;

package org.routerdc.workbench.encode;

/**
 * Identity of an encoder: two encoders with equal info give equal embeddings, so it keys the embedding cache
 * and is stored with a trained router.
 *
 * @param id        model name (catalogue id or folder name)
 * @param sha256    hex SHA-256 of the model.onnx file (combined with that of its initializer overrides, when it has them)
 * @param pooling   the pooling actually used
 * @param maxLength tokens per text including special tokens (left truncation beyond)
 * @param dimension embedding size
 */
public record EncoderInfo(String id, String sha256, Pooling pooling, int maxLength, int dimension) {
}

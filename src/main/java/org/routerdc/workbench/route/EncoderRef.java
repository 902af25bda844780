package org.routerdc.workbench.route;

/**
 * Which encoder a router was trained on.
 *
 * @param id        encoder id (e.g. bge-small-en-v1.5)
 * @param sha256    SHA-256 of its model.onnx: routing with any other file is refused
 * @param pooling   CLS or MEAN
 * @param maxLength max tokens per query
 * @param dimension embedding size
 * @param location  "bundled" for the built-in model, else the encoder folder it was loaded from
 */
public record EncoderRef(String id, String sha256, String pooling, int maxLength, int dimension, String location) {
    public static final String BUNDLED = "bundled";
}

package org.routerdc.workbench.route;

/**
 * Which encoder a router was trained on.
 *
 * @param id        encoder id (e.g. bge-small-en-v1.5)
 * @param sha256    SHA-256 of its model.onnx (combined with that of its initializers.safetensors for a fine-tuned
 *                  one): routing with any other file is refused
 * @param pooling   CLS or MEAN
 * @param maxLength max tokens per query
 * @param dimension embedding size
 * @param location  "bundled" for the built-in model, "bundle:DIR" for an encoder stored inside the router bundle
 *                  (a fine-tuned one, under DIR relative to the bundle folder), else the encoder folder it was loaded from
 */
public record EncoderRef(String id, String sha256, String pooling, int maxLength, int dimension, String location) {
    public static final String BUNDLED = "bundled";
    public static final String IN_BUNDLE = "bundle:";
    /** Where a fine-tuned encoder lives inside its router bundle. */
    public static final String BUNDLE_ENCODER_DIR = "encoder";

    public boolean insideBundle() {
        return location.startsWith(IN_BUNDLE);
    }

    /** The encoder folder for a {@code bundle:DIR} location, resolved against the bundle folder. */
    public java.nio.file.Path folderIn(java.nio.file.Path bundleFolder) {
        if (!insideBundle()) {
            throw new IllegalStateException("encoder location " + location + " is not inside a bundle");
        }
        return bundleFolder.resolve(location.substring(IN_BUNDLE.length()));
    }
}

package org.routerdc.workbench.train;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import java.util.List;

/**
 * A {@link RouterBlock} living on one device with its own NDManager. Work happens in {@link #scope()}s: sub-managers
 * to which the parameters are temporarily attached, so every array a forward/backward/update creates is freed when
 * the scope closes while the parameters go back to the model.
 */
public final class RouterModel implements AutoCloseable {
    private final NDManager manager;
    private final RouterBlock block;
    private final ParameterStore store;
    private final List<Parameter> parameters;

    public RouterModel(Device device, RouterWeights weights, double temperature) {
        manager = NDManager.newBaseManager(device, RouterEngine.NAME);
        block = RouterBlock.overEmbeddings(manager, weights, temperature);
        // parameters already hold their values; this only records shapes so DJL treats the block as ready
        block.initialize(manager, DataType.FLOAT32, new Shape(1, weights.dimension()));
        store = new ParameterStore(manager, false);
        parameters = block.trainableParameters();
        for (Parameter p : parameters) {
            p.getArray().setRequiresGradient(true);
        }
    }

    public RouterBlock block() {
        return block;
    }

    public List<Parameter> parameters() {
        return parameters;
    }

    /** The manager that owns parameters (and optimiser state); it lives as long as the model. */
    public NDManager manager() {
        return manager;
    }

    /** A short-lived sub-manager holding the parameters for its duration. Close it. */
    public NDManager scope() {
        NDManager scope = manager.newSubManager();
        for (Parameter p : parameters) {
            p.getArray().tempAttach(scope);
        }
        return scope;
    }

    /** scores [B,T] and h [B,d] for the given embeddings, created in {@code scope}. */
    public NDList forward(NDManager scope, float[][] embeddings, boolean training) {
        NDArray x = scope.create(RouterWeights.flatten(embeddings), new Shape(embeddings.length, embeddings[0].length));
        return block.forward(store, new NDList(x), training);
    }

    /** scores [B,T] and h [B,d] for embeddings already on the device (e.g. a trainable encoder's output). */
    public NDList forward(NDArray embeddings, boolean training) {
        return block.forward(store, new NDList(embeddings), training);
    }

    /** Router scores for many rows, in chunks, without training. */
    public double[][] scores(float[][] embeddings) {
        int chunk = 4096;
        double[][] out = new double[embeddings.length][];
        for (int start = 0; start < embeddings.length; start += chunk) {
            float[][] part = java.util.Arrays.copyOfRange(embeddings, start, Math.min(embeddings.length, start + chunk));
            try (NDManager scope = scope()) {
                NDArray scores = forward(scope, part, false).get(0);
                int llms = (int) scores.getShape().get(1);
                float[] flat = scores.toFloatArray();
                for (int r = 0; r < part.length; r++) {
                    double[] row = new double[llms];
                    for (int t = 0; t < llms; t++) {
                        row[t] = flat[r * llms + t];
                    }
                    out[start + r] = row;
                }
            }
        }
        return out;
    }

    public RouterWeights weights() {
        return block.weights();
    }

    @Override
    public void close() {
        manager.close();
    }
}

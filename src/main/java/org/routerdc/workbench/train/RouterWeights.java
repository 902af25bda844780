package org.routerdc.workbench.train;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The trainable numbers of a router as plain arrays (PyTorch {@code nn.Linear} layout: weight[out][in]).
 *
 * @param w1         hidden x d
 * @param b1         hidden
 * @param w2         d x hidden
 * @param b2         d
 * @param llmVectors T x d, one learned vector per LLM
 */
public record RouterWeights(float[][] w1, float[] b1, float[][] w2, float[] b2, float[][] llmVectors) {

    /** As named flat tensors (w1, b1, w2, b2, llm_vectors), each name prefixed with {@code prefix}. */
    public Map<String, float[]> toTensors(String prefix) {
        Map<String, float[]> tensors = new LinkedHashMap<>();
        tensors.put(prefix + "w1", flatten(w1));
        tensors.put(prefix + "b1", b1);
        tensors.put(prefix + "w2", flatten(w2));
        tensors.put(prefix + "b2", b2);
        tensors.put(prefix + "llm_vectors", flatten(llmVectors));
        return tensors;
    }

    /** The inverse of {@link #toTensors}; names what is missing or of the wrong size, with {@code source}. */
    public static RouterWeights fromTensors(Map<String, float[]> tensors, String prefix, int d, int hidden,
                                            int llms, Object source) throws IOException {
        return new RouterWeights(unflatten(need(tensors, prefix + "w1", hidden * d, source), hidden, d),
                need(tensors, prefix + "b1", hidden, source),
                unflatten(need(tensors, prefix + "w2", d * hidden, source), d, hidden), need(tensors, prefix + "b2", d, source),
                unflatten(need(tensors, prefix + "llm_vectors", llms * d, source), llms, d));
    }

    /**
     * As {@link #fromTensors}, from the model's parameters as stored ({@link ResidualHead} keeps w1 and w2
     * input-major), the layout checkpoints save.
     */
    public static RouterWeights fromParameterTensors(Map<String, float[]> tensors, String prefix, int d, int hidden,
                                                     int llms, Object source) throws IOException {
        return new RouterWeights(transpose(unflatten(need(tensors, prefix + "w1", d * hidden, source), d, hidden)),
                need(tensors, prefix + "b1", hidden, source),
                transpose(unflatten(need(tensors, prefix + "w2", hidden * d, source), hidden, d)),
                need(tensors, prefix + "b2", d, source),
                unflatten(need(tensors, prefix + "llm_vectors", llms * d, source), llms, d));
    }

    private static float[] need(Map<String, float[]> tensors, String name, int length, Object source)
            throws IOException {
        float[] values = tensors.get(name);
        if (values == null || values.length != length) {
            throw new IOException(source + ": tensor '" + name + "' missing or not " + length + " values");
        }
        return values;
    }

    public int dimension() {
        return b2.length;
    }

    public int hidden() {
        return b1.length;
    }

    public int llmCount() {
        return llmVectors.length;
    }

    /**
     * The starting point: head = identity (W2, b2 = 0; W1 Xavier-uniform, b1 = 0) and LLM vectors ~ N(0, std), all
     * drawn from {@code seed}.
     */
    public static RouterWeights initial(int d, int hidden, int llms, double std, long seed) {
        SeededRandom random = new SeededRandom(seed);
        double bound = Math.sqrt(6.0 / (d + hidden));
        float[][] w1 = new float[hidden][d];
        for (float[] row : w1) {
            for (int j = 0; j < d; j++) {
                row[j] = (float) ((random.nextDouble() * 2 - 1) * bound);
            }
        }
        float[][] vectors = new float[llms][d];
        for (float[] row : vectors) {
            for (int j = 0; j < d; j++) {
                row[j] = (float) (random.nextGaussian() * std);
            }
        }
        return new RouterWeights(w1, new float[hidden], new float[d][hidden], new float[d], vectors);
    }

    static float[] flatten(float[][] matrix) {
        int cols = matrix[0].length;
        float[] flat = new float[matrix.length * cols];
        for (int i = 0; i < matrix.length; i++) {
            System.arraycopy(matrix[i], 0, flat, i * cols, cols);
        }
        return flat;
    }

    static float[][] unflatten(float[] flat, int rows, int cols) {
        float[][] matrix = new float[rows][cols];
        for (int i = 0; i < rows; i++) {
            System.arraycopy(flat, i * cols, matrix[i], 0, cols);
        }
        return matrix;
    }

    static float[][] transpose(float[][] matrix) {
        float[][] t = new float[matrix[0].length][matrix.length];
        for (int i = 0; i < matrix.length; i++) {
            for (int j = 0; j < matrix[0].length; j++) {
                t[j][i] = matrix[i][j];
            }
        }
        return t;
    }
}

package org.routerdc.workbench.finetune;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.nn.Parameter;
import java.util.List;
import java.util.function.IntUnaryOperator;

/**
 * Runs the wrapped encoder once per {@link LengthBuckets} group and returns the embeddings in the rows' order; the
 * gradient reaches every group through the concatenation and the gather.
 */
final class LengthBucketedEncoder implements RowEncoder {
    private final RowEncoder inner;
    private final IntUnaryOperator tokensOfRow;

    LengthBucketedEncoder(RowEncoder inner, IntUnaryOperator tokensOfRow) {
        this.inner = inner;
        this.tokensOfRow = tokensOfRow;
    }

    @Override
    public NDArray embed(int[] rows, NDManager manager, boolean training) {
        int[] lengths = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            lengths[i] = tokensOfRow.applyAsInt(rows[i]);
        }
        int[][] groups = LengthBuckets.group(lengths);
        if (groups.length == 1) {
            return inner.embed(rows, manager, training);
        }
        NDList parts = new NDList(groups.length);
        long[] positionInConcat = new long[rows.length];
        int next = 0;
        for (int[] group : groups) {
            int[] groupRows = new int[group.length];
            for (int i = 0; i < group.length; i++) {
                groupRows[i] = rows[group[i]];
                positionInConcat[group[i]] = next++;
            }
            parts.add(inner.embed(groupRows, manager, training));
        }
        NDArray concatenated = NDArrays.concat(parts, 0);
        return concatenated.get(new NDIndex("{}", manager.create(positionInConcat)));
    }

    @Override
    public List<Parameter> trainable() {
        return inner.trainable();
    }
}

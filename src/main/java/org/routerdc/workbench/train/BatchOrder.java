package org.routerdc.workbench.train;

/**
 * Batches as a PyTorch {@code DataLoader(shuffle=True)} yields them: a fresh seeded permutation each epoch, cut into
 * consecutive batches, the last one possibly smaller.
 */
public final class BatchOrder {
    private final int rows;
    private final int batchSize;
    private int[] order;
    private int position;

    /** @param order the current epoch's order, or null to start a new epoch on the first batch */
    public BatchOrder(int rows, int batchSize, int[] order, int position) {
        this.rows = rows;
        this.batchSize = batchSize;
        this.order = order;
        this.position = position;
    }

    public int[] next(SeededRandom random) {
        if (order == null || position >= rows) {
            order = random.permutation(rows);
            position = 0;
        }
        int end = Math.min(rows, position + batchSize);
        int[] batch = java.util.Arrays.copyOfRange(order, position, end);
        position = end;
        return batch;
    }

    public int[] order() {
        return order;
    }

    public int position() {
        return position;
    }
}

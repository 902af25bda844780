package org.routerdc.workbench.tsne;

/**
 * Barnes-Hut repulsion (van der Maaten, 2014): a quadtree cell whose width over its distance to the point is
 * below θ (scikit-learn's criterion: full cell width) acts as one body at its centre of mass. Points are visited
 * in tree order so neighbouring work shares cache; each point's force and Z share are computed independently and
 * summed in a fixed order, so the result is deterministic.
 */
final class BarnesHutRepulsion implements Repulsion {
    private static final int CHUNK = 256;
    private final Workers workers;
    private final double theta;

    BarnesHutRepulsion(Workers workers, double theta) {
        this.workers = workers;
        this.theta = theta;
    }

    @Override
    public double compute(double[] y, double[] force) {
        QuadTree tree = new QuadTree(y);
        int n = y.length / 2;
        double theta2 = theta * theta;
        return workers.sumChunks(n, CHUNK, (from, to) -> {
            int[] stack = new int[4 * 64 + 8];
            double z = 0;
            for (int k = from; k < to; k++) {
                z += visit(tree, k, theta2, force, stack);
            }
            return z;
        });
    }

    /** Force on the point at tree position k; returns its share of Z. */
    private static double visit(QuadTree tree, int k, double theta2, double[] force, int[] stack) {
        double[] cell = tree.cell;
        int[] link = tree.link;
        double[] pts = tree.sorted;
        double xi = pts[2 * k];
        double yi = pts[2 * k + 1];
        double fx = 0, fy = 0, z = 0;
        int top = 0;
        stack[top++] = 0;
        while (top > 0) {
            int node = stack[--top];
            int c = 4 * node;
            int first = link[c];
            double dx = xi - cell[c];
            double dy = yi - cell[c + 1];
            double d2 = dx * dx + dy * dy;
            if (first >= 0 && cell[c + 2] < theta2 * d2) {
                double q = 1.0 / (1.0 + d2);
                double mq = cell[c + 3] * q;
                z += mq;
                fx += mq * q * dx;
                fy += mq * q * dy;
            } else if (first < 0) {
                for (int m = link[c + 2]; m < link[c + 3]; m++) {
                    if (m != k) {
                        double ex = xi - pts[2 * m];
                        double ey = yi - pts[2 * m + 1];
                        double q = 1.0 / (1.0 + ex * ex + ey * ey);
                        z += q;
                        fx += q * q * ex;
                        fy += q * q * ey;
                    }
                }
            } else {
                for (int ch = first + link[c + 1] - 1; ch >= first; ch--) {
                    stack[top++] = ch;
                }
            }
        }
        int i = tree.order[k];
        force[2 * i] = fx;
        force[2 * i + 1] = fy;
        return z;
    }
}

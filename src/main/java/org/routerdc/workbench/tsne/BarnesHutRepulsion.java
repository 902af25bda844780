package org.routerdc.workbench.tsne;

/**
 * Barnes-Hut repulsion (van der Maaten, 2014): a quadtree cell whose width over its distance to the point is
 * below θ acts as one body at its centre of mass. Points are visited in tree order so neighbouring work shares
 * cache; each point's force and Z share are computed independently, so the result is deterministic.
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
        double[] z = new double[n];
        double theta2 = theta * theta;
        workers.forChunks(n, CHUNK, (from, to) -> {
            int[] stack = new int[4 * 64 + 8];
            for (int k = from; k < to; k++) {
                int i = tree.order[k];
                z[i] = visit(tree, y, i, theta2, force, stack);
            }
        });
        double total = 0;
        for (double zi : z) {
            total += zi;
        }
        return total;
    }

    private static double visit(QuadTree tree, double[] y, int i, double theta2, double[] force, int[] stack) {
        double xi = y[2 * i];
        double yi = y[2 * i + 1];
        double fx = 0, fy = 0, z = 0;
        int top = 0;
        stack[top++] = 0;
        while (top > 0) {
            int node = stack[--top];
            int count = tree.end[node] - tree.start[node];
            if (count == 0) {
                continue;
            }
            int child = tree.firstChild[node];
            double dx = xi - tree.massX[node];
            double dy = yi - tree.massY[node];
            double d2 = dx * dx + dy * dy;
            double w = tree.width[node];
            if (child >= 0 && w * w < theta2 * d2) {
                double q = 1.0 / (1.0 + d2);
                z += count * q;
                double q2 = count * q * q;
                fx += q2 * dx;
                fy += q2 * dy;
            } else if (child < 0) {
                for (int k = tree.start[node]; k < tree.end[node]; k++) {
                    int j = tree.order[k];
                    if (j == i) {
                        continue;
                    }
                    double ex = xi - y[2 * j];
                    double ey = yi - y[2 * j + 1];
                    double q = 1.0 / (1.0 + ex * ex + ey * ey);
                    z += q;
                    fx += q * q * ex;
                    fy += q * q * ey;
                }
            } else {
                stack[top++] = child;
                stack[top++] = child + 1;
                stack[top++] = child + 2;
                stack[top++] = child + 3;
            }
        }
        force[2 * i] = fx;
        force[2 * i + 1] = fy;
        return z;
    }
}

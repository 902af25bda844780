package org.routerdc.workbench.train;

/**
 * Seeded k-means (k-means++ initialisation, then Lloyd iterations) in squared Euclidean distance, which on
 * L2-normalised embeddings orders points exactly as cosine distance does.
 */
public final class KMeans {
    /** @param assignment cluster of each point; @param centroids k x d; @param iterations Lloyd rounds run */
    public record Result(int[] assignment, float[][] centroids, int iterations) {
    }

    private static final int MAX_ITERATIONS = 100;

    private KMeans() {
    }

    /** Clusters {@code points} into {@code min(k, n)} groups; same seed, same answer. */
    public static Result cluster(float[][] points, int k, long seed) {
        int n = points.length;
        if (n == 0 || k < 1) {
            throw new IllegalArgumentException("k-means needs points and k >= 1");
        }
        k = Math.min(k, n);
        float[][] centroids = initialise(points, k, new SeededRandom(seed));
        int[] assignment = new int[n];
        java.util.Arrays.fill(assignment, -1);
        int round = 0;
        boolean changed = true;
        while (changed && round < MAX_ITERATIONS) {
            round++;
            // rows are independent, so a parallel assignment gives the same answer as a sequential one
            float[][] fixed = centroids;
            float[] norms = new float[k];
            for (int c = 0; c < k; c++) {
                norms[c] = dot(centroids[c], centroids[c]);
            }
            int[] next = java.util.stream.IntStream.range(0, n).parallel()
                    .map(i -> nearest(points[i], fixed, norms)).toArray();
            changed = !java.util.Arrays.equals(next, assignment);
            assignment = next;
            recentre(points, assignment, centroids);
        }
        return new Result(assignment, centroids, round);
    }

    /** k-means++: each next centre drawn with probability proportional to squared distance to the nearest one. */
    private static float[][] initialise(float[][] points, int k, SeededRandom random) {
        int n = points.length;
        float[][] centroids = new float[k][];
        centroids[0] = points[random.nextInt(n)].clone();
        double[] nearest = new double[n];
        for (int i = 0; i < n; i++) {
            nearest[i] = distance(points[i], centroids[0]);
        }
        for (int c = 1; c < k; c++) {
            double total = 0;
            for (double v : nearest) {
                total += v;
            }
            int chosen = 0;
            if (total > 0) {
                double target = random.nextDouble() * total;
                double running = 0;
                for (chosen = 0; chosen < n - 1; chosen++) {
                    running += nearest[chosen];
                    if (running > target) {
                        break;
                    }
                }
            } else {
                chosen = random.nextInt(n);
            }
            centroids[c] = points[chosen].clone();
            for (int i = 0; i < n; i++) {
                nearest[i] = Math.min(nearest[i], distance(points[i], centroids[c]));
            }
        }
        return centroids;
    }

    /** Moves each centroid to the mean of its points; an empty cluster keeps its old centroid. */
    private static void recentre(float[][] points, int[] assignment, float[][] centroids) {
        int d = points[0].length;
        double[][] sums = new double[centroids.length][d];
        int[] counts = new int[centroids.length];
        for (int i = 0; i < points.length; i++) {
            double[] sum = sums[assignment[i]];
            counts[assignment[i]]++;
            for (int j = 0; j < d; j++) {
                sum[j] += points[i][j];
            }
        }
        for (int c = 0; c < centroids.length; c++) {
            if (counts[c] > 0) {
                for (int j = 0; j < d; j++) {
                    centroids[c][j] = (float) (sums[c][j] / counts[c]);
                }
            }
        }
    }

    /** argmin over c of |x - c|^2 = |x|^2 - 2 x.c + |c|^2, dropping the constant |x|^2. */
    static int nearest(float[] point, float[][] centroids, float[] centroidNorms) {
        int best = 0;
        float bestDistance = Float.POSITIVE_INFINITY;
        for (int c = 0; c < centroids.length; c++) {
            float dist = centroidNorms[c] - 2 * dot(point, centroids[c]);
            if (dist < bestDistance) {
                bestDistance = dist;
                best = c;
            }
        }
        return best;
    }

    /** Four independent sums so the CPU can overlap the multiply-adds. */
    static float dot(float[] a, float[] b) {
        float s0 = 0;
        float s1 = 0;
        float s2 = 0;
        float s3 = 0;
        int j = 0;
        for (; j + 3 < a.length; j += 4) {
            s0 += a[j] * b[j];
            s1 += a[j + 1] * b[j + 1];
            s2 += a[j + 2] * b[j + 2];
            s3 += a[j + 3] * b[j + 3];
        }
        for (; j < a.length; j++) {
            s0 += a[j] * b[j];
        }
        return (s0 + s1) + (s2 + s3);
    }

    static double distance(float[] a, float[] b) {
        double sum = 0;
        for (int j = 0; j < a.length; j++) {
            double diff = a[j] - b[j];
            sum += diff * diff;
        }
        return sum;
    }
}

package org.routerdc.workbench.policy;

import java.util.List;
import org.routerdc.workbench.eval.ClusterRouter;
import org.routerdc.workbench.eval.RoutingAccuracy;

/**
 * How a trained router turns a query into a choice: each LLM's head score is calibrated into an expected score,
 * mixed with a cluster prior's expected score, and the query goes to the best mix:
 * expected_t(x) = alpha * calibration_t(s(x, t)) + (1 - alpha) * prior_t(x).
 *
 * @param alpha       weight of the RouterDC head (1 = the head alone; 0 = the prior alone)
 * @param calibration one map per LLM from head score to expected score
 * @param cluster     the cluster baseline reported by evaluations, or null when the data gave none
 * @param prior       the cluster tables mixed with the head (several scales), or null when the data gave none (then
 *                    alpha is 1)
 * @param output      one map for all LLMs from that mix to the expected score, fitted on the mix's out-of-fold values
 *                    (mixing two calibrated estimates does not keep them calibrated); increasing, so it never changes
 *                    which LLM is best. Null: the mix is reported as it is
 * @param headDecides true when the choice is the head's argmax as in the paper (runs with an explicit selection or a
 *                    fine-tuned encoder); the expected scores then only inform (and price) the choice
 */
public record RoutingPolicy(double alpha, List<IsotonicCalibration> calibration, ClusterRouter cluster,
                            ClusterRouter prior, IsotonicCalibration output, boolean headDecides) {
    public RoutingPolicy {
        calibration = List.copyOf(calibration);
        if (!(alpha >= 0 && alpha <= 1)) {
            throw new IllegalArgumentException("routing policy: alpha must be in [0, 1], not " + alpha);
        }
        if (prior == null && alpha != 1) {
            throw new IllegalArgumentException("routing policy: without a cluster prior alpha must be 1");
        }
    }

    /** Expected score per LLM, on each dataset's scale (a probability of a score above 0 for binary data). */
    public double[] expected(double[] headScores, float[] embedding) {
        double[] mix = mix(headScores, embedding);
        if (output != null) {
            for (int t = 0; t < mix.length; t++) {
                mix[t] = output.apply(mix[t]);
            }
        }
        return mix;
    }

    /** The mix of calibrated head and cluster prior that decides (before the output calibration, which may tie). */
    public double[] mix(double[] headScores, float[] embedding) {
        if (headScores.length != calibration.size()) {
            throw new IllegalArgumentException(headScores.length + " head scores for " + calibration.size() + " LLMs");
        }
        double[] prior = alpha < 1 ? this.prior.expected(embedding) : null;
        double[] expected = new double[headScores.length];
        for (int t = 0; t < expected.length; t++) {
            double head = calibration.get(t).apply(headScores[t]);
            expected[t] = prior == null ? head : alpha * head + (1 - alpha) * prior[t];
        }
        return expected;
    }

    public int route(double[] headScores, float[] embedding) {
        return RoutingAccuracy.argmax(headDecides ? headScores : mix(headScores, embedding));
    }
}

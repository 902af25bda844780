package org.routerdc.workbench.policy;

import java.util.List;
import org.routerdc.workbench.eval.ClusterRouter;
import org.routerdc.workbench.eval.RoutingAccuracy;

/**
 * How a trained router turns a query into a choice: each LLM's head score is calibrated into an expected score,
 * mixed with a linear probe's and a cluster prior's expected scores, and the query goes to the best mix:
 * expected_t(x) = alpha * calibration_t(s(x, t)) + beta * probe_t(x) + (1 - alpha - beta) * prior_t(x).
 *
 * @param alpha       weight of the RouterDC head (1 = the head alone; 0 = the prior alone)
 * @param calibration one map per LLM from head score to expected score
 * @param cluster     the cluster baseline reported by evaluations, or null when the data gave none
 * @param prior       the cluster tables mixed with the head (several scales), or null when the data gave none (then
 *                    alpha is 1)
 * @param probe       the linear probe mixed in, or null when none (then probeWeight is 0)
 * @param probeWeight beta, the probe's weight in the mix
 * @param output      one map for all LLMs from that mix to the expected score, fitted on the mix's out-of-fold values
 *                    (mixing two calibrated estimates does not keep them calibrated); increasing, so it never changes
 *                    which LLM is best. Null: the mix is reported as it is
 * @param headDecides true when the choice is the head's argmax as in the paper (runs with an explicit selection or a
 *                    fine-tuned encoder); the expected scores then only inform (and price) the choice
 */
public record RoutingPolicy(double alpha, List<IsotonicCalibration> calibration, ClusterRouter cluster,
                            ClusterRouter prior, LinearProbe probe, double probeWeight, IsotonicCalibration output,
                            boolean headDecides) {
    public RoutingPolicy {
        calibration = List.copyOf(calibration);
        if (!(alpha >= 0 && alpha <= 1)) {
            throw new IllegalArgumentException("routing policy: alpha must be in [0, 1], not " + alpha);
        }
        if (prior == null && alpha != 1) {
            throw new IllegalArgumentException("routing policy: without a cluster prior alpha must be 1");
        }
        if (!(probeWeight >= 0 && alpha + probeWeight <= 1 + 1e-9) || (probe == null && probeWeight != 0)) {
            throw new IllegalArgumentException("routing policy: probe weight " + probeWeight + " does not fit head weight "
                    + alpha + (probe == null ? " without a probe" : ""));
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

    /** The mix of calibrated head, probe and cluster prior that decides (before the output calibration, which may tie). */
    public double[] mix(double[] headScores, float[] embedding) {
        if (headScores.length != calibration.size()) {
            throw new IllegalArgumentException(headScores.length + " head scores for " + calibration.size() + " LLMs");
        }
        double priorWeight = 1 - alpha - probeWeight;
        double[] prior = priorWeight > 1e-9 ? this.prior.expected(embedding) : null;
        double[] probed = probeWeight > 0 ? probe.expected(embedding) : null;
        double[] expected = new double[headScores.length];
        for (int t = 0; t < expected.length; t++) {
            double mixed = alpha * calibration.get(t).apply(headScores[t]);
            if (probed != null) {
                mixed += probeWeight * probed[t];
            }
            if (prior != null) {
                mixed += priorWeight * prior[t];
            }
            expected[t] = mixed;
        }
        return expected;
    }

    public int route(double[] headScores, float[] embedding) {
        return RoutingAccuracy.argmax(headDecides ? headScores : mix(headScores, embedding));
    }
}

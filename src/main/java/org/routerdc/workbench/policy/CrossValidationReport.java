package org.routerdc.workbench.policy;

/**
 * Out-of-fold accuracies (percent, averaged over datasets) on the training rows: what each way of routing scored on
 * rows it was not fitted on. NaN where a line could not be computed.
 *
 * @param router       the chosen policy (head and cluster mix)
 * @param head         the RouterDC head alone (calibrated)
 * @param cluster      the cluster baseline at the chosen k and mix
 * @param knn          kNN, k = 10
 * @param bestSingle   the one LLM best on the other folds
 * @param folds        number of folds
 * @param steps        training steps chosen (median of the folds' best steps)
 * @param alpha        the head's weight in the mix
 * @param clusters     k of the cluster baseline (0 when none)
 * @param clusterMix   nearest clusters mixed (0 when none)
 * @param prior        the router's multi-scale cluster prior alone
 * @param probe        the linear probe alone, at its chosen ridge strength (the best one when it got no weight;
 *                     NaN when none was fitted)
 * @param probeWeight  the linear probe's weight in the mix
 */
public record CrossValidationReport(double router, double head, double cluster, double knn, double bestSingle,
                                    int folds, int steps, double alpha, int clusters, int clusterMix, double prior,
                                    double probe, double probeWeight) {
}

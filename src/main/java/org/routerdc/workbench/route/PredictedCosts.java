package org.routerdc.workbench.route;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.routerdc.workbench.data.PriceTable;

/**
 * The cost each LLM is predicted to charge for a query before it is called: its mean cost on the router's training
 * rows (router.json's {@code meanTrainingCosts}), else the user's price table.
 */
public final class PredictedCosts {
    private PredictedCosts() {
    }

    /**
     * @param pricesOrNull the user's price table, used when the bundle has no training costs
     * @throws IllegalArgumentException when neither gives a cost (an older bundle, or training tables without costs)
     */
    public static double[] of(LoadedRouter bundle, PriceTable pricesOrNull) {
        List<String> llms = bundle.router().llms();
        Map<String, Double> trained = bundle.manifest().meanTrainingCosts();
        if (trained != null && trained.keySet().containsAll(llms)) {
            return llms.stream().mapToDouble(trained::get).toArray();
        }
        if (pricesOrNull != null) {
            return pricesOrNull.costs(llms);
        }
        Path folder = bundle.folder();
        throw new IllegalArgumentException(folder + ": the router records no training costs (its training tables had"
                + " none, or it predates costs); give --prices FILE.json with a cost per query for each of " + llms);
    }
}

package org.routerdc.workbench.route;

import java.nio.file.Path;
import org.routerdc.workbench.policy.RoutingPolicy;
import org.routerdc.workbench.train.TrainedRouter;

/**
 * A router bundle read from disk: its manifest, weights, training index (null when the bundle has none) and routing
 * policy (null for a bundle that routes by its head's scores alone).
 */
public record LoadedRouter(Path folder, BundleManifest manifest, TrainedRouter router, TrainingIndex trainingIndex,
                           RoutingPolicy policy) {
    public String name() {
        return manifest.name();
    }
}

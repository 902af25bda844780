package org.routerdc.workbench.route;

import java.nio.file.Path;
import org.routerdc.workbench.train.TrainedRouter;

/** A router bundle read from disk: its manifest, weights and training index (null when the bundle has none). */
public record LoadedRouter(Path folder, BundleManifest manifest, TrainedRouter router, TrainingIndex trainingIndex) {
    public String name() {
        return manifest.name();
    }
}

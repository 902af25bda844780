package org.routerdc.workbench.tsne;

import java.util.function.BooleanSupplier;

/** The input side of t-SNE: preprocessing, the reduced points and the symmetric affinities P. */
record Input(Projection projection, Points points, SparseAffinities affinities) {
    static Input prepare(float[][] data, TsneConfig config, Workers workers, BooleanSupplier cancelled) {
        Projection projection = Pca.fit(data, config.metric().normalises(), config.pcaDims(), config.seed(), workers);
        Points points = projection.applyAll(data, workers);
        KnnGraph knn = KnnGraph.build(points, config.neighbours(data.length), workers, cancelled);
        return new Input(projection, points, SparseAffinities.from(knn, config.perplexity(), workers));
    }
}

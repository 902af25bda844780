package org.routerdc.workbench.tsne;

import java.util.function.BooleanSupplier;

/** The input side of t-SNE: preprocessing, the neighbour index and the symmetric affinities P. */
record Input(Projection projection, Points points, VpTree tree, SparseAffinities affinities) {
    static Input prepare(float[][] data, TsneConfig config, Workers workers, BooleanSupplier cancelled) {
        Projection projection = Pca.fit(data, config.metric().normalises(), config.pcaDims(), config.seed(), workers);
        Points points = projection.applyAll(data, workers);
        VpTree tree = new VpTree(points, config.seed());
        KnnGraph knn = KnnGraph.build(tree, config.neighbours(data.length), workers, cancelled);
        return new Input(projection, points, tree, SparseAffinities.from(knn, config.perplexity(), workers));
    }
}

package org.routerdc.workbench.tsne;

/** Progress of a t-SNE run, called on the computing thread; the layout is a copy the receiver may keep. */
@FunctionalInterface
public interface TsneListener {
    TsneListener NONE = (iteration, kl, layout) -> { };

    /**
     * @param iteration iterations done so far (1-based count)
     * @param klOrNaN   KL(P‖Q) with the true (un-exaggerated) P, on every {@code klEvery}-th iteration, else NaN
     * @param layout    N×2 snapshot of the current map
     */
    void onProgress(int iteration, double klOrNaN, double[][] layout);
}

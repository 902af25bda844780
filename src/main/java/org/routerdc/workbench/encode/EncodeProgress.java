package org.routerdc.workbench.encode;

/** Progress of a long encode, called from the encoding thread after each batch. */
@FunctionalInterface
public interface EncodeProgress {
    EncodeProgress NONE = (done, total, rowsPerSecond, etaSeconds) -> {
    };

    /**
     * @param done          texts finished so far (cache hits included)
     * @param total         texts asked for
     * @param rowsPerSecond encoding speed so far
     * @param etaSeconds    estimated seconds left ({@code NaN} while unknown)
     */
    void update(int done, int total, double rowsPerSecond, double etaSeconds);
}

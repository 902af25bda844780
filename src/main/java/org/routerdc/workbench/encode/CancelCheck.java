package org.routerdc.workbench.encode;

import java.util.function.BooleanSupplier;

/**
 * Asked between batches whether to stop; a cancelled encode throws {@link java.util.concurrent.CancellationException}.
 * A {@link BooleanSupplier} adapts with {@code supplier::getAsBoolean}.
 */
@FunctionalInterface
public interface CancelCheck {
    CancelCheck NEVER = () -> false;

    boolean cancelled();

    static CancelCheck of(BooleanSupplier supplier) {
        return supplier::getAsBoolean;
    }
}

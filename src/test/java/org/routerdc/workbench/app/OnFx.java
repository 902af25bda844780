package org.routerdc.workbench.app;

import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

/** Runs a piece of test code on the FX thread and waits for it (rethrowing what it threw). */
public final class OnFx {
    private OnFx() {
    }

    public interface Action {
        void run() throws Exception;
    }

    public static <T> T get(Callable<T> call) {
        try {
            return WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, WaitForAsyncUtils.asyncFx(call));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("FX thread did not answer within 10 s", e);
        }
    }

    public static void run(Action action) {
        get(() -> {
            action.run();
            return null;
        });
    }
}

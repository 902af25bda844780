package org.routerdc.workbench.app.routing;

import javafx.concurrent.Task;
import org.routerdc.workbench.app.shell.WorkbenchContext;
import org.routerdc.workbench.encode.DevicePreference;
import org.routerdc.workbench.route.Router;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Opens a router bundle with its encoder in the background (1–3 s) and makes it the current router of the app.
 * FX thread only.
 */
public final class RouterSwitch {
    /** A replaced router is closed this long after, so a routing call still using its encoder can finish. */
    private static final long CLOSE_DELAY_SECONDS = 10;

    private final WorkbenchContext context;
    private final Consumer<Throwable> onError;

    public RouterSwitch(WorkbenchContext context, Consumer<Throwable> onError) {
        this.context = context;
        this.onError = onError;
    }

    public Task<Router> open(Path folder) {
        Task<Router> task = new Task<>() {
            {
                updateTitle("Opening router " + folder.getFileName());
            }

            @Override
            protected Router call() throws Exception {
                updateProgress(-1, 1);
                return Router.open(folder, DevicePreference.CPU);
            }
        };
        task.setOnSucceeded(event -> install(task.getValue()));
        task.setOnFailed(event -> onError.accept(task.getException()));
        return context.tasks().submit(task);
    }

    /** Makes {@code router} current; the one it replaces is closed a little later. */
    public void install(Router router) {
        Router old = context.routerProperty().get();
        context.routerProperty().set(router);
        context.currentRouterProperty().set(router.bundle().name());
        if (old != null && old != router) {
            CompletableFuture.delayedExecutor(CLOSE_DELAY_SECONDS, TimeUnit.SECONDS).execute(old::close);
        }
    }
}

package org.routerdc.workbench.app;

import org.routerdc.workbench.app.data.LoadedDataset;
import org.routerdc.workbench.data.Metric;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

/** Starts the real app headless on temporary settings and loads the sample training tables, as a user would. */
public final class AppHarness {
    public static final Path SAMPLES = Path.of("sample-data/routerdc");
    /** Shared by the UI tests: embeddings are the same every time, so later tests skip the encoding. */
    public static final Path CACHE = Path.of("target/ui-test-embedding-cache").toAbsolutePath();
    private static final Path SCREENSHOTS = Path.of("target/screenshots");

    private AppHarness() {
    }

    /** The app on settings in {@code configDir} and run data in {@code configDir/data}. */
    public static WorkbenchApp start(Path configDir) throws Exception {
        return start(configDir, configDir.resolve("data"), WorkbenchApp::new);
    }

    /** The app as {@code create} makes it, on settings in {@code configDir} and run data in {@code dataDir}. */
    public static WorkbenchApp start(Path configDir, Path dataDir, java.util.function.Supplier<WorkbenchApp> create) throws Exception {
        System.setProperty("routerdc.config.dir", configDir.toString());
        System.setProperty("routerdc.data.dir", dataDir.toString());
        System.setProperty("routerdc.cache.dir", CACHE.toString());
        FxToolkit.registerPrimaryStage();
        WorkbenchApp app = (WorkbenchApp) FxToolkit.setupApplication(create::get);
        WaitForAsyncUtils.waitForFxEvents();
        return app;
    }

    public static void stop(WorkbenchApp app) throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    /** The four sample training tables; science and knowledge are set to binary in the Data view, as a user would. */
    public static void loadSampleTraining(WorkbenchApp app) {
        List<Path> files = List.of(SAMPLES.resolve("math_train.json"), SAMPLES.resolve("code_train.json"),
                SAMPLES.resolve("science_train.json"), SAMPLES.resolve("knowledge_train.json"));
        OnFx.run(() -> app.window().openFiles(files));
        waitUntil(30, () -> !app.dataModel().loadingProperty().get() && app.dataModel().datasets().size() == 4);
        OnFx.run(() -> {
            for (LoadedDataset dataset : app.dataModel().datasets()) {
                if (dataset.name().startsWith("science") || dataset.name().startsWith("knowledge")) {
                    dataset.metricProperty().set(Metric.BINARY);
                }
            }
        });
    }

    /** Sizes the window to 1400×900 and writes the whole window as PNG under target/screenshots. */
    public static void screenshot(WorkbenchApp app, String name) {
        OnFx.run(() -> {
            app.window().scene().getWindow().setWidth(1400);
            app.window().scene().getWindow().setHeight(900);
        });
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        OnFx.run(() -> PngSnapshot.write(app.window().scene().getRoot(), SCREENSHOTS.resolve(name)));
    }

    public static void waitUntil(int seconds, Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> OnFx.get(condition));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("condition not met within " + seconds + " s", e);
        }
    }
}

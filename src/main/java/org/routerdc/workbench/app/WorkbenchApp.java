package org.routerdc.workbench.app;

import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.routerdc.workbench.app.data.DataView;
import org.routerdc.workbench.app.data.DataViewModel;
import org.routerdc.workbench.app.data.TableLoader;
import org.routerdc.workbench.app.settings.SettingsStore;
import org.routerdc.workbench.app.shell.AppLog;
import org.routerdc.workbench.app.shell.ErrorDialog;
import org.routerdc.workbench.app.shell.MainWindow;
import org.routerdc.workbench.app.shell.PlaceholderView;
import org.routerdc.workbench.app.shell.ViewId;
import org.routerdc.workbench.app.shell.WindowPlacer;
import org.routerdc.workbench.app.shell.WorkbenchContext;

import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The desktop app. With {@code -Drouterdc.smoke=true} it prints {@code MAIN_WINDOW_SHOWN} once the window is up
 * and quits after 2 s (used by packaging/smoke-test.sh).
 */
public final class WorkbenchApp extends Application {
    private static final Logger LOG = Logger.getLogger(WorkbenchApp.class.getName());

    private WorkbenchContext context;
    private MainWindow window;
    private DataViewModel dataModel;

    @Override
    public void start(Stage stage) {
        Path configDir = SettingsStore.defaultConfigDir();
        AppLog.install(configDir);
        Thread.setDefaultUncaughtExceptionHandler((thread, error) -> {
            LOG.log(Level.SEVERE, "uncaught on " + thread.getName(), error);
            if (Platform.isFxApplicationThread()) {
                ErrorDialog.show(stage, "Something went wrong inside the Workbench", error);
            }
        });
        context = new WorkbenchContext(new SettingsStore(configDir));
        dataModel = new DataViewModel(TableLoader.ENGINE, context.tasks());
        window = new MainWindow(stage, context, dataModel::load);
        DataView dataView = new DataView(dataModel, window::openData);
        window.setView(ViewId.DATA, dataView);
        window.scene().getAccelerators().put(org.routerdc.workbench.app.shell.Shortcuts.FIND, dataView::focusSearch);
        window.setView(ViewId.TRAIN, new PlaceholderView("Train a router",
                "training settings (encoder, epochs, batch size, contrastive-loss weights) with the paper's defaults",
                "live loss and accuracy curves (smoothed, raw faint behind) while the worker process trains",
                "per-dataset accuracy beside the oracle, best single LLM, kNN and random routers",
                "run / cancel, and saving the trained router bundle"));
        window.setView(ViewId.EMBEDDINGS, new PlaceholderView("Embeddings map",
                "every query and each LLM's learned vector on one t-SNE map, coloured by dataset or cluster",
                "live t-SNE with run / pause, perplexity and learning-rate controls",
                "search, hover for text and scores, click a query to route it"));
        window.setView(ViewId.ROUTE, new PlaceholderView("Route a query",
                "type a query and see the router's score for every LLM and its choice",
                "the nearest training queries and where the query falls on the map",
                "open and save router bundles"));

        stage.setTitle("RouterDC Workbench");
        stage.getIcons().add(new Image(WorkbenchApp.class.getResourceAsStream("/org/routerdc/workbench/app/icon-256.png")));
        stage.setScene(window.scene());
        WindowPlacer.restore(stage, context.settings().window());
        stage.setOnCloseRequest(event -> rememberPlacement(stage));
        if (Boolean.getBoolean("routerdc.smoke")) {
            stage.setOnShown(event -> smokeExit());
        }
        stage.show();
    }

    /** The main window, for later views and tests. */
    public MainWindow window() {
        return window;
    }

    public DataViewModel dataModel() {
        return dataModel;
    }

    public WorkbenchContext context() {
        return context;
    }

    @Override
    public void stop() {
        if (context != null) {
            context.close();
        }
    }

    private void rememberPlacement(Stage stage) {
        context.updateSettings(s -> s.withWindow(WindowPlacer.capture(stage, s.window())));
    }

    private static void smokeExit() {
        System.out.println("MAIN_WINDOW_SHOWN");
        System.out.flush();
        PauseTransition wait = new PauseTransition(Duration.seconds(2));
        wait.setOnFinished(event -> Platform.exit());
        wait.play();
    }
}

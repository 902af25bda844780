package org.routerdc.workbench.app;

import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.routerdc.workbench.app.data.DataView;
import org.routerdc.workbench.app.data.DataViewModel;
import org.routerdc.workbench.app.data.PricesViewModel;
import org.routerdc.workbench.app.data.TableLoader;
import org.routerdc.workbench.app.settings.SettingsStore;
import org.routerdc.workbench.app.shell.AppLog;
import org.routerdc.workbench.app.shell.ErrorDialog;
import org.routerdc.workbench.app.shell.MainWindow;
import org.routerdc.workbench.app.shell.ViewId;
import org.routerdc.workbench.app.shell.WindowPlacer;
import org.routerdc.workbench.app.shell.WorkbenchContext;

import org.routerdc.workbench.app.export.ExportMenu;
import org.routerdc.workbench.app.settings.DataFolder;
import org.routerdc.workbench.app.training.RunStore;
import org.routerdc.workbench.app.training.WorkerCommand;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The desktop app. With {@code -Drouterdc.smoke=true} it prints {@code MAIN_WINDOW_SHOWN} once the window is up
 * and quits after 2 s (used by packaging/smoke-test.sh).
 */
public final class WorkbenchApp extends Application {
    private static final Logger LOG = Logger.getLogger(WorkbenchApp.class.getName());

    private final Supplier<List<String>> workerPrefix;
    private final Consumer<Path> showFolder;
    private final Runnable exit;
    private WorkbenchContext context;
    private MainWindow window;
    private DataViewModel dataModel;
    private PricesViewModel pricesModel;
    private EngineViews engineViews;

    public WorkbenchApp() {
        this(WorkerCommand::javaPrefix, null, Platform::exit);
    }

    /**
     * @param workerPrefix how training workers are started (tests start a scripted worker process)
     * @param showFolder   opens a folder for the user; null = the desktop's file manager
     * @param exit         what quitting does once the window is saved and hidden
     */
    public WorkbenchApp(Supplier<List<String>> workerPrefix, Consumer<Path> showFolder, Runnable exit) {
        this.workerPrefix = workerPrefix;
        this.showFolder = showFolder;
        this.exit = exit;
    }

    @Override
    public void start(Stage stage) {
        Path configDir = SettingsStore.defaultConfigDir();
        RunStore runs = new RunStore(DataFolder.defaultDir());
        runs.moveRunsFrom(configDir);
        AppLog.install(configDir);
        Thread.setDefaultUncaughtExceptionHandler((thread, error) -> {
            LOG.log(Level.SEVERE, "uncaught on " + thread.getName(), error);
            if (Platform.isFxApplicationThread()) {
                ErrorDialog.show(stage, "Something went wrong inside the Workbench", error);
            }
        });
        context = new WorkbenchContext(new SettingsStore(configDir));
        dataModel = new DataViewModel(TableLoader.ENGINE, context.tasks());
        dataModel.strictProperty().set(context.settings().strictLoading());
        dataModel.strictProperty().addListener((obs, old, strict) -> context.updateSettings(s -> s.withStrictLoading(strict)));
        window = new MainWindow(stage, context, dataModel::load);
        pricesModel = new PricesViewModel(dataModel, context.routerProperty());
        pricesModel.restore(context.settings().prices());
        dataModel.pricesProperty().addListener((obs, old, prices) -> {
            if (prices != null) {
                context.updateSettings(s -> s.withPrices(prices.prices()));
            }
        });
        DataView dataView = new DataView(dataModel, pricesModel, window::openData);
        window.setView(ViewId.DATA, dataView);
        Consumer<Path> folders = showFolder != null ? showFolder : folder -> getHostServices().showDocument(folder.toUri().toString());
        engineViews = new EngineViews(stage, context, window, dataModel, dataView::focusSearch, runs, workerPrefix, folders);
        QuitFlow quit = new QuitFlow(stage, window, engineViews.train(), exit);
        window.setOnQuit(quit::request);
        ExportMenu.installAll(window.scene().getRoot());

        stage.setTitle("RouterDC Workbench");
        stage.getIcons().add(new Image(WorkbenchApp.class.getResourceAsStream("/org/routerdc/workbench/app/icon-256.png")));
        stage.setScene(window.scene());
        WindowPlacer.restore(stage, context.settings().window());
        window.restoreLayout();
        stage.setOnCloseRequest(event -> {
            event.consume();
            quit.request();
        });
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

    /** The price editor beside the Data view's statistics. */
    public PricesViewModel pricesModel() {
        return pricesModel;
    }

    public WorkbenchContext context() {
        return context;
    }

    /** The Train, Embeddings and Route views' models. */
    public EngineViews engineViews() {
        return engineViews;
    }

    @Override
    public void stop() {
        if (engineViews != null) {
            engineViews.close();
        }
        if (context != null) {
            context.close();
        }
    }

    private static void smokeExit() {
        System.out.println("MAIN_WINDOW_SHOWN");
        System.out.flush();
        PauseTransition wait = new PauseTransition(Duration.seconds(2));
        wait.setOnFinished(event -> Platform.exit());
        wait.play();
    }
}

package org.routerdc.workbench.app;

import javafx.concurrent.Task;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.routerdc.workbench.app.data.DataViewModel;
import org.routerdc.workbench.app.embeddings.EmbeddingsView;
import org.routerdc.workbench.app.evaluate.EvaluateView;
import org.routerdc.workbench.app.evaluate.EvaluateViewModel;
import org.routerdc.workbench.app.embeddings.EmbeddingsViewModel;
import org.routerdc.workbench.app.routing.RouteView;
import org.routerdc.workbench.app.routing.RouteViewModel;
import org.routerdc.workbench.app.routing.RouterFolderCopy;
import org.routerdc.workbench.app.routing.RouterSwitch;
import org.routerdc.workbench.app.shell.ErrorDialog;
import org.routerdc.workbench.app.shell.MainWindow;
import org.routerdc.workbench.app.shell.Shortcuts;
import org.routerdc.workbench.app.shell.ViewId;
import org.routerdc.workbench.app.shell.WorkbenchContext;
import org.routerdc.workbench.app.training.RunStore;
import org.routerdc.workbench.app.training.TrainView;
import org.routerdc.workbench.app.training.TrainViewModel;
import org.routerdc.workbench.route.Router;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The Train, Embeddings and Route views on the engine, and how they talk: a finished training becomes the current
 * router; a click on the map opens the query in the Route view; a routed query is placed on the map.
 */
public final class EngineViews implements AutoCloseable {
    private final Stage stage;
    private final WorkbenchContext context;
    private final MainWindow window;
    private final RouterSwitch routers;
    private final TrainViewModel train;
    private final RouteViewModel route;
    private final EmbeddingsViewModel embeddings;
    private final RouteView routeView;
    private final EmbeddingsView embeddingsView;
    private final EvaluateViewModel evaluate;
    private final EvaluateView evaluateView;

    /**
     * @param runs         where runs are kept (the data folder)
     * @param workerPrefix how training workers are started
     * @param showFolder   opens a folder in the desktop's file manager
     */
    public EngineViews(Stage stage, WorkbenchContext context, MainWindow window, DataViewModel data, Runnable focusDataSearch,
                       RunStore runs, Supplier<List<String>> workerPrefix, Consumer<Path> showFolder) {
        this.stage = stage;
        this.context = context;
        this.window = window;
        DatasetSync.mirror(data.datasets(), context.datasets(), context.testDatasets());
        routers = new RouterSwitch(context, error -> ErrorDialog.show(stage, "Could not open the router", error));
        train = new TrainViewModel(context, runs, routers, workerPrefix);
        route = new RouteViewModel(context.routerProperty(), context.tasks());
        embeddings = new EmbeddingsViewModel(context.routerProperty(), context.tasks());
        route.pricesProperty().bind(data.pricesProperty());
        routeView = new RouteView(route);
        embeddingsView = new EmbeddingsView(embeddings);
        embeddings.setOnOpenQuery(text -> {
            window.select(ViewId.ROUTE);
            route.open(text);
        });
        route.decisionProperty().addListener((obs, old, decision) -> embeddings.placeQuery(decision));
        evaluate = new EvaluateViewModel(context.routerProperty(), context.testDatasets(), context.tasks());
        evaluate.pricesProperty().bindBidirectional(data.pricesProperty()); // the Evaluate view can read a price file too
        evaluateView = new EvaluateView(evaluate);
        evaluate.setOnOpenQuery(text -> {
            window.select(ViewId.ROUTE);
            route.open(text);
        });
        window.setView(ViewId.EVALUATE, evaluateView);
        window.setView(ViewId.TRAIN, new TrainView(train, showFolder));
        window.setView(ViewId.EMBEDDINGS, embeddingsView);
        window.setView(ViewId.ROUTE, routeView);
        window.setRouterActions(this::openRouter, this::saveRouterAs);
        window.scene().getAccelerators().put(Shortcuts.FIND, () -> {
            switch (window.selected()) {
                case EMBEDDINGS -> embeddingsView.focusSearch();
                case ROUTE -> routeView.focusInput();
                default -> focusDataSearch.run();
            }
        });
        // Ctrl+Enter: the view's main action — start training, or compute the map.
        window.scene().getAccelerators().put(Shortcuts.RUN, () -> {
            switch (window.selected()) {
                case TRAIN -> train.start();
                case EMBEDDINGS -> embeddings.run();
                case ROUTE -> route.routeNow();
                case EVALUATE -> evaluate.evaluate();
                default -> { }
            }
        });
    }

    public TrainViewModel train() {
        return train;
    }

    public RouteViewModel route() {
        return route;
    }

    public EmbeddingsViewModel embeddings() {
        return embeddings;
    }

    public EmbeddingsView embeddingsView() {
        return embeddingsView;
    }

    public EvaluateViewModel evaluate() {
        return evaluate;
    }

    public EvaluateView evaluateView() {
        return evaluateView;
    }

    public RouterSwitch routers() {
        return routers;
    }

    private void openRouter() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Open a router folder (*.router)");
        File folder = chooser.showDialog(stage);
        if (folder == null) {
            return;
        }
        if (!Files.isRegularFile(folder.toPath().resolve("router.json"))) {
            ErrorDialog.create(stage, "Not a router folder", folder + " has no router.json.").show();
            return;
        }
        routers.open(folder.toPath());
    }

    private void saveRouterAs() {
        Router current = context.routerProperty().get();
        if (current == null) {
            ErrorDialog.create(stage, "No router to save", "Train a router or open one first.").show();
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save router as");
        chooser.setInitialFileName(current.bundle().name() + ".router");
        File file = chooser.showSaveDialog(stage);
        if (file == null) {
            return;
        }
        Path target = file.toPath().getFileName().toString().endsWith(".router") ? file.toPath()
                : file.toPath().resolveSibling(file.getName() + ".router");
        saveRouterTo(target);
    }

    /** Copies the current router's bundle to {@code target}, asking first when it exists; null when not saved. */
    public Task<Void> saveRouterTo(Path target) {
        Router current = context.routerProperty().get();
        if (current == null || Files.exists(target) && !confirmReplace(target)) {
            return null;
        }
        Path source = current.bundle().folder();
        Task<Void> copy = new Task<>() {
            {
                updateTitle("Saving router to " + target.getFileName());
            }

            @Override
            protected Void call() throws Exception {
                RouterFolderCopy.copy(source, target);
                return null;
            }
        };
        copy.setOnFailed(event -> ErrorDialog.show(stage, "Could not save the router to " + target, copy.getException()));
        return context.tasks().submit(copy);
    }

    private boolean confirmReplace(Path target) {
        ButtonType replace = new ButtonType("Replace", ButtonBar.ButtonData.OK_DONE);
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, target + " already exists. Replacing it deletes what it holds now.",
                replace, ButtonType.CANCEL);
        ask.initOwner(stage);
        ask.setTitle("Save router as");
        ask.setHeaderText("Replace " + target.getFileName() + "?");
        ask.getDialogPane().setId("replace-router-dialog");
        return ask.showAndWait().orElse(ButtonType.CANCEL) == replace;
    }

    @Override
    public void close() {
        evaluate.cancel();
        train.close();
        route.close();
        embeddings.stop();
    }
}

package org.routerdc.workbench.app.embeddings;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Rectangle;
import org.routerdc.workbench.app.PngSnapshot;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.IntBuffer;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntConsumer;

/**
 * Scatter map of up to ~50k queries plus labelled LLM markers. Points are drawn into a PixelBuffer-backed image
 * ({@link PointRenderer}), markers and the hover ring on a Canvas above. Redraws are coalesced: every change only
 * marks the map dirty and an AnimationTimer (running only while something is pending) draws at most once per pulse.
 * Wheel zooms around the cursor, drag pans, double-click or "Reset view" fits the data again. FX thread only, except {@link #setPoints}.
 */
public final class MapCanvas extends BorderPane {
    private static final double HOVER_RADIUS_PX = 8;

    private final MapViewport viewport = new MapViewport();
    private final PointRenderer renderer = new PointRenderer();
    private final MarkerOverlay overlay = new MarkerOverlay();
    private final MapSelection selection = new MapSelection();
    private final StackPane plot = new StackPane();
    private final ImageView imageView = new ImageView();
    private final Canvas overlayCanvas = new Canvas();
    private final MapLegend legend = new MapLegend(this::setGroupVisible);
    private final TextField search = new TextField();
    private final Label status = new Label();
    private final MapHoverCard hoverCard = new MapHoverCard();
    private final AtomicReference<double[][]> pendingPoints = new AtomicReference<>();
    private final AtomicReference<List<MapModel.Marker>> pendingMarkers = new AtomicReference<>();
    private final AtomicBoolean wakeScheduled = new AtomicBoolean();
    /** Runs only while there is something to draw, so an idle map costs no pulses. */
    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            drawIfDirty();
            if (!dirty && pendingPoints.get() == null && pendingMarkers.get() == null) {
                stop();
                timerRunning = false;
            }
        }
    };
    private boolean timerRunning;

    private MapModel model = MapModel.empty();
    private PointGrid grid;
    private int[] pixels = new int[0];
    private IntBuffer buffer;
    private PixelBuffer<IntBuffer> pixelBuffer;
    private int hovered = -1;
    private boolean dirty = true;
    private boolean userMoved;
    private double dragX;
    private double dragY;
    private boolean dragged;
    private IntConsumer onPointClicked = index -> { };
    private int frames;

    public MapCanvas() {
        getStyleClass().add("map-canvas-view");
        search.setId("map-search");
        search.setPromptText("Highlight queries containing…");
        search.textProperty().addListener((obs, old, text) -> {
            selection.search(model, text);
            refreshStatus();
            markDirty();
        });
        HBox.setHgrow(search, Priority.ALWAYS);
        Button reset = new Button("Reset view");
        reset.setId("map-reset");
        reset.setOnAction(event -> resetView());
        status.setId("map-status");
        status.getStyleClass().add("map-status");
        HBox toolbar = new HBox(search, reset, status);
        toolbar.setAlignment(Pos.CENTER_LEFT);
        toolbar.getStyleClass().add("map-toolbar");
        setTop(toolbar);

        imageView.setManaged(false);
        overlayCanvas.setManaged(false);
        plot.getStyleClass().add("map-canvas");
        plot.setId("map-plot");
        plot.setMinSize(0, 0);
        plot.getChildren().addAll(imageView, overlayCanvas, legend, hoverCard);
        StackPane.setAlignment(legend, Pos.TOP_RIGHT);
        StackPane.setMargin(legend, new Insets(10));
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(plot.widthProperty());
        clip.heightProperty().bind(plot.heightProperty());
        plot.setClip(clip);
        plot.widthProperty().addListener((obs, old, w) -> resizeBuffers());
        plot.heightProperty().addListener((obs, old, h) -> resizeBuffers());
        setCenter(plot);
        new MapMouse(this, plot).install();
        sceneProperty().addListener((obs, old, scene) -> {
            timer.stop();
            timerRunning = false;
            if (scene != null) {
                markDirty();
            }
        });
        refreshStatus();
    }

    /** Shows a new data set and fits it in view. */
    public void setModel(MapModel newModel) {
        pendingPoints.set(null);
        pendingMarkers.set(null);
        model = newModel;
        grid = null;
        hovered = -1;
        hoverCard.hide();
        selection.reset(model);
        selection.search(model, search.getText());
        legend.show(model.categoryNames(), model.category(), model.markers().size());
        userMoved = false;
        fit();
        refreshStatus();
        markDirty();
    }

    /**
     * New coordinates for the same points (and optionally new marker places), e.g. each t-SNE step. Safe from any
     * thread; only the latest call before a pulse is drawn. The arrays are copied.
     */
    public void setPoints(double[][] xy, List<MapModel.Marker> markersOrNull) {
        double[][] copy = new double[xy.length][];
        for (int i = 0; i < xy.length; i++) {
            copy[i] = new double[]{xy[i][0], xy[i][1]};
        }
        if (markersOrNull != null) {
            pendingMarkers.set(List.copyOf(markersOrNull));
        }
        pendingPoints.set(copy);
        // at most one wake-up in flight, however often this is called
        if (wakeScheduled.compareAndSet(false, true)) {
            Platform.runLater(() -> {
                wakeScheduled.set(false);
                markDirty();
            });
        }
    }

    public void setPoints(double[][] xy) {
        setPoints(xy, null);
    }

    /** Called with the point's index when the user clicks a point (later: open it in the Route view). */
    public void setOnPointClicked(IntConsumer callback) {
        onPointClicked = callback == null ? index -> { } : callback;
    }

    public void resetView() {
        userMoved = false;
        fit();
        markDirty();
    }

    /** Zooms around the centre of the plot (factor > 1 zooms in). */
    public void zoom(double factor) {
        zoomAt(plot.getWidth() / 2, plot.getHeight() / 2, factor);
    }

    /** Draws now if anything changed (the pulse does this by itself; tests and the benchmark call it directly). */
    public void drawIfDirty() {
        applyPending();
        if (!dirty || pixelBuffer == null) {
            return;
        }
        dirty = false;
        frames++;
        int width = (int) pixelBuffer.getWidth();
        int height = (int) pixelBuffer.getHeight();
        renderer.render(pixels, width, height, model, viewport, selection.states());
        pixelBuffer.updateBuffer(pb -> {
            buffer.clear();
            buffer.put(pixels);
            return null;
        });
        overlay.draw(overlayCanvas.getGraphicsContext2D(), width, height, model, viewport, hovered);
    }

    /** Writes what the map shows now (points, markers, legend) as a PNG. */
    public void exportPng(Path file) throws IOException {
        exportPng(file, 1);
    }

    /** As {@link #exportPng(Path)}, {@code scale} times the screen size. */
    public void exportPng(Path file, double scale) throws IOException {
        drawIfDirty();
        PngSnapshot.write(plot, scale, file);
    }

    /** The points in view, the markers and the legend as SVG. */
    public void exportSvg(Path file) throws IOException {
        java.nio.file.Files.writeString(file, MapSvg.of(model, viewport, plot.getWidth(), plot.getHeight()));
    }

    /** Every point: x, y (map coordinates), category, text. */
    public void exportCsv(Path file) throws IOException {
        java.util.List<java.util.List<?>> rows = new java.util.ArrayList<>();
        rows.add(java.util.List.of("x", "y", "category", "text"));
        for (int i = 0; i < model.size(); i++) {
            int category = model.category()[i];
            rows.add(java.util.List.of(model.x()[i], model.y()[i],
                    category < model.categoryNames().size() ? model.categoryNames().get(category) : String.valueOf(category),
                    model.texts() == null ? "" : model.texts()[i]));
        }
        java.nio.file.Files.writeString(file, org.routerdc.workbench.app.export.CsvText.rows(rows));
    }

    /** The visible data range: {minX, minY, maxX, maxY}. */
    public double[] visibleRange() {
        return new double[]{viewport.toDataX(0), viewport.toDataY(0),
                viewport.toDataX(plot.getWidth()), viewport.toDataY(plot.getHeight())};
    }

    /** Where point {@code index} is drawn, in this node's local coordinates. */
    public Point2D pointPosition(int index) {
        Point2D inPlot = new Point2D(viewport.toScreenX(model.x()[index]), viewport.toScreenY(model.y()[index]));
        return sceneToLocal(plot.localToScene(inPlot));
    }

    public int hoveredIndex() {
        return hovered;
    }

    public String hoverText() {
        return hoverCard.isVisible() ? hoverCard.getText() : "";
    }

    public String statusText() {
        return status.getText();
    }

    public MapModel model() {
        return model;
    }

    /** Frames drawn so far (each is one coalesced redraw). */
    public int frameCount() {
        return frames;
    }

    public TextField searchField() {
        return search;
    }

    // ---- used by MapMouse ----

    void hoverAt(double x, double y) {
        int found = -1;
        if (model.size() > 0) {
            if (grid == null) {
                grid = new PointGrid(model.x(), model.y());
            }
            found = grid.nearest(viewport.toDataX(x), viewport.toDataY(y), HOVER_RADIUS_PX / viewport.scale(),
                    selection::hoverable);
        }
        if (found != hovered) {
            hovered = found;
            if (found < 0) {
                hoverCard.hide();
            } else {
                hoverCard.show(model, found, x, y, plot.getWidth(), plot.getHeight());
            }
            markDirty();
        }
    }

    void click(double x, double y) {
        hoverAt(x, y);
        if (hovered >= 0) {
            onPointClicked.accept(hovered);
        }
    }

    void zoomAt(double x, double y, double factor) {
        userMoved = true;
        viewport.zoomAt(x, y, factor);
        hoverCard.hide();
        hovered = -1;
        markDirty();
    }

    void pan(double dx, double dy) {
        userMoved = true;
        viewport.pan(dx, dy);
        hoverCard.hide();
        hovered = -1;
        markDirty();
    }

    private void setGroupVisible(int category, boolean visible) {
        selection.setGroupVisible(model, category, visible);
        markDirty();
    }

    private void applyPending() {
        double[][] xy = pendingPoints.getAndSet(null);
        List<MapModel.Marker> markers = pendingMarkers.getAndSet(null);
        if (xy == null && markers == null) {
            return;
        }
        model = xy == null ? model.withPoints(toXy(model), markers) : model.withPoints(xy, markers);
        grid = null;
        if (!userMoved) {
            fit();
        }
        dirty = true;
    }

    private void fit() {
        double[] bounds = MapBounds.of(model);
        viewport.fit(bounds[0], bounds[1], bounds[2], bounds[3], Math.max(1, plot.getWidth()), Math.max(1, plot.getHeight()));
    }

    private void resizeBuffers() {
        int width = (int) Math.max(1, Math.ceil(plot.getWidth()));
        int height = (int) Math.max(1, Math.ceil(plot.getHeight()));
        pixels = new int[width * height];
        buffer = ByteBuffer.allocateDirect(width * height * 4).order(ByteOrder.nativeOrder()).asIntBuffer();
        pixelBuffer = new PixelBuffer<>(width, height, buffer, PixelFormat.getIntArgbPreInstance());
        imageView.setImage(new WritableImage(pixelBuffer));
        overlayCanvas.setWidth(width);
        overlayCanvas.setHeight(height);
        if (!userMoved) {
            fit();
        }
        markDirty();
    }

    private void markDirty() {
        dirty = true;
        if (!timerRunning && getScene() != null) {
            timerRunning = true;
            timer.start();
        }
    }

    private void refreshStatus() {
        String points = model.sampled()
                ? String.format("showing %,d of %,d points (sampled)", model.size(), model.totalCount())
                : String.format("%,d points", model.size());
        String matches = selection.searching() ? String.format(" · %,d match", selection.matchCount()) : "";
        status.setText(points + matches);
    }

    private static double[][] toXy(MapModel model) {
        double[][] xy = new double[model.size()][];
        for (int i = 0; i < xy.length; i++) {
            xy[i] = new double[]{model.x()[i], model.y()[i]};
        }
        return xy;
    }
}

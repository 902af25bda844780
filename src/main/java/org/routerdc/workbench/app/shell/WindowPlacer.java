package org.routerdc.workbench.app.shell;

import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.routerdc.workbench.app.settings.WindowPlacement;

/** Restores the main window where it was, if that place is still on a screen, and reads back where it is. */
public final class WindowPlacer {
    private WindowPlacer() {
    }

    public static void restore(Stage stage, WindowPlacement placement) {
        stage.setWidth(placement.width());
        stage.setHeight(placement.height());
        if (placement.hasPosition() && onSomeScreen(placement)) {
            stage.setX(placement.x());
            stage.setY(placement.y());
        }
        stage.setMaximized(placement.maximised());
    }

    /** The placement to remember; while maximised, keeps the last normal size. */
    public static WindowPlacement capture(Stage stage, WindowPlacement previous) {
        if (stage.isMaximized()) {
            return new WindowPlacement(previous.x(), previous.y(), previous.width(), previous.height(), true);
        }
        return new WindowPlacement(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), false);
    }

    private static boolean onSomeScreen(WindowPlacement placement) {
        Rectangle2D titleBar = new Rectangle2D(placement.x(), placement.y(), Math.max(1, placement.width()), 40);
        return Screen.getScreens().stream().anyMatch(screen -> screen.getVisualBounds().intersects(titleBar));
    }
}

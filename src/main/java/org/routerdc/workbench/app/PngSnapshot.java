package org.routerdc.workbench.app;

import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a JavaFX node or image as PNG without javafx-swing (copies the pixels into a BufferedImage). */
public final class PngSnapshot {
    private PngSnapshot() {
    }

    /** Snapshot of {@code node} as laid out now. Call on the FX thread. */
    public static WritableImage capture(Node node) {
        return capture(node, 1);
    }

    /** Snapshot at {@code scale} times the screen size (2 = sharp in print and on high-DPI screens). FX thread. */
    public static WritableImage capture(Node node, double scale) {
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setTransform(javafx.scene.transform.Transform.scale(scale, scale));
        return node.snapshot(parameters, null);
    }

    /** Call on the FX thread. */
    public static void write(Node node, Path file) throws IOException {
        write(capture(node), file);
    }

    /** Call on the FX thread. */
    public static void write(Node node, double scale, Path file) throws IOException {
        write(capture(node, scale), file);
    }

    public static void write(Image image, Path file) throws IOException {
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        BufferedImage buffered = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        int[] pixels = new int[width * height];
        PixelReader reader = image.getPixelReader();
        reader.getPixels(0, 0, width, height, javafx.scene.image.PixelFormat.getIntArgbInstance(), pixels, 0, width);
        buffered.setRGB(0, 0, width, height, pixels, 0, width);
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        if (!ImageIO.write(buffered, "png", file.toFile())) {
            throw new IOException("no PNG writer available");
        }
    }
}

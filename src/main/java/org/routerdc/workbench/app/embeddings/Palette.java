package org.routerdc.workbench.app.embeddings;

import javafx.scene.paint.Color;

/** Categorical colours (Tableau-like, readable on light and dark backgrounds); more categories cycle the hues. */
public final class Palette {
    private static final int[] BASE = {
            0x4E79A7, 0xF28E2B, 0xE15759, 0x76B7B2, 0x59A14F, 0xEDC948, 0xB07AA1, 0xFF9DA7, 0x9C755F, 0xBAB0AC,
            0x1F77B4, 0x2CA02C, 0xD62728, 0x9467BD, 0x17BECF, 0xBCBD22};

    private Palette() {
    }

    /** Opaque RGB (0xRRGGBB) for category {@code index}. */
    public static int rgb(int index) {
        if (index < BASE.length) {
            return BASE[Math.max(0, index)];
        }
        Color colour = Color.hsb((index * 137.508) % 360, 0.55, 0.85);
        return ((int) Math.round(colour.getRed() * 255) << 16) | ((int) Math.round(colour.getGreen() * 255) << 8)
                | (int) Math.round(colour.getBlue() * 255);
    }

    public static Color colour(int index) {
        return Color.rgb(rgb(index) >> 16 & 0xff, rgb(index) >> 8 & 0xff, rgb(index) & 0xff);
    }
}

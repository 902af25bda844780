package org.routerdc.workbench.app.embeddings;

import java.util.Arrays;

/**
 * Draws map points as small anti-aliased discs straight into a premultiplied-ARGB int array: no scene-graph node per
 * point, so 50k points cost a few milliseconds. Dimmed points go first, then normal, then highlighted ones on top.
 */
final class PointRenderer {
    static final byte NORMAL = 0;
    static final byte DIMMED = 1;
    static final byte HIGHLIGHTED = 2;

    private static final int DIMMED_ALPHA = 40;
    private static final int NORMAL_ALPHA = 215;
    private final Stamp normal = new Stamp(2.6);
    private final Stamp large = new Stamp(4.2);

    /**
     * @param state per point: {@link #NORMAL}, {@link #DIMMED} or {@link #HIGHLIGHTED}
     */
    void render(int[] pixels, int width, int height, MapModel model, MapViewport viewport, byte[] state) {
        Arrays.fill(pixels, 0);
        int categories = model.categoryNames().size() + 1;
        for (byte pass : new byte[]{DIMMED, NORMAL, HIGHLIGHTED}) {
            Stamp stamp = pass == HIGHLIGHTED ? large : normal;
            int alpha = pass == DIMMED ? DIMMED_ALPHA : pass == HIGHLIGHTED ? 255 : NORMAL_ALPHA;
            int[][] colours = new int[categories][];
            double[] x = model.x();
            double[] y = model.y();
            int[] category = model.category();
            for (int i = 0; i < x.length; i++) {
                if (state[i] != pass) {
                    continue;
                }
                int sx = (int) Math.round(viewport.toScreenX(x[i]));
                int sy = (int) Math.round(viewport.toScreenY(y[i]));
                if (sx < -5 || sy < -5 || sx > width + 5 || sy > height + 5) {
                    continue;
                }
                int c = Math.clamp(category[i], 0, categories - 1);
                if (colours[c] == null) {
                    colours[c] = stamp.premultiplied(Palette.rgb(category[i]), alpha);
                }
                stamp.draw(pixels, width, height, sx, sy, colours[c]);
            }
        }
    }

    /** a * b / 255, rounded, without a division. */
    static int mul255(int a, int b) {
        int t = a * b + 128;
        return (t + (t >> 8)) >> 8;
    }

    /** Pixel offsets of a disc with per-pixel coverage (0..255) for soft edges. */
    private static final class Stamp {
        private final int[] dx;
        private final int[] dy;
        private final int[] coverage;

        Stamp(double radius) {
            int r = (int) Math.ceil(radius);
            int count = 0;
            int[] ox = new int[(2 * r + 1) * (2 * r + 1)];
            int[] oy = new int[ox.length];
            int[] cov = new int[ox.length];
            for (int j = -r; j <= r; j++) {
                for (int i = -r; i <= r; i++) {
                    double inside = Math.clamp(radius + 0.5 - Math.sqrt(i * i + j * j), 0, 1);
                    if (inside > 0) {
                        ox[count] = i;
                        oy[count] = j;
                        cov[count++] = (int) Math.round(inside * 255);
                    }
                }
            }
            dx = Arrays.copyOf(ox, count);
            dy = Arrays.copyOf(oy, count);
            coverage = Arrays.copyOf(cov, count);
        }

        /** The stamp's pixels in one colour as premultiplied ARGB, soft edges included. */
        int[] premultiplied(int rgb, int alpha) {
            int[] colours = new int[dx.length];
            for (int k = 0; k < dx.length; k++) {
                int a = mul255(alpha, coverage[k]);
                colours[k] = a << 24 | mul255(rgb >> 16 & 0xff, a) << 16 | mul255(rgb >> 8 & 0xff, a) << 8
                        | mul255(rgb & 0xff, a);
            }
            return colours;
        }

        /** Source-over of the premultiplied stamp at (cx, cy); empty pixels are simply written. */
        void draw(int[] pixels, int width, int height, int cx, int cy, int[] colours) {
            for (int k = 0; k < dx.length; k++) {
                int px = cx + dx[k];
                int py = cy + dy[k];
                if (px < 0 || py < 0 || px >= width || py >= height) {
                    continue;
                }
                int index = py * width + px;
                int src = colours[k];
                int dst = pixels[index];
                if (dst == 0) {
                    pixels[index] = src;
                    continue;
                }
                int keep = 255 - (src >>> 24);
                int outA = (src >>> 24) + mul255(dst >>> 24, keep);
                int outR = (src >> 16 & 0xff) + mul255(dst >> 16 & 0xff, keep);
                int outG = (src >> 8 & 0xff) + mul255(dst >> 8 & 0xff, keep);
                int outB = (src & 0xff) + mul255(dst & 0xff, keep);
                pixels[index] = outA << 24 | outR << 16 | outG << 8 | outB;
            }
        }
    }
}

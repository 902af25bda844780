import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.CubicCurve2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.File;

/**
 * Draws the RouterDC Workbench icon: one query node fanning out to three LLM nodes on a rounded tile.
 * Run once with {@code java packaging/IconGenerator.java assets} (writes icon-<size>.png for 16..512).
 */
public class IconGenerator {
    public static void main(String[] args) throws Exception {
        File dir = new File(args.length > 0 ? args[0] : "assets");
        dir.mkdirs();
        for (int size : new int[]{16, 32, 48, 64, 128, 256, 512}) {
            ImageIO.write(draw(size), "png", new File(dir, "icon-" + size + ".png"));
        }
    }

    static BufferedImage draw(int size) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.scale(size / 256.0, size / 256.0);
        g.setPaint(new GradientPaint(0, 0, new Color(0x2B3A8F), 256, 256, new Color(0x0E8C8C)));
        g.fill(new RoundRectangle2D.Double(8, 8, 240, 240, 56, 56));

        double sx = 66;
        double sy = 128;
        double[] ty = {66, 128, 190};
        Color[] llm = {new Color(0xFFB547), new Color(0xFF6F91), new Color(0x8BE3A0)};
        g.setStroke(new BasicStroke(12, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        for (int i = 0; i < 3; i++) {
            g.setColor(new Color(255, 255, 255, i == 1 ? 255 : 150));
            g.draw(new CubicCurve2D.Double(sx, sy, 128, sy, 128, ty[i], 190, ty[i]));
        }
        for (int i = 0; i < 3; i++) {
            g.setColor(llm[i]);
            g.fill(new Ellipse2D.Double(190 - 22, ty[i] - 22, 44, 44));
            g.setColor(Color.WHITE);
            g.setStroke(new BasicStroke(5));
            g.draw(new Ellipse2D.Double(190 - 22, ty[i] - 22, 44, 44));
        }
        g.setColor(Color.WHITE);
        g.fill(new Ellipse2D.Double(sx - 28, sy - 28, 56, 56));
        g.setColor(new Color(0x2B3A8F));
        g.fill(new Ellipse2D.Double(sx - 12, sy - 12, 24, 24));
        g.dispose();
        return image;
    }
}

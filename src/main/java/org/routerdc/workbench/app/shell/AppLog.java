package org.routerdc.workbench.app.shell;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.FileHandler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/** Sends java.util.logging output of our packages to {@code <config>/log/workbench.log} (rotating, 3 x 2 MB). */
public final class AppLog {
    private static final Logger ROOT = Logger.getLogger("org.routerdc.workbench");
    private static FileHandler handler;

    private AppLog() {
    }

    public static synchronized Path install(Path configDir) {
        Path dir = configDir.resolve("log");
        try {
            Files.createDirectories(dir);
            if (handler == null) {
                System.setProperty("java.util.logging.SimpleFormatter.format", "%1$tF %1$tT %4$s %3$s: %5$s%6$s%n");
                handler = new FileHandler(dir.resolve("workbench%g.log").toString(), 2_000_000, 3, true);
                handler.setFormatter(new SimpleFormatter());
                ROOT.addHandler(handler);
                ROOT.setLevel(Level.INFO);
            }
        } catch (IOException e) {
            ROOT.log(Level.WARNING, "cannot write log files to " + dir, e);
        }
        return dir;
    }
}

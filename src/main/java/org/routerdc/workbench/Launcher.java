package org.routerdc.workbench;

import javafx.application.Application;
import org.routerdc.workbench.app.WorkbenchApp;

/**
 * Entry point of the jar and the packaged app. It does not extend Application, so JavaFX runs from the classpath.
 * No arguments: the desktop app. Arguments: the command line.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            Application.launch(WorkbenchApp.class);
            return;
        }
        // CLI CALL SITE: replace the two lines below with org.routerdc.workbench.cli.WorkbenchCli.main(args);
        System.err.println("command line not available yet");
        System.exit(2);
    }
}

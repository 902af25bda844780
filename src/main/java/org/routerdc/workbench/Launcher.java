package org.routerdc.workbench;

import javafx.application.Application;
import org.routerdc.workbench.app.WorkbenchApp;
import org.routerdc.workbench.cli.WorkbenchCli;

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
        WorkbenchCli.main(args);
    }
}

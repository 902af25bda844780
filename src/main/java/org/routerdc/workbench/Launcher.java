package org.routerdc.workbench;

import javafx.application.Application;
import org.routerdc.workbench.app.WorkbenchApp;
import org.routerdc.workbench.cli.WorkbenchCli;

/**
 * Entry point of the jar and the packaged app. It does not extend Application, so JavaFX runs from the classpath.
 * No arguments: the desktop app. Arguments: the command line, which first sets the native thread policy, before
 * PyTorch can load (the packaged launcher cannot set environment variables). The app process runs no PyTorch (its
 * training worker gets the policy in its environment), so its start skips the ~0.1 s that native call costs.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            Application.launch(WorkbenchApp.class);
            return;
        }
        NativeThreadPolicy.apply();
        WorkbenchCli.main(args);
    }
}

package org.routerdc.workbench;

import javafx.application.Application;
import org.routerdc.workbench.app.WorkbenchApp;
import org.routerdc.workbench.cli.WorkbenchCli;

/**
 * Entry point of the jar and the packaged app. It does not extend Application, so JavaFX runs from the classpath.
 * No arguments: the desktop app. Arguments: the command line. Either way the native thread policy is set first, before
 * PyTorch or ONNX Runtime can load (the packaged launcher cannot set environment variables).
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        NativeThreadPolicy.apply();
        if (args.length == 0) {
            Application.launch(WorkbenchApp.class);
            return;
        }
        WorkbenchCli.main(args);
    }
}

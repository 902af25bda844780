package org.routerdc.workbench.app.shell;

import javafx.scene.Node;

/** One of the four views in the main window. A later phase replaces the placeholders with real views through this. */
public interface WorkbenchView {
    /** The node shown in the view's tab. */
    Node root();

    /** What File ▸ Export… writes as PNG; by default the whole view. */
    default Node exportNode() {
        return root();
    }

    /** Called when the user switches to this view. */
    default void shown() {
    }
}

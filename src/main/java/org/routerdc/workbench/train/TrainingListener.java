package org.routerdc.workbench.train;

/** Receives training events on the training thread; keep it quick. */
@FunctionalInterface
public interface TrainingListener {
    void onEvent(TrainingEvent event);
}

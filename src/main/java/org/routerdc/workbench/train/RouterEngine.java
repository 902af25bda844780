package org.routerdc.workbench.train;

import ai.djl.engine.Engine;

/** The one DJL engine the router trains on. */
final class RouterEngine {
    static final String NAME = "PyTorch";

    private RouterEngine() {
    }

    static Engine get() {
        return Engine.getEngine(NAME);
    }
}

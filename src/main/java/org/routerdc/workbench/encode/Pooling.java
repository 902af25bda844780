package org.routerdc.workbench.encode;

/** How token vectors become one sentence vector: the first token ([CLS]) or the mean over real (unpadded) tokens. */
public enum Pooling {
    CLS,
    MEAN
}

package org.routerdc.workbench.finetune;

/** Known configs used across tests. */
final class BertTestConfigs {
    /** bge-small-en-v1.5 as published in its config.json. */
    static final BertConfig BGE_SMALL = new BertConfig(30522, 384, 12, 12, 1536, 512, 2, 1e-12, "gelu");

    private BertTestConfigs() {}
}

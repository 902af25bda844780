package org.routerdc.workbench.finetune;

/**
 * An encoder cut between layers: a frozen prefix (embeddings and lower layers, run once and cached) and a
 * trainable suffix of the top layers. Both share parameters with the encoder they came from.
 */
public record BertEncoderSplit(BertInputBlock frozenPrefix, BertLayerStack trainableSuffix) {}

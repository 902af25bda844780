package org.routerdc.workbench.finetune;

import org.routerdc.workbench.train.TrainedRouter;

/**
 * A fine-tuning run's result: the head and LLM vectors, the encoder's weights at the best step, and every row's
 * embedding under that encoder (for the bundle's training index, so kNN and nearest queries live in the new space).
 */
public record FineTunedRouter(TrainedRouter router, BertWeights encoderWeights, float[][] embeddings) {}

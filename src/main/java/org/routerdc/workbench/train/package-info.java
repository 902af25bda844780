/**
 * Training RouterDC routers (arXiv 2409.19886) on precomputed, L2-normalised query embeddings with DJL/PyTorch.
 *
 * <p>Model ({@link org.routerdc.workbench.train.RouterBlock}): identity "encoder" (a trainable text encoder can be
 * plugged in later) → {@link org.routerdc.workbench.train.ResidualHead} (identity at start) →
 * {@link org.routerdc.workbench.train.LlmVectors} (score = cos(h, k_t)/tau). Losses as the released
 * {@code train_router_mdeberta.py}: {@link org.routerdc.workbench.train.SampleLlmLoss} +
 * λ·{@link org.routerdc.workbench.train.SampleSampleLoss}. Optimiser: our own
 * {@link org.routerdc.workbench.train.AdamW} so its state can be checkpointed.
 *
 * <p>Entry points: {@link org.routerdc.workbench.train.RouterTrainer#train} and
 * {@link org.routerdc.workbench.train.RouterTrainer#resume}, which run the one loop,
 * {@link org.routerdc.workbench.train.TrainingLoop}, with the frozen
 * {@link org.routerdc.workbench.train.TrainingMode} (fine-tuning brings its own mode); results as
 * {@link org.routerdc.workbench.train.TrainedRouter} (pure-Java routing); progress as
 * {@link org.routerdc.workbench.train.TrainingEvent}s, one JSON line each via
 * {@link org.routerdc.workbench.train.TrainingEvents}.
 *
 * <p>Differences from the released code, on purpose: evaluation runs after steps evalEvery, 2·evalEvery, ... and
 * after the last step (the released code evaluates at (step+1) % eval_steps == 0); the sample-sample loss uses each
 * kept query's own similarity row (the released code misaligns rows once a query is skipped) and returns 0 when no
 * query can be kept (the released code crashes); ties in scores are broken by LLM index.
 */
package org.routerdc.workbench.train;

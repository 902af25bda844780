package org.routerdc.workbench.finetune;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.nn.Parameter;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import ai.djl.training.optimizer.Optimizer;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Fine-tunes only the top layers of a {@link BertEncoderBlock}: the frozen embeddings and lower layers run once per
 * batch ({@link #cache}), and each {@link #step} runs, differentiates and updates just the trainable suffix.
 */
public final class TopLayerFineTuner {
    private final BertEncoderSplit split;
    private final Optimizer optimizer;
    private final List<Parameter> trainable;

    /** The frozen prefix's output for one batch: (hidden [B, T, H], mask bias), no gradient history. */
    public record CachedPrefix(NDList hiddenAndMask) {}

    public TopLayerFineTuner(BertEncoderBlock encoder, int trainableLayers, Optimizer optimizer) {
        int layers = encoder.config().numLayers();
        if (trainableLayers < 1 || trainableLayers > layers) {
            throw new IllegalArgumentException("trainable layers must be 1.." + layers + ", got " + trainableLayers);
        }
        this.split = encoder.splitAt(layers - trainableLayers);
        this.optimizer = optimizer;
        this.trainable = split.trainableSuffix().getParameters().values();
    }

    public List<String> trainableParameterNames() {
        return trainable.stream().map(Parameter::getName).toList();
    }

    /** Runs the frozen prefix (outside any gradient collector) with arrays owned by {@code manager}. */
    public CachedPrefix cache(TokenBatch batch, NDManager manager) {
        NDList out = split.frozenPrefix().forward(new ParameterStore(manager, false), batch.toNDList(manager), false);
        return new CachedPrefix(new NDList(out.get(0).stopGradient(), out.get(1)));
    }

    /**
     * One optimiser step on the trainable layers.
     *
     * @param loss maps the L2-normalised CLS embeddings [B, H] to a scalar loss
     * @return the loss before the update
     */
    public float step(CachedPrefix input, UnaryOperator<NDArray> loss) {
        NDManager manager = input.hiddenAndMask().head().getManager();
        float value;
        // NDScope frees the step's intermediates; parameters and optimiser state live outside it
        try (NDScope ignored = new NDScope(); GradientCollector collector = Engine.getInstance().newGradientCollector()) {
            NDList hidden = split.trainableSuffix().forward(new ParameterStore(manager, false), input.hiddenAndMask(), true);
            NDArray l = loss.apply(BertEncoderBlock.clsEmbedding(hidden.get(0)));
            collector.backward(l);
            value = l.getFloat();
        }
        // no NDScope here: the optimiser creates its state (e.g. Adam moments) on the first update
        for (Parameter p : trainable) {
            NDArray weight = p.getArray();
            try (NDArray gradient = weight.getGradient()) {
                optimizer.update(p.getId(), weight, gradient);
                gradient.subi(gradient); // the next backward would otherwise accumulate onto this one
            }
        }
        return value;
    }
}

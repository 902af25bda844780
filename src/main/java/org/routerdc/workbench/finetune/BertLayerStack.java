package org.routerdc.workbench.finetune;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDScope;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import java.util.List;

/** Consecutive encoder layers: (hidden, mask bias) → (hidden, mask bias). The trainable part of a split encoder. */
public final class BertLayerStack extends BertBlockBase {
    private final List<BertLayerBlock> layers;

    BertLayerStack(BertConfig config, List<BertLayerBlock> layers) {
        super(config);
        this.layers = List.copyOf(layers);
        for (BertLayerBlock layer : layers) {
            addChildBlock("layer" + layer.index(), layer);
        }
    }

    /** Indices (in the whole encoder) of the layers in this stack. */
    public List<Integer> layerIndices() {
        return layers.stream().map(BertLayerBlock::index).toList();
    }

    @Override
    protected NDList forwardInternal(ParameterStore ps, NDList inputs, boolean training, PairList<String, Object> params) {
        NDList x = inputs;
        for (BertLayerBlock layer : layers) {
            // DJL frees arrays only when their scope or manager closes: without a scope per layer every layer's
            // attention scores ([B, heads, T, T] each) stay alive to the end of the pass, ~14 GB for 32 long rows.
            // Autograd keeps its own references to what backward needs (PyTorch-owned results of ops), so this is
            // safe while training too.
            NDList out;
            try (NDScope ignored = new NDScope()) {
                out = layer.forward(ps, x, training);
                NDScope.unregister(out);
            }
            for (NDArray array : out) { // the new arrays now belong to the caller's scope, as without the layer's
                if (!containsSame(x, array)) {
                    NDScope.register(array);
                }
            }
            x = out;
        }
        return x;
    }

    /** By identity: NDList.contains would compare contents (NDArray.equals is contentEquals). */
    private static boolean containsSame(NDList list, NDArray array) {
        for (NDArray element : list) {
            if (element == array) {
                return true;
            }
        }
        return false;
    }
}

package org.routerdc.workbench.finetune;

/** The gradients stopped being finite numbers; the weights are left as they were before that step. */
public final class FineTuneDiverged extends FineTuneFailure {
    FineTuneDiverged(int step, double norm) {
        super("training diverged at step " + step + " (gradient norm " + norm + "): lower --encoder-lr or --lr", null);
    }
}

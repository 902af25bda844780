package org.routerdc.workbench.finetune;

/** A fine-tuning run that cannot go on for a reason the user can act on; the message says what to change. */
public class FineTuneFailure extends RuntimeException {
    FineTuneFailure(String message, Throwable cause) {
        super(message, cause);
    }
}

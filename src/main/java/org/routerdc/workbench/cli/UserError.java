package org.routerdc.workbench.cli;

/** A mistake in the user's input: printed as one line, exit code 2, no stack trace. */
public final class UserError extends RuntimeException {
    public UserError(String message) {
        super(message);
    }
}

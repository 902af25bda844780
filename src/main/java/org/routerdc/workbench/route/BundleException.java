package org.routerdc.workbench.route;

/** A router bundle that cannot be used, with the exact reason (missing file, hash mismatch, unknown version...). */
public final class BundleException extends Exception {
    public BundleException(String message) {
        super(message);
    }

    public BundleException(String message, Throwable cause) {
        super(message, cause);
    }
}

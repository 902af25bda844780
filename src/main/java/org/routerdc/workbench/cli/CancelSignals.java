package org.routerdc.workbench.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;
import sun.misc.Signal;

/**
 * Turns Ctrl+C / SIGTERM and a "cancel" line on stdin into a clean cancel (the run stops at the next step and keeps
 * its checkpoints); a second Ctrl+C ends the process at once.
 */
final class CancelSignals {
    private CancelSignals() {
    }

    static void install(AtomicBoolean cancelled) {
        for (String name : new String[]{"INT", "TERM"}) {
            try {
                Signal.handle(new Signal(name), signal -> {
                    if (!cancelled.compareAndSet(false, true)) {
                        Runtime.getRuntime().halt(130);
                    }
                });
            } catch (IllegalArgumentException | UnsupportedOperationException e) {
                // Signal not available on this platform: stdin "cancel" still works.
            }
        }
        Thread stdin = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    if (line.trim().equals("cancel")) {
                        cancelled.set(true);
                    }
                }
            } catch (java.io.IOException e) {
                // stdin closed: nothing more to listen to.
            }
        }, "cancel-listener");
        stdin.setDaemon(true);
        stdin.start();
    }
}

package org.routerdc.workbench.app;

import org.routerdc.workbench.train.TrainingEvent;
import org.routerdc.workbench.train.TrainingEvents;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A training worker process that speaks the real event protocol without training: one step every 20 ms until
 * "cancel" arrives on stdin, then (after finishing the "step", 300 ms) a cancelled Finished event and exit 0. It
 * writes {@code stopped-by-cancel} into its --checkpoints folder so a test can tell a clean stop from a kill.
 * Only the process is scripted; the app under test is the real one.
 */
public final class ScriptedTrainingWorker {
    private static final int TOTAL_STEPS = 100_000;

    private ScriptedTrainingWorker() {
    }

    /** The worker prefix the app puts before "train --events json ...". */
    public static List<String> command() {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return List.of(java, "-cp", System.getProperty("java.class.path"), ScriptedTrainingWorker.class.getName());
    }

    public static void main(String[] args) throws Exception {
        Path checkpoints = Path.of(args[List.of(args).indexOf("--checkpoints") + 1]);
        Files.createDirectories(checkpoints);
        Thread stdin = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    if (line.strip().equals("cancel")) {
                        Thread.sleep(300);
                        Files.writeString(checkpoints.resolve("stopped-by-cancel"), "yes");
                        emit(new TrainingEvent.Finished(TrainingEvent.Reason.CANCELLED, 10, 55.0, 1000));
                        System.exit(0);
                    }
                }
            } catch (Exception e) {
                System.exit(3);
            }
        });
        stdin.setDaemon(true);
        stdin.start();
        emit(new TrainingEvent.Started(null, "CPU (scripted)", 100, List.of("sample"), List.of("a", "b"), TOTAL_STEPS, 0));
        for (int step = 1; step <= TOTAL_STEPS; step++) {
            emit(new TrainingEvent.Step(step, TOTAL_STEPS, 1.0 / step, 0.5 / step, 0.5 / step, 50, TOTAL_STEPS - step, step * 20L));
            if (step == 10) {
                emit(new TrainingEvent.Evaluation(step, Map.of("sample", 55.0), 55.0, true));
                emit(new TrainingEvent.Checkpoint(step, checkpoints.resolve("last").toString()));
            }
            Thread.sleep(20);
        }
    }

    private static synchronized void emit(TrainingEvent event) {
        System.out.println(TrainingEvents.toJson(event));
        System.out.flush();
    }
}

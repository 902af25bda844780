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
 * A training worker process that speaks the real event protocol without training: one step every 20 ms, a
 * checkpoint marker ({@code last/state.json}) at step 10, until "cancel" arrives on stdin. Then it stops as the real
 * worker does, after finishing its "step" (1 s, long enough for a test to see the app waiting): the best router
 * saved, a cancelled Finished event, exit code 3. It writes {@code stopped-by-cancel} into its --checkpoints folder
 * so a test can tell a clean stop from a kill. Only the process is scripted; the app under test is the real one.
 */
public final class ScriptedTrainingWorker {
    private static final int TOTAL_STEPS = 100_000;
    /** What the real worker exits with after a requested stop (see README, train). */
    private static final int STOPPED_EXIT_CODE = 3;
    private static final long STEP_END_MILLIS = 1000;

    private ScriptedTrainingWorker() {
    }

    /** The worker prefix the app puts before "train --events json ...". */
    public static List<String> command() {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return List.of(java, "-cp", System.getProperty("java.class.path"), ScriptedTrainingWorker.class.getName());
    }

    public static void main(String[] args) throws Exception {
        Path checkpoints = Path.of(args[List.of(args).indexOf("--checkpoints") + 1]);
        Path router = Path.of(args[List.of(args).indexOf("--out") + 1]);
        Files.createDirectories(checkpoints);
        Thread stdin = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    if (line.strip().equals("cancel")) {
                        Thread.sleep(STEP_END_MILLIS);
                        Files.writeString(checkpoints.resolve("stopped-by-cancel"), "yes");
                        Files.createDirectories(router);
                        emit(new TrainingEvent.Saved(router.toString()));
                        emit(new TrainingEvent.Finished(TrainingEvent.Reason.CANCELLED, 10, 55.0, 1000));
                        System.exit(STOPPED_EXIT_CODE);
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
                Path last = checkpoints.resolve("last");
                Files.createDirectories(last);
                Files.writeString(last.resolve("state.json"), "{\"step\": 10}");
                emit(new TrainingEvent.Checkpoint(step, last.toString()));
            }
            Thread.sleep(20);
        }
    }

    private static synchronized void emit(TrainingEvent event) {
        System.out.println(TrainingEvents.toJson(event));
        System.out.flush();
    }
}

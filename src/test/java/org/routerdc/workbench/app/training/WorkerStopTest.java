package org.routerdc.workbench.app.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.routerdc.workbench.app.AppHarness;
import org.routerdc.workbench.train.TrainingEvent;
import org.testfx.util.WaitForAsyncUtils;

/** A real worker process (real ONNX encoder) asked to stop while it encodes: a stop, not an error. */
class WorkerStopTest {
    @TempDir
    Path folder;

    @Test
    void aStopWhileEncodingEndsWithTheStoppedCodeAndAFinishedCancelledEvent() throws Exception {
        Path data = StopDataFile.write(folder, 3000);
        System.setProperty("routerdc.cache.dir", AppHarness.CACHE.toString());
        List<String> command = WorkerCommand.train(TrainingSettings.defaults().with(TrainingField.DEVICE, "cpu"),
                List.of(data.toAbsolutePath() + "=graded"), folder.resolve("out.router"), folder.resolve("checkpoints"), false);
        ConcurrentLinkedQueue<TrainingEvent> events = new ConcurrentLinkedQueue<>();
        WorkerProcess worker = WorkerProcess.start(command, events::add);
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS,
                () -> events.stream().anyMatch(e -> e instanceof TrainingEvent.Progress p && p.done() > 0 && p.done() < p.total()));
        worker.cancel();
        WorkerOutcome outcome = worker.waitFor();

        assertThat(outcome.exitCode()).as(String.join("\n", outcome.stderrTail())).isEqualTo(3);
        assertThat(outcome.forceStopped()).isFalse();
        assertThat(events).filteredOn(TrainingEvent.Finished.class::isInstance).singleElement()
                .extracting(e -> ((TrainingEvent.Finished) e).reason()).isEqualTo(TrainingEvent.Reason.CANCELLED);
        assertThat(events).noneMatch(TrainingEvent.Started.class::isInstance);
        assertThat(Files.exists(folder.resolve("out.router"))).isFalse();
    }
}

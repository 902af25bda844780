package org.routerdc.workbench.app.training;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class RunStoreTest {
    @Test
    void aRunComesBackWithItsSettingsCurvesAndResultAndARunningOneAsStopped(@TempDir Path config) throws Exception {
        RunStore store = new RunStore(config);
        RunCurves curves = new RunCurves();
        for (int step = 1; step <= 5_000; step++) {
            curves.addStep(step, 3 - step / 5000.0, 2, 1);
        }
        curves.addEvaluation(new RunCurves.Evaluation(50, Map.of("math", 70.0), 70.0));
        curves.addFoldEvaluation(new RunCurves.FoldEvaluation(1, 50, 61.5));
        curves.addFoldEvaluation(new RunCurves.FoldEvaluation(2, 50, 58.25));
        TrainingSettings settings = TrainingSettings.defaults().with(TrainingField.STEPS, "5000");
        RunEntry run = new RunEntry("run-1", "run-1", "2026-11-25T03:00:00", settings, List.of("/d/math.json=graded"),
                store.folderFor("run-1"), curves, RunStatus.RUNNING, "running", "CPU");
        run.bestAverageProperty().set(70.0);
        run.canResumeProperty().set(true);
        store.save(run);

        RunEntry back = store.load().getFirst();
        assertThat(back.settings()).isEqualTo(settings);
        assertThat(back.trainFiles()).containsExactly("/d/math.json=graded");
        assertThat(back.statusProperty().get()).isEqualTo(RunStatus.STOPPED);
        assertThat(back.bestAverageProperty().get()).isEqualTo(70.0);
        assertThat(back.canResumeProperty().get()).isTrue();
        assertThat(back.curves().size()).isBetween(1_000, 2_002);
        assertThat(back.curves().steps()[back.curves().size() - 1]).isEqualTo(5_000);
        assertThat(back.curves().evaluations()).containsExactly(new RunCurves.Evaluation(50, Map.of("math", 70.0), 70.0));
        assertThat(back.curves().foldEvaluations()).containsExactly(
                new RunCurves.FoldEvaluation(1, 50, 61.5), new RunCurves.FoldEvaluation(2, 50, 58.25));
    }

    @Test
    void aResumedRunDropsTheStepsAfterItsCheckpoint() {
        RunCurves curves = new RunCurves();
        for (int step = 1; step <= 30; step++) {
            curves.addStep(step, 1, 1, 1);
        }
        curves.addEvaluation(new RunCurves.Evaluation(20, Map.of(), 1));
        curves.addEvaluation(new RunCurves.Evaluation(30, Map.of(), 1));
        curves.truncateAfter(20);
        assertThat(curves.size()).isEqualTo(20);
        assertThat(curves.evaluations()).extracting(RunCurves.Evaluation::step).containsExactly(20);
    }

    @Test
    void runsKeptInTheOldConfigFolderMoveToTheDataFolderOnceWithTheirRouterPathRepointed(@TempDir Path temp) throws Exception {
        Path config = temp.resolve("config");
        Path data = temp.resolve("data");
        RunStore old = new RunStore(config);
        RunEntry run = new RunEntry("run-1", "Run 1", "2026-11-25T03:00:00", TrainingSettings.defaults(), List.of(),
                old.folderFor("run-1"), new RunCurves(), RunStatus.COMPLETED, "done", "CPU");
        run.setRouterPath(run.routerFolder().toAbsolutePath().toString());
        old.save(run);
        java.nio.file.Files.createDirectories(run.routerFolder());
        java.nio.file.Files.write(run.routerFolder().resolve("head.bin"), new byte[4096]);

        RunStore store = new RunStore(data);
        assertThat(store.moveRunsFrom(config)).isEqualTo(1);
        assertThat(config.resolve("runs")).doesNotExist();
        RunEntry moved = store.load().getFirst();
        assertThat(moved.folder()).isEqualTo(data.resolve("runs/run-1"));
        assertThat(moved.routerFolder().resolve("head.bin")).hasSize(4096);
        assertThat(moved.routerPath()).isEqualTo(moved.routerFolder().toAbsolutePath().toString());
        assertThat(RunStore.sizeOnDisk(moved)).isGreaterThan(4096);
        assertThat(store.moveRunsFrom(config)).isZero();

        store.delete(moved);
        assertThat(moved.folder()).doesNotExist();
        assertThat(store.load()).isEmpty();
    }

    @Test
    void sizesReadAsAFileManagerShowsThem() {
        assertThat(RunActions.size(512)).isEqualTo("512 bytes");
        assertThat(RunActions.size(1536)).isEqualTo("1.5 KB");
        assertThat(RunActions.size(560_000_000L)).isEqualTo("534.1 MB");
    }
}

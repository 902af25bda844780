package org.routerdc.workbench.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.routerdc.workbench.files.Safetensors;
import org.routerdc.workbench.files.Tensor;

class CheckpointTest {
    private static final TrainingData DATA = SyntheticRouting.generate(40, 5);

    @TempDir
    Path dir;

    @Test
    void roundTripsRunProgressAndTensorsBitForBit() throws IOException {
        Checkpoint written = checkpoint("frozen", Map.of("head/b1", new float[] {Float.MIN_VALUE, -0f, 1e-38f}));
        written.write(dir.resolve("last"));
        Checkpoint read = Checkpoint.read(dir.resolve("last"));
        assertThat(read.run().mode()).isEqualTo("frozen");
        assertThat(read.run().clusters()).containsExactly(written.run().clusters());
        assertThat(read.progress().optimiserSteps()).isEqualTo(Map.of("head", 7L));
        assertThat(read.progress().bestAccuracy()).isEqualTo(Map.of("alpha", 50.0));
        assertThat(Float.floatToRawIntBits(read.tensors().get("head/b1")[1])).isEqualTo(Float.floatToRawIntBits(-0f));
        assertThat(read.tensors().get("head/b1")).containsExactly(Float.MIN_VALUE, -0f, 1e-38f);
    }

    @Test
    void aCheckpointOfAnOlderVersionIsRefusedWithAMessage() throws IOException {
        Path old = Files.createDirectories(dir.resolve("last"));
        Files.writeString(old.resolve(Checkpoint.STATE_FILE), "{\"header\": {\"step\": 20}}");
        Safetensors.write(old.resolve(Checkpoint.TENSOR_FILE), Map.of("w1", Tensor.vector(new float[] {1})));
        assertThatThrownBy(() -> Checkpoint.read(old)).isInstanceOf(IOException.class)
                .hasMessageContaining("state.json: not a checkpoint this version can read")
                .hasMessageContaining("without --resume");
    }

    @Test
    void aFrozenResumeRefusesAFineTuningCheckpoint() throws IOException {
        checkpoint("top-2", Map.of()).write(dir.resolve("last"));
        List<TrainingEvent> events = new java.util.ArrayList<>();
        assertThatThrownBy(() -> RouterTrainer.resume(dir, DATA, null, events::add, () -> false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("resume: the checkpoint is of a --finetune top-2 run, not frozen");
        assertThat(events.getLast()).isInstanceOf(TrainingEvent.Failed.class);
    }

    private static Checkpoint checkpoint(String mode, Map<String, float[]> tensors) {
        Checkpoint.Run run = new Checkpoint.Run(TrainingConfig.defaults(), mode, null, DATA.llms(), DATA.dimension(),
                DATA.size(), new int[DATA.size()]);
        Checkpoint.Progress progress = new Checkpoint.Progress(20, Map.of("head", 7L), 42L, new int[] {3, 1, 2}, 2, 10,
                50.0, Map.of("alpha", 50.0), 48.0);
        return new Checkpoint(run, progress, tensors);
    }
}

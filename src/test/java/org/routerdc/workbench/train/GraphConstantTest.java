package org.routerdc.workbench.train;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.training.GradientCollector;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The hazard GraphConstant avoids, on the real PyTorch engine: a collected constant between forward and backward. */
class GraphConstantTest {

    @Test
    void aClosedConstantStillScalesTheGradientAfterTheGarbageCollectorRan() throws Exception {
        try (NDManager manager = NDManager.newBaseManager()) {
            for (int trial = 0; trial < 3; trial++) {
                NDArray x = manager.create(new float[] {1, 2, 3});
                x.setRequiresGradient(true);
                try (GradientCollector collector = Engine.getEngine("PyTorch").newGradientCollector()) {
                    NDArray y;
                    try (NDArray three = GraphConstant.like(x, 3.0)) {
                        y = x.mul(three).sum();
                    }
                    // DJL's x.mul(3.0) fails here: its constant's freed direct buffer is reused by these
                    List<ByteBuffer> reuse = churnDirectMemory();
                    collector.backward(y);
                    assertThat(reuse).isNotEmpty();
                }
                assertThat(x.getGradient().toFloatArray()).as("trial " + trial).containsExactly(3f, 3f, 3f);
            }
        }
    }

    @Test
    void takesTheTypeOfTheArrayItScales() {
        try (NDManager manager = NDManager.newBaseManager()) {
            NDArray x = manager.create(new float[] {2, 4});
            NDArray half = GraphConstant.like(x, 0.5);
            assertThat(half.getDataType()).isEqualTo(x.getDataType());
            assertThat(half.getShape().dimension()).isZero();
            assertThat(x.mul(half).toFloatArray()).containsExactly(1f, 2f);
        }
    }

    private static List<ByteBuffer> churnDirectMemory() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(30);
        }
        List<ByteBuffer> buffers = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            ByteBuffer b = ByteBuffer.allocateDirect(8);
            b.putFloat(0, 1234.5f).putFloat(4, 1234.5f);
            buffers.add(b);
        }
        return buffers;
    }
}

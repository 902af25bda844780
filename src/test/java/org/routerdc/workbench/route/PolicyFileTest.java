package org.routerdc.workbench.route;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.routerdc.workbench.eval.ClusterRouter;
import org.routerdc.workbench.eval.ClusterTable;
import org.routerdc.workbench.policy.IsotonicCalibration;
import org.routerdc.workbench.policy.LinearProbe;
import org.routerdc.workbench.policy.RoutingPolicy;

class PolicyFileTest {
    private static final List<IsotonicCalibration> IDENTITY = List.of(
            new IsotonicCalibration(new double[]{0, 1}, new double[]{0, 1}),
            new IsotonicCalibration(new double[]{0, 1}, new double[]{0, 1}));

    /** Baseline: one table where LLM 0 wins everywhere; prior: two scales where LLM 1 wins near (0, 1). */
    private static RoutingPolicy policy() {
        ClusterRouter cluster = new ClusterRouter(List.of(new ClusterTable(new float[][]{{1, 0}}, new double[][]{{0.9, 0.1}})), 1);
        ClusterRouter prior = new ClusterRouter(List.of(
                new ClusterTable(new float[][]{{1, 0}, {0, 1}}, new double[][]{{0.8, 0.2}, {0.25, 0.75}}),
                new ClusterTable(new float[][]{{1, 0}, {0, 1}, {-1, 0}}, new double[][]{{0.7, 0.3}, {0.15, 0.85}, {0.5, 0.5}})), 1);
        return new RoutingPolicy(0.0, IDENTITY, cluster, prior, null, 0, null, false);
    }

    @Test
    void thePriorAndTheBaselineSurviveTheBundleSeparately(@TempDir Path folder) throws Exception {
        RoutingPolicy written = policy();
        PolicyFile.write(folder.resolve(PolicyFile.FILE), written);
        ObjectNode settings = PolicyFile.settings(written);
        assertThat(settings.path("priorTables").asInt()).isEqualTo(2);
        assertThat(settings.path("priorClusters").toString()).isEqualTo("[2,3]");

        RoutingPolicy read = PolicyFile.read(folder, settings, 2);
        float[] query = {0.1f, 0.9f};
        // prior: (0.25 + 0.15) / 2 = 0.2 for LLM 0, (0.75 + 0.85) / 2 = 0.8 for LLM 1: the router picks LLM 1
        assertThat(read.mix(new double[]{0.5, 0.5}, query)).containsExactly(new double[]{0.2, 0.8}, within(1e-6));
        assertThat(read.route(new double[]{0.5, 0.5}, query)).isEqualTo(1);
        // the baseline keeps its own table and still sends the query to LLM 0
        assertThat(read.cluster().route(query)).isZero();
    }

    @Test
    void aBundleFromBeforeThePriorMixesWithItsBaseline(@TempDir Path folder) throws Exception {
        RoutingPolicy written = policy();
        PolicyFile.write(folder.resolve(PolicyFile.FILE), written);
        ObjectNode settings = PolicyFile.settings(written);
        settings.remove("priorTables");
        settings.remove("priorClusters");

        RoutingPolicy read = PolicyFile.read(folder, settings, 2);
        assertThat(read.prior()).isSameAs(read.cluster());
        assertThat(read.route(new double[]{0.5, 0.5}, new float[]{0.1f, 0.9f})).isZero();
    }

    @Test
    void aMissingPriorTensorIsNamed(@TempDir Path folder) throws Exception {
        RoutingPolicy written = policy();
        PolicyFile.write(folder.resolve(PolicyFile.FILE), written);
        ObjectNode settings = PolicyFile.settings(written);
        settings.put("priorTables", 3);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> PolicyFile.read(folder, settings, 2))
                .hasMessageContaining("prior.2.expected");
        assertThat(Files.exists(folder.resolve(PolicyFile.FILE))).isTrue();
    }

    @Test
    void theProbeSurvivesTheBundleAndMixesAtItsWeight(@TempDir Path folder) throws Exception {
        RoutingPolicy base = policy();
        // probe: LLM 0 predicted 0.6 - 0.5 * y, LLM 1 predicted 0.1 + 0.5 * x
        LinearProbe probe = new LinearProbe(new float[][]{{0, -0.5f, 0.6f}, {0.5f, 0, 0.1f}});
        RoutingPolicy written = new RoutingPolicy(0.25, IDENTITY, base.cluster(), base.prior(), probe, 0.25, null, false);
        PolicyFile.write(folder.resolve(PolicyFile.FILE), written);
        ObjectNode settings = PolicyFile.settings(written);
        assertThat(settings.path("probeWeight").asDouble()).isEqualTo(0.25);

        RoutingPolicy read = PolicyFile.read(folder, settings, 2);
        assertThat(read.probe().weights()).isDeepEqualTo(probe.weights());
        float[] query = {0.1f, 0.9f};
        // head 0.25 * (0.5, 0.5) + probe 0.25 * (0.15, 0.15) + prior 0.5 * (0.2, 0.8)
        assertThat(read.mix(new double[]{0.5, 0.5}, query)).containsExactly(new double[]{
                0.125 + 0.25 * 0.15 + 0.5 * 0.2, 0.125 + 0.25 * 0.15 + 0.5 * 0.8}, within(1e-6));

        settings.put("probeWeight", 0.3);
        Files.delete(folder.resolve(PolicyFile.FILE));
        PolicyFile.write(folder.resolve(PolicyFile.FILE), base);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> PolicyFile.read(folder, settings, 2))
                .hasMessageContaining("probe.weights");
        RoutingPolicy oneLlmProbe = new RoutingPolicy(0.25, IDENTITY, base.cluster(), base.prior(),
                new LinearProbe(new float[][]{{0, -0.5f, 0.6f}}), 0.25, null, false);
        PolicyFile.write(folder.resolve(PolicyFile.FILE), oneLlmProbe);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> PolicyFile.read(folder, settings, 2))
                .hasMessage("policy.safetensors: tensor 'probe.weights' is 1 x 3, expected 2 LLMs x (dimension + 1)");

        ObjectNode before = PolicyFile.settings(base);
        before.remove("probeWeight");
        RoutingPolicy old = PolicyFile.read(folder, before, 2);
        assertThat(old.probe()).as("a bundle from before the probe has none").isNull();
        assertThat(old.mix(new double[]{0.5, 0.5}, query)).containsExactly(new double[]{0.2, 0.8}, within(1e-6));
    }
}

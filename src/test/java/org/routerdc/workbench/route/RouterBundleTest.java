package org.routerdc.workbench.route;

import org.routerdc.workbench.files.Safetensors;
import org.routerdc.workbench.files.Tensor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RouterBundleTest {
    @TempDir
    Path dir;

    private static BundleManifest manifest() {
        return new BundleManifest(RouterBundle.FORMAT_VERSION, "demo",
                new EncoderRef("enc", "abc", "CLS", 512, 2, EncoderRef.BUNDLED), List.of("a", "b"),
                Map.of("type", "residual-mlp"), 1.0, JsonNodeFactory.instance.objectNode(),
                JsonNodeFactory.instance.objectNode(), "2026-01-01T00:00:00Z", Map.of());
    }

    private static Map<String, RouterBundle.FileWriter> weights(float value) {
        return Map.of(RouterBundle.WEIGHTS, file -> Safetensors.write(file,
                Map.of("llm_vectors", Tensor.matrix(new float[][]{{value, 0}, {0, 1}})), Map.of()));
    }

    @Test
    void roundTripsAndRecordsHashes() throws Exception {
        Path bundle = dir.resolve("demo.router");
        RouterBundle.write(bundle, manifest(), weights(1));
        BundleManifest back = RouterBundle.readManifest(bundle);
        assertThat(back.llms()).containsExactly("a", "b");
        assertThat(back.files()).containsKey(RouterBundle.WEIGHTS);
        assertThat(back.files().get(RouterBundle.WEIGHTS)).isEqualTo(org.routerdc.workbench.files.Sha256.of(bundle.resolve(RouterBundle.WEIGHTS)));
        try (var leftovers = Files.list(dir)) {
            assertThat(leftovers.map(p -> p.getFileName().toString())).containsExactly("demo.router");
        }
    }

    @Test
    void overwritingReplacesTheWholeRouter() throws Exception {
        Path bundle = dir.resolve("demo.router");
        RouterBundle.write(bundle, manifest(), weights(1));
        RouterBundle.write(bundle, manifest(), weights(7));
        RouterBundle.readManifest(bundle);
        assertThat(Safetensors.read(bundle.resolve(RouterBundle.WEIGHTS)).get("llm_vectors").values()[0]).isEqualTo(7f);
    }

    @Test
    void aWriteThatFailsMidwayLeavesTheOldRouterIntact() throws Exception {
        Path bundle = dir.resolve("demo.router");
        RouterBundle.write(bundle, manifest(), weights(1));
        Map<String, RouterBundle.FileWriter> failing = Map.of(RouterBundle.WEIGHTS, file -> {
            Files.writeString(file, "half");
            throw new IOException("disk full");
        });
        assertThatThrownBy(() -> RouterBundle.write(bundle, manifest(), failing)).hasMessageContaining("disk full");
        RouterBundle.readManifest(bundle);
        assertThat(Safetensors.read(bundle.resolve(RouterBundle.WEIGHTS)).get("llm_vectors").values()[0]).isEqualTo(1f);
        try (var leftovers = Files.list(dir)) {
            assertThat(leftovers.map(p -> p.getFileName().toString())).containsExactly("demo.router");
        }
    }

    @Test
    void loadingSaysExactlyWhatIsWrong() throws Exception {
        Path bundle = dir.resolve("demo.router");
        RouterBundle.write(bundle, manifest(), weights(1));
        Files.write(bundle.resolve(RouterBundle.WEIGHTS), new byte[]{1, 2, 3}, java.nio.file.StandardOpenOption.APPEND);
        assertThatThrownBy(() -> RouterBundle.readManifest(bundle)).isInstanceOf(BundleException.class)
                .hasMessageContaining("weights.safetensors").hasMessageContaining("does not match");

        Files.writeString(bundle.resolve(RouterBundle.MANIFEST),
                Files.readString(bundle.resolve(RouterBundle.MANIFEST)).replace("\"formatVersion\" : 1", "\"formatVersion\" : 9"));
        assertThatThrownBy(() -> RouterBundle.readManifest(bundle)).hasMessageContaining("format version 9");

        Files.delete(bundle.resolve(RouterBundle.MANIFEST));
        assertThatThrownBy(() -> RouterBundle.readManifest(bundle)).hasMessageContaining("router.json is missing");
        assertThatThrownBy(() -> RouterBundle.readManifest(dir.resolve("nothing.router"))).hasMessageContaining("not a router folder");
    }

    @Test
    void aTruncatedOrMistypedManifestIsLocatedInWordsNotParserInternals() throws Exception {
        Path bundle = dir.resolve("demo.router");
        RouterBundle.write(bundle, manifest(), weights(1));
        Path manifest = bundle.resolve(RouterBundle.MANIFEST);
        String text = Files.readString(manifest);
        Files.writeString(manifest, text.substring(0, text.indexOf("\"llms\"")));
        assertThatThrownBy(() -> RouterBundle.readManifest(bundle)).isInstanceOf(BundleException.class)
                .hasMessageEndingWith("router.json: unreadable router manifest: line 12, column 3: "
                        + "the file ends inside an object ('}' is missing) opened at line 1, column 1")
                .message().doesNotContain("Source", "REDACTED", "StreamReadFeature");

        Files.writeString(manifest, text.replace("\"formatVersion\" : 1", "\"formatVersion\" : \"one\""));
        assertThatThrownBy(() -> RouterBundle.readManifest(bundle))
                .hasMessageContaining("router.json: unreadable router manifest: line 2, column 21: field 'formatVersion': ")
                .message().doesNotContain("Source", "REDACTED");
    }
}

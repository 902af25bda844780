package org.routerdc.workbench.app.routing;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RouterFolderCopyTest {
    @Test
    void copiesEveryFileAndReplacesAnOlderCopyWithoutLeavingAPartialOne(@TempDir Path dir) throws Exception {
        Path source = dir.resolve("a.router");
        Files.createDirectories(source.resolve("sub"));
        Files.writeString(source.resolve("router.json"), "{}");
        Files.writeString(source.resolve("sub/weights.bin"), "w");
        Path target = dir.resolve("b.router");
        Files.createDirectories(target);
        Files.writeString(target.resolve("stale.txt"), "old");

        RouterFolderCopy.copy(source, target);

        assertThat(Files.readString(target.resolve("router.json"))).isEqualTo("{}");
        assertThat(Files.readString(target.resolve("sub/weights.bin"))).isEqualTo("w");
        assertThat(target.resolve("stale.txt")).doesNotExist();
        try (var left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("a.router", "b.router");
        }
        assertThatThrownBy(() -> RouterFolderCopy.copy(source, source.resolve("inner.router"))).hasMessageContaining("into itself");
    }
}

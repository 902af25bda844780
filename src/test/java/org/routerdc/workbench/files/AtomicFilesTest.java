package org.routerdc.workbench.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
    @TempDir
    Path dir;

    @Test
    void aFailedWriteKeepsTheOldFileAndLeavesNoTemp() throws IOException {
        Path file = dir.resolve("a.json");
        AtomicFiles.writeString(file, "old");
        assertThatThrownBy(() -> AtomicFiles.write(file, temp -> {
            Files.writeString(temp, "half");
            throw new IOException("disk full");
        })).hasMessage("disk full");
        assertThat(file).hasContent("old");
        try (var left = Files.list(dir)) {
            assertThat(left).containsExactly(file);
        }
    }

    @Test
    void replacesAFolderWholeOrNotAtAll() throws IOException {
        Path folder = dir.resolve("x.router");
        AtomicFiles.replaceFolder(folder, temp -> Files.writeString(temp.resolve("one"), "1"));
        assertThatThrownBy(() -> AtomicFiles.replaceFolder(folder, temp -> {
            Files.writeString(temp.resolve("two"), "2");
            throw new IOException("killed");
        })).hasMessage("killed");
        assertThat(folder.resolve("one")).hasContent("1");
        assertThat(folder.resolve("two")).doesNotExist();

        AtomicFiles.replaceFolder(folder, temp -> Files.writeString(temp.resolve("two"), "2"));
        assertThat(folder.resolve("one")).doesNotExist();
        try (var left = Files.list(dir)) {
            assertThat(left).containsExactly(folder);
        }
    }

    @Test
    void deletesATreeAndToleratesAMissingPath() throws IOException {
        Files.createDirectories(dir.resolve("t/a/b"));
        Files.writeString(dir.resolve("t/a/b/f"), "x");
        AtomicFiles.delete(dir.resolve("t"));
        assertThat(dir.resolve("t")).doesNotExist();
        AtomicFiles.delete(dir.resolve("t"));
    }

    @Test
    void hashesLikeTheKnownSha256OfAbc() throws IOException {
        Path file = dir.resolve("abc");
        Files.writeString(file, "abc");
        assertThat(Sha256.of(file)).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }
}

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

    @Test
    void staleLeftoversOfKilledWritesAreRemovedAndFreshOnesKept() throws IOException {
        Path folder = dir.resolve("x.router");
        Path file = dir.resolve("run.json");
        AtomicFiles.replaceFolder(folder, temp -> Files.writeString(temp.resolve("one"), "1"));
        AtomicFiles.writeString(file, "old");
        Path staleStaging = Files.createDirectory(dir.resolve(".x.router.tmp-1"));
        Files.writeString(staleStaging.resolve("weights"), "half");
        Path staleTrash = Files.createDirectory(dir.resolve(".x.router.trash-2"));
        Path staleOld = Files.createDirectory(dir.resolve(".x.router.old-3"));
        Path stalePart = Files.writeString(dir.resolve(".run.json123.part"), "half");
        Path freshStaging = Files.createDirectory(dir.resolve(".x.router.tmp-4"));
        Path otherName = Files.createDirectory(dir.resolve(".y.router.tmp-5"));
        java.nio.file.attribute.FileTime longAgo = java.nio.file.attribute.FileTime.from(
                java.time.Instant.now().minus(AtomicFiles.LEFTOVER_AGE).minusSeconds(60));
        for (Path stale : new Path[]{staleStaging, staleTrash, staleOld, stalePart, otherName}) {
            Files.setLastModifiedTime(stale, longAgo);
        }

        AtomicFiles.replaceFolder(folder, temp -> Files.writeString(temp.resolve("two"), "2"));
        AtomicFiles.writeString(file, "new");

        assertThat(staleStaging).doesNotExist();
        assertThat(staleTrash).doesNotExist();
        assertThat(staleOld).as("the new version stands, so the old one moved aside is a leftover").doesNotExist();
        assertThat(stalePart).doesNotExist();
        assertThat(freshStaging).as("may belong to a write running now").exists();
        assertThat(otherName).as("another folder's leftovers are its own writes' business").exists();
        assertThat(folder.resolve("two")).hasContent("2");
        assertThat(file).hasContent("new");
    }

    @Test
    void anOldVersionMovedAsideIsKeptWhileTheNameIsEmpty() throws IOException {
        Path folder = dir.resolve("x.router");
        Path old = Files.createDirectory(dir.resolve(".x.router.old-7"));
        Files.writeString(old.resolve("one"), "1");
        Files.setLastModifiedTime(old, java.nio.file.attribute.FileTime.from(
                java.time.Instant.now().minus(AtomicFiles.LEFTOVER_AGE).minusSeconds(60)));
        AtomicFiles.removeLeftovers(folder.toAbsolutePath());
        assertThat(old).as("recovery puts it back; it is not a leftover").exists();
        AtomicFiles.recoverFolder(folder);
        assertThat(folder.resolve("one")).hasContent("1");
    }
}

package org.routerdc.workbench.files;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.apache.commons.io.file.PathUtils;

/**
 * Replacing files and folders so that a crash at any point leaves either the old version or the new one under the
 * final name, never half of one: content goes to a hidden sibling first, then is renamed into place.
 */
public final class AtomicFiles {
    /**
     * Leftovers of a killed write are removed once they are this old: never one that a write running now (in this or
     * another process) is still filling.
     */
    static final java.time.Duration LEFTOVER_AGE = java.time.Duration.ofHours(1);

    private AtomicFiles() {
    }

    /** Fills a temporary file or folder. */
    @FunctionalInterface
    public interface Content {
        void writeInto(Path temp) throws IOException;
    }

    /** Writes {@code file} through a sibling temp file renamed over it. */
    public static void write(Path file, Content content) throws IOException {
        Path target = file.toAbsolutePath();
        Path parent = target.getParent();
        Files.createDirectories(parent);
        removeLeftovers(target);
        Path temp = Files.createTempFile(parent, "." + target.getFileName(), ".part");
        try {
            content.writeInto(temp);
            move(temp, target);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    public static void writeString(Path file, String text) throws IOException {
        write(file, temp -> Files.writeString(temp, text, StandardCharsets.UTF_8));
    }

    /**
     * Replaces the folder {@code dir} with what {@code content} puts into a sibling temp folder. The old folder is
     * renamed aside to {@code .NAME.old-*} before the new one takes its name; a kill between those two renames leaves
     * the old folder there, and {@link #recoverFolder} (run by readers and by the next replace) puts it back.
     */
    public static void replaceFolder(Path dir, Content content) throws IOException {
        Path target = dir.toAbsolutePath().normalize();
        Path parent = target.getParent();
        Files.createDirectories(parent);
        recoverFolder(target);
        removeLeftovers(target);
        Path staging = Files.createTempDirectory(parent, "." + target.getFileName() + ".tmp-");
        try {
            content.writeInto(staging);
            Path old = null;
            if (Files.exists(target)) {
                old = parent.resolve("." + target.getFileName() + ".old-" + System.nanoTime());
                move(target, old);
            }
            move(staging, target);
            if (old != null) {
                discard(old, parent.resolve("." + target.getFileName() + ".trash-" + System.nanoTime()));
            }
        } finally {
            deleteQuietly(staging);
        }
    }

    /** Puts back the old version of {@code dir} when a replace was killed after moving it aside; else nothing. */
    public static void recoverFolder(Path dir) throws IOException {
        Path target = dir.toAbsolutePath().normalize();
        Path parent = target.getParent();
        if (Files.exists(target) || parent == null || !Files.isDirectory(parent)) {
            return;
        }
        String prefix = "." + target.getFileName() + ".old-";
        try (var siblings = Files.list(parent)) {
            var old = siblings.filter(p -> p.getFileName().toString().startsWith(prefix) && Files.isDirectory(p)).findFirst();
            if (old.isPresent()) {
                move(old.get(), target);
            }
        }
    }

    /**
     * Deletes what killed writes of {@code target} left beside it, once older than {@link #LEFTOVER_AGE}: temp files
     * ({@code .NAME*.part}), staging and half-deleted folders ({@code .NAME.tmp-*}, {@code .NAME.trash-*}), and the old
     * version moved aside ({@code .NAME.old-*}) once the new one stands under the name. Failures are ignored: a
     * leftover only takes space.
     */
    static void removeLeftovers(Path target) {
        Path parent = target.getParent();
        String name = "." + target.getFileName();
        boolean replaced = Files.exists(target);
        java.time.Instant before = java.time.Instant.now().minus(LEFTOVER_AGE);
        try (var siblings = Files.list(parent)) {
            siblings.filter(p -> {
                String n = p.getFileName().toString();
                return n.startsWith(name) && (n.endsWith(".part") || n.startsWith(name + ".tmp-")
                        || n.startsWith(name + ".trash-") || (replaced && n.startsWith(name + ".old-")));
            }).filter(p -> modifiedBefore(p, before)).forEach(AtomicFiles::deleteQuietly);
        } catch (IOException | java.io.UncheckedIOException ignored) {
            // the parent could not be listed: nothing to clean
        }
    }

    /**
     * Removes the old version once the new one stands: renamed first, so that a half-deleted folder never carries the
     * .old- name recovery looks for. Best effort: the replace has succeeded whatever happens here.
     */
    private static void discard(Path old, Path trash) {
        try {
            move(old, trash);
            deleteQuietly(trash);
        } catch (IOException alreadyGone) {
            // another process's clean-up took it first, or it stays as a leftover for the next one
        }
    }

    private static boolean modifiedBefore(Path path, java.time.Instant instant) {
        try {
            return Files.getLastModifiedTime(path, java.nio.file.LinkOption.NOFOLLOW_LINKS).toInstant().isBefore(instant);
        } catch (IOException gone) {
            return false;
        }
    }

    /** Deletes a file or a folder with everything in it; nothing when it does not exist. */
    public static void delete(Path path) throws IOException {
        if (Files.exists(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            PathUtils.delete(path);
        }
    }

    /** {@link #delete}, for leftovers whose removal may fail harmlessly (temp names are never taken for real files). */
    public static void deleteQuietly(Path path) {
        try {
            delete(path);
        } catch (IOException ignored) {
            // a hidden temp file or folder left behind is harmless
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}

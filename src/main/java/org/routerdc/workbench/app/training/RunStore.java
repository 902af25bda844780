package org.routerdc.workbench.app.training;

import org.routerdc.workbench.files.AtomicFiles;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.routerdc.workbench.app.routing.RouterFolderCopy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * Keeps runs in {@code <data>/runs/<id>/} (run.json, the router bundle, checkpoints); writes are atomic (temp file +
 * move). The data folder is the XDG data home, not the config folder: a run can hold hundreds of megabytes.
 */
public final class RunStore {
    private static final Logger LOG = Logger.getLogger(RunStore.class.getName());
    private static final String FILE = "run.json";
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final Path dir;

    public RunStore(Path dataDir) {
        this.dir = dataDir.resolve("runs");
    }

    /**
     * Moves the runs an older version kept in {@code <config>/runs} into this store (once: a run already here stays),
     * pointing their router paths at the new place. Returns how many moved; a run that cannot move is logged and left.
     */
    public int moveRunsFrom(Path oldConfigDir) {
        Path old = oldConfigDir.resolve("runs");
        if (!Files.isDirectory(old) || old.toAbsolutePath().normalize().equals(dir.toAbsolutePath().normalize())) {
            return 0;
        }
        int moved = 0;
        try (Stream<Path> folders = Files.list(old)) {
            for (Path folder : folders.filter(Files::isDirectory).toList()) {
                Path target = dir.resolve(folder.getFileName().toString());
                if (Files.exists(target)) {
                    continue;
                }
                try {
                    Files.createDirectories(dir);
                    moveFolder(folder, target);
                    repointRouter(target, folder, target);
                    moved++;
                } catch (IOException e) {
                    LOG.log(Level.WARNING, "could not move run " + folder + " to " + target, e);
                }
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "cannot list old runs in " + old, e);
        }
        try (Stream<Path> left = Files.list(old)) {
            if (left.findAny().isEmpty()) {
                Files.delete(old);
            }
        } catch (IOException e) {
            LOG.log(Level.FINE, "old runs folder stays", e);
        }
        if (moved > 0) {
            LOG.info("moved " + moved + " runs from " + old + " to " + dir);
        }
        return moved;
    }

    private static void moveFolder(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException differentDisk) {
            RouterFolderCopy.copy(from, to);
            AtomicFiles.delete(from);
        }
    }

    private static void repointRouter(Path runFolder, Path oldFolder, Path newFolder) throws IOException {
        Path file = runFolder.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return;
        }
        ObjectNode record = (ObjectNode) JSON.readTree(file.toFile());
        String router = record.path("routerPath").asText(null);
        if (router != null && Path.of(router).startsWith(oldFolder.toAbsolutePath())) {
            record.put("routerPath", newFolder.toAbsolutePath().resolve(oldFolder.toAbsolutePath().relativize(Path.of(router))).toString());
            AtomicFiles.write(runFolder.resolve(FILE), tmp -> JSON.writeValue(tmp.toFile(), record));
        }
    }

    /** Deletes the run's folder: its router, checkpoints and history. */
    public void delete(RunEntry run) throws IOException {
        AtomicFiles.delete(run.folder());
    }

    /** Bytes the run's folder takes on disk (0 when it is gone). */
    public static long sizeOnDisk(RunEntry run) throws IOException {
        if (!Files.exists(run.folder())) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(run.folder())) {
            long total = 0;
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                total += Files.size(file);
            }
            return total;
        }
    }

    public Path folderFor(String id) {
        return dir.resolve(id);
    }

    /** Every stored run, oldest first; unreadable ones are logged and skipped. */
    public List<RunEntry> load() {
        List<RunEntry> runs = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return runs;
        }
        try (Stream<Path> folders = Files.list(dir)) {
            for (Path folder : folders.sorted().toList()) {
                Path file = folder.resolve(FILE);
                if (Files.isRegularFile(file)) {
                    try {
                        runs.add(RunEntry.of(JSON.readValue(file.toFile(), RunRecord.class), folder));
                    } catch (IOException | RuntimeException e) {
                        LOG.log(Level.WARNING, "skipping unreadable run " + file, e);
                    }
                }
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "cannot list runs in " + dir, e);
        }
        runs.sort(Comparator.comparing(RunEntry::startedAt));
        return runs;
    }

    public void save(RunEntry run) throws IOException {
        AtomicFiles.write(run.folder().resolve(FILE), tmp -> JSON.writeValue(tmp.toFile(), run.toRecord()));
    }
}

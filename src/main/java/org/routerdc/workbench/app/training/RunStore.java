package org.routerdc.workbench.app.training;

import org.routerdc.workbench.files.AtomicFiles;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/** Keeps runs in {@code <config>/runs/<id>/run.json}; writes are atomic (temp file + move). */
public final class RunStore {
    private static final Logger LOG = Logger.getLogger(RunStore.class.getName());
    private static final String FILE = "run.json";
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final Path dir;

    public RunStore(Path configDir) {
        this.dir = configDir.resolve("runs");
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

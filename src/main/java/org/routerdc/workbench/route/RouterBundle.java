package org.routerdc.workbench.route;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.routerdc.workbench.data.JsonSyntax;
import org.routerdc.workbench.files.AtomicFiles;
import org.routerdc.workbench.files.Sha256;

/**
 * A router saved as a folder {@code <name>.router/}: router.json plus safetensors files, each listed with its
 * SHA-256. Writes go to a temporary sibling folder that is renamed into place ({@link AtomicFiles#replaceFolder}),
 * so a crash never leaves a half-written router under the final name.
 */
public final class RouterBundle {
    public static final int FORMAT_VERSION = 1;
    public static final String MANIFEST = "router.json";
    public static final String WEIGHTS = "weights.safetensors";
    public static final String TRAINING_INDEX = "training-index.safetensors";
    public static final String TRAINING_QUERIES = "training-queries.jsonl";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private RouterBundle() {
    }

    /** Files to write besides router.json: name -> writer. */
    public interface FileWriter {
        void write(Path file) throws IOException;
    }

    public static void write(Path bundleDir, BundleManifest manifest, Map<String, FileWriter> files) throws IOException {
        AtomicFiles.replaceFolder(bundleDir, staging -> {
            Map<String, String> hashes = new LinkedHashMap<>();
            for (Map.Entry<String, FileWriter> file : files.entrySet()) {
                Path path = staging.resolve(file.getKey());
                file.getValue().write(path);
                hashes.put(file.getKey(), Sha256.of(path));
            }
            JSON.writeValue(staging.resolve(MANIFEST).toFile(), manifest.withFiles(hashes));
        });
    }

    /** Reads router.json and checks format version and every listed file's hash. */
    public static BundleManifest readManifest(Path bundleDir) throws BundleException {
        Path manifestFile = bundleDir.resolve(MANIFEST);
        try {
            AtomicFiles.recoverFolder(bundleDir);
        } catch (IOException e) {
            throw new BundleException(bundleDir + ": an interrupted save left the previous router aside and it cannot be put back: " + e.getMessage(), e);
        }
        if (!Files.isDirectory(bundleDir)) {
            throw new BundleException(bundleDir + ": not a router folder (expected a folder NAME.router containing " + MANIFEST + ")");
        }
        BundleManifest manifest;
        try {
            manifest = JSON.readValue(manifestFile.toFile(), BundleManifest.class);
        } catch (NoSuchFileException | java.io.FileNotFoundException e) {
            throw new BundleException(bundleDir + ": " + MANIFEST + " is missing; this is not a complete router");
        } catch (JsonProcessingException e) {
            throw new BundleException(manifestFile + ": unreadable router manifest: " + JsonSyntax.describe(e).located(), e);
        } catch (IOException e) {
            throw new BundleException(manifestFile + ": unreadable router manifest: " + e.getMessage(), e);
        }
        if (manifest.formatVersion() != FORMAT_VERSION) {
            throw new BundleException(manifestFile + ": router format version " + manifest.formatVersion()
                    + " is not supported by this version of the workbench (it reads version " + FORMAT_VERSION + ")");
        }
        for (Map.Entry<String, String> file : manifest.files().entrySet()) {
            Path path = bundleDir.resolve(file.getKey());
            if (!Files.isRegularFile(path)) {
                throw new BundleException(bundleDir + ": " + file.getKey() + " is missing");
            }
            try {
                String actual = Sha256.of(path);
                if (!actual.equals(file.getValue())) {
                    throw new BundleException(path + ": SHA-256 " + actual + " does not match " + file.getValue()
                            + " recorded in " + MANIFEST + " (the file was changed or damaged)");
                }
            } catch (IOException e) {
                throw new BundleException(path + ": cannot read: " + e.getMessage(), e);
            }
        }
        return manifest;
    }
}

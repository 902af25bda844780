package org.routerdc.workbench.route;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.routerdc.workbench.data.JsonSyntax;

/**
 * A router saved as a folder {@code <name>.router/}: router.json plus safetensors files, each listed with its
 * SHA-256. Writes go to a temporary sibling folder that is renamed into place, so a crash never leaves a
 * half-written router under the final name.
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
        Path target = bundleDir.toAbsolutePath().normalize();
        Path parent = target.getParent();
        Files.createDirectories(parent);
        Path staging = Files.createTempDirectory(parent, target.getFileName() + ".tmp-");
        try {
            Map<String, String> hashes = new LinkedHashMap<>();
            for (Map.Entry<String, FileWriter> file : files.entrySet()) {
                Path path = staging.resolve(file.getKey());
                file.getValue().write(path);
                hashes.put(file.getKey(), sha256(path));
            }
            JSON.writeValue(staging.resolve(MANIFEST).toFile(), manifest.withFiles(hashes));
            replace(staging, target);
        } finally {
            deleteTree(staging);
        }
    }

    /** Reads router.json and checks format version and every listed file's hash. */
    public static BundleManifest readManifest(Path bundleDir) throws BundleException {
        Path manifestFile = bundleDir.resolve(MANIFEST);
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
                String actual = sha256(path);
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

    public static String sha256(Path file) throws IOException {
        try (var in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int read; (read = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, read);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void replace(Path staging, Path target) throws IOException {
        Path old = null;
        if (Files.exists(target)) {
            old = Files.createTempDirectory(target.getParent(), target.getFileName() + ".old-");
            Files.delete(old);
            move(target, old);
        }
        move(staging, target);
        if (old != null) {
            deleteTree(old);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            // Leftover temporary folders never carry the final name, so they cannot be mistaken for a router.
        }
    }
}

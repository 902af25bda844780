package org.routerdc.workbench.encode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import org.routerdc.workbench.files.AtomicFiles;
import org.routerdc.workbench.files.Sha256;

/**
 * SHA-256 of a model file, memoised in a sidecar file under the cache folder keyed by the file's path, size and
 * modification time, so startup does not re-read 100+ MB each time.
 */
final class ModelHash {
    private ModelHash() {
    }

    static String sha256(Path file) throws IOException {
        Path absolute = file.toAbsolutePath().normalize();
        String stamp = Files.size(absolute) + " " + Files.getLastModifiedTime(absolute).toMillis();
        Path sidecar = CacheDirs.base().resolve("hashes").resolve(hex(digest(absolute.toString().getBytes(StandardCharsets.UTF_8))) + ".txt");
        if (Files.isRegularFile(sidecar)) {
            String[] memo = Files.readString(sidecar).trim().split(" ");
            if (memo.length == 3 && (memo[0] + " " + memo[1]).equals(stamp)) {
                return memo[2];
            }
        }
        String sha = hashContent(absolute);
        try {
            Files.createDirectories(sidecar.getParent());
            AtomicFiles.writeString(sidecar, stamp + " " + sha + "\n");
        } catch (IOException unwritable) {
            // The memo only saves time; a read-only cache folder must not stop the encoder.
        }
        return sha;
    }

    static String hashContent(Path file) throws IOException {
        return Sha256.of(file);
    }

    static byte[] digest(byte[] bytes) {
        return Sha256.digest(bytes);
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}

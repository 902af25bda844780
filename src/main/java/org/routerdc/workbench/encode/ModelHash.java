package org.routerdc.workbench.encode;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

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
            Files.writeString(sidecar, stamp + " " + sha + "\n");
        } catch (IOException unwritable) {
            // The memo only saves time; a read-only cache folder must not stop the encoder.
        }
        return sha;
    }

    static String hashContent(Path file) throws IOException {
        MessageDigest sha = newDigest();
        byte[] buffer = new byte[1 << 20];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                sha.update(buffer, 0, n);
            }
        }
        return hex(sha.digest());
    }

    static byte[] digest(byte[] bytes) {
        return newDigest().digest(bytes);
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every JDK has SHA-256", impossible);
        }
    }
}

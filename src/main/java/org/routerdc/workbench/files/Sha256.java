package org.routerdc.workbench.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.codec.digest.DigestUtils;

/** SHA-256 as lower-case hex, of a file's bytes or of a byte array. */
public final class Sha256 {
    private Sha256() {
    }

    public static String of(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return DigestUtils.sha256Hex(in);
        }
    }

    public static String of(byte[] bytes) {
        return DigestUtils.sha256Hex(bytes);
    }

    public static byte[] digest(byte[] bytes) {
        return DigestUtils.sha256(bytes);
    }
}

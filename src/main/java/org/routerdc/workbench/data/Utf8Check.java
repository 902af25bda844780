package org.routerdc.workbench.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the first line holding bytes that are not valid UTF-8 (one streaming pass, before any parsing). */
final class Utf8Check {
    private Utf8Check() {
    }

    /** The 1-based line of the first invalid byte, or 0 when the whole file is valid UTF-8. */
    static long firstInvalidLine(Path file) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
        CharBuffer chars = CharBuffer.allocate(1 << 16);
        long line = 1;
        try (InputStream in = Files.newInputStream(file)) {
            boolean end = false;
            while (!end) {
                int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
                end = read < 0;
                bytes.position(bytes.position() + Math.max(read, 0)).flip();
                int start = bytes.position();
                CoderResult result;
                do {
                    chars.clear();
                    result = decoder.decode(bytes, chars, end);
                } while (result.isOverflow());
                line += newlines(bytes.array(), start, bytes.position());
                if (result.isError()) {
                    return line;
                }
                bytes.compact();
            }
        }
        return 0;
    }

    private static long newlines(byte[] bytes, int from, int to) {
        long count = 0;
        for (int i = from; i < to; i++) {
            count += bytes[i] == '\n' ? 1 : 0;
        }
        return count;
    }
}

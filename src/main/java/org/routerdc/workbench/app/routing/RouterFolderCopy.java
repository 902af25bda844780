package org.routerdc.workbench.app.routing;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Comparator;
import java.util.stream.Stream;

/** Copies a router bundle folder: into a temporary sibling first, then moved into place, so a half copy never shows. */
public final class RouterFolderCopy {
    private RouterFolderCopy() {
    }

    public static void copy(Path source, Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        if (absolute.startsWith(source.toAbsolutePath())) {
            throw new IOException("cannot copy " + source + " into itself");
        }
        Path tmp = absolute.resolveSibling("." + absolute.getFileName() + ".partial");
        deleteTree(tmp);
        Files.walkFileTree(source, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                Files.createDirectories(tmp.resolve(source.relativize(dir).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.copy(file, tmp.resolve(source.relativize(file).toString()), StandardCopyOption.COPY_ATTRIBUTES);
                return FileVisitResult.CONTINUE;
            }
        });
        deleteTree(absolute);
        Files.move(tmp, absolute, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Deletes {@code root} and everything under it; nothing when it does not exist. */
    public static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}

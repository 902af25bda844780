package org.routerdc.workbench.app.routing;

import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.apache.commons.io.file.PathUtils;
import org.routerdc.workbench.files.AtomicFiles;

/** Copies a router bundle folder: into a temporary sibling first, then moved into place, so a half copy never shows. */
public final class RouterFolderCopy {
    private RouterFolderCopy() {
    }

    public static void copy(Path source, Path target) throws IOException {
        if (target.toAbsolutePath().startsWith(source.toAbsolutePath())) {
            throw new IOException("cannot copy " + source + " into itself");
        }
        AtomicFiles.replaceFolder(target, staging -> PathUtils.copyDirectory(source, staging, StandardCopyOption.COPY_ATTRIBUTES));
    }
}

package org.copydesk.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where a path really is, links resolved, even when it does not exist yet:
 * the nearest existing ancestor is resolved and the rest appended. Comparing
 * these, not the paths as typed, is what tells that {@code -o OUT} is a link
 * to the input tree (or lies inside it, or holds it).
 */
public final class RealPaths {
    private RealPaths() {
    }

    public static Path of(Path path) throws IOException {
        Path absolute = path.toAbsolutePath().normalize();
        Path existing = absolute;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return absolute;
        }
        return existing.toRealPath().resolve(existing.relativize(absolute).toString()).normalize();
    }

    /** True when {@code file} is a symbolic link whose target lies outside {@code realRoot} (a broken link: false). */
    public static boolean linksOutside(Path file, Path realRoot) {
        if (!Files.isSymbolicLink(file)) {
            return false;
        }
        try {
            return !file.toRealPath().startsWith(realRoot);
        } catch (IOException broken) {
            return false; // reported as what it is: not a regular file
        }
    }
}

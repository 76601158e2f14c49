package org.copydesk.batch;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Walks an input tree depth first in sorted order, one directory listing in
 * memory at a time, so a tree of any size costs no more than its widest
 * directory. Skips hidden files and directories (temp files are hidden), the
 * excluded directories (output, backups) and, when asked, in-place backups
 * ({@code *.orig}).
 */
final class TreeWalker {
    private final Path root;
    private final Set<Path> excluded;
    private final boolean skipBackups;
    private final Lister lister;

    /** Opens a directory listing; tests give one that fails, as an unreadable directory would (root reads all). */
    @FunctionalInterface
    interface Lister {
        DirectoryStream<Path> open(Path dir) throws IOException;
    }

    TreeWalker(Path root, Set<Path> excluded, boolean skipBackups) {
        this(root, excluded, skipBackups, Files::newDirectoryStream);
    }

    TreeWalker(Path root, Set<Path> excluded, boolean skipBackups, Lister lister) {
        this.lister = lister;
        this.root = root;
        this.excluded = excluded.stream().map(p -> p.toAbsolutePath().normalize()).collect(java.util.stream.Collectors.toSet());
        this.skipBackups = skipBackups;
    }

    /** Gives each file's path relative to the root; a directory that cannot be listed goes to {@code problems}. */
    void walk(Consumer<Path> files, BiConsumer<Path, String> problems) {
        walk(root, files, problems);
    }

    private void walk(Path dir, Consumer<Path> files, BiConsumer<Path, String> problems) {
        List<Path> children = new ArrayList<>();
        try (DirectoryStream<Path> ds = lister.open(dir)) {
            ds.forEach(children::add);
        } catch (IOException | RuntimeException e) {
            problems.accept(root.relativize(dir), "cannot list directory: " + org.copydesk.io.Messages.reason(e));
            return;
        }
        children.sort(null);
        for (Path child : children) {
            String name = child.getFileName().toString();
            if (name.startsWith(".") || excluded.contains(child.toAbsolutePath().normalize())
                    || skipBackups && name.endsWith(InPlace.BACKUP_SUFFIX)) {
                continue;
            }
            if (Files.isDirectory(child, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                walk(child, files, problems);
            } else {
                files.accept(root.relativize(child));
            }
        }
    }
}

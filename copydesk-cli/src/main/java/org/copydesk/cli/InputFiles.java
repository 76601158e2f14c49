package org.copydesk.cli;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.copydesk.io.FileCleaner;

/** Expands command-line paths into files, each with the path its output keeps under {@code -o}. */
public final class InputFiles {
    /** A file to clean, or a problem with one argument. */
    public record Input(Path file, Path relative, String error) {
        public boolean ok() {
            return error == null;
        }
    }

    private InputFiles() {
    }

    /** No arguments, or a single "-": the command reads standard input. */
    public static boolean isStdin(List<Path> args) {
        return args.isEmpty() || args.size() == 1 && args.get(0).toString().equals("-");
    }

    /** Cleans one expanded input; a problem found while expanding becomes the outcome's error. */
    public static FileCleaner.Outcome clean(FileCleaner cleaner, Input input) {
        return input.ok() ? cleaner.clean(input.file()) : new FileCleaner.Outcome(null, input.error());
    }

    public static List<Input> expand(List<Path> args) {
        List<Input> out = new ArrayList<>();
        for (Path arg : args) {
            if (Files.isDirectory(arg)) {
                if (!Files.isReadable(arg)) {
                    out.add(new Input(arg, arg.getFileName(), "cannot read directory"));
                    continue;
                }
                out.addAll(walk(arg));
            } else if (!Files.exists(arg)) {
                out.add(new Input(arg, arg.getFileName(), "no such file"));
            } else if (!Files.isReadable(arg)) {
                out.add(new Input(arg, arg.getFileName(), "permission denied"));
            } else {
                out.add(new Input(arg, arg.getFileName(), null));
            }
        }
        return out;
    }

    /**
     * The files under a directory, sorted. An unreadable sub-directory or file becomes one error
     * entry and the walk goes on (one bad folder must not hide the rest of the tree); a symbolic
     * link to a file outside the directory is refused, so a link cannot pull a system file in.
     */
    private static List<Input> walk(Path root) {
        List<Input> found = new ArrayList<>();
        try {
            Path realRoot = root.toRealPath();
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return dir.equals(root) || !isHidden(root.relativize(dir)) ? FileVisitResult.CONTINUE
                            : FileVisitResult.SKIP_SUBTREE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    Path relative = root.relativize(file);
                    if (isHidden(relative)) {
                        return FileVisitResult.CONTINUE;
                    }
                    if (attrs.isSymbolicLink()) {
                        found.add(linkTarget(file, relative, realRoot));
                    } else if (attrs.isRegularFile()) {
                        found.add(new Input(file, relative, null));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    found.add(new Input(file, root.relativize(file), Files.isDirectory(file)
                            ? "cannot read directory (" + org.copydesk.io.Messages.reason(e)
                                    + "); the rest of the tree is cleaned"
                            : "cannot read (" + org.copydesk.io.Messages.reason(e) + ")"));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            found.add(new Input(root, root.getFileName(), "cannot read directory"));
        }
        found.sort(java.util.Comparator.comparing(i -> i.relative().toString()));
        return found;
    }

    private static Input linkTarget(Path link, Path relative, Path realRoot) {
        try {
            Path target = link.toRealPath();
            if (!target.startsWith(realRoot)) {
                return new Input(link, relative, "symbolic link to a file outside the directory: not followed");
            }
            return Files.isRegularFile(target) ? new Input(link, relative, null)
                    : new Input(link, relative, "symbolic link to something that is not a file");
        } catch (IOException e) {
            return new Input(link, relative, "broken symbolic link");
        }
    }

    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}

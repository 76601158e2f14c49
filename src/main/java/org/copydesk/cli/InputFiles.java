package org.copydesk.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
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
                try (Stream<Path> walk = Files.walk(arg)) {
                    walk.filter(Files::isRegularFile).filter(p -> !isHidden(arg.relativize(p))).sorted()
                            .forEach(p -> out.add(new Input(p, arg.relativize(p), null)));
                } catch (IOException | java.io.UncheckedIOException e) {
                    out.add(new Input(arg, arg.getFileName(), "cannot read directory: " + e.getMessage()));
                }
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

    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}

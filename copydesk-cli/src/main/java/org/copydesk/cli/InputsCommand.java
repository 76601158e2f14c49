package org.copydesk.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.copydesk.CleanResult;
import org.copydesk.io.FileCleaner;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * A command that reads files, directories or stdin, cleans each in memory and
 * reports on it without writing anything (check, detect): the walk over the
 * inputs and the handling of unreadable ones are the same for all of them.
 */
abstract class InputsCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Parameters(paramLabel = "FILE|DIR", description = "Inputs; '-' or none for stdin.")
    List<Path> inputs = new ArrayList<>();

    final InputStream in;
    final PrintStream out;
    final PrintStream err;

    InputsCommand(InputStream in, PrintStream out, PrintStream err) {
        this.in = in;
        this.out = out;
        this.err = err;
    }

    /** What the command does with one cleaned input, named {@code source} in its output. */
    interface Report {
        void accept(CleanResult result, String source);
    }

    /**
     * Cleans stdin (no inputs, or '-') or every file under the inputs, hands each
     * result to {@code report}, and prints each failure on stderr instead.
     *
     * @return how many inputs failed
     */
    final int cleanEach(FileCleaner cleaner, Report report) throws IOException {
        int failed = 0;
        if (InputFiles.isStdin(inputs)) {
            failed += deliver(cleaner.clean(in.readAllBytes()), "stdin", report);
        } else {
            for (InputFiles.Input input : InputFiles.expand(inputs)) {
                failed += deliver(InputFiles.clean(cleaner, input), input.file().toString(), report);
            }
        }
        ClosedOutputException.check(out);
        return failed;
    }

    private int deliver(FileCleaner.Outcome outcome, String source, Report report) {
        if (!outcome.ok()) {
            err.println("copydesk: " + source + ": " + outcome.error());
            return 1;
        }
        report.accept(outcome.result(), source);
        // stop at once on a closed pipe (`check DIR | head`), not after the whole tree
        ClosedOutputException.check(out);
        return 0;
    }
}

package org.copydesk.cli;

import org.copydesk.io.FileCleaner;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.copydesk.CleanResult;
import org.copydesk.io.Explain;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Report what cleaning would change, without writing anything.",
            "With no FILE, or FILE '-', reads stdin.",
            "Exit code 0 when every input is already clean, 3 when some need cleaning, 1 when some failed."})
final class CheckCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Parameters(paramLabel = "FILE|DIR", description = "Inputs; '-' or none for stdin.")
    List<Path> inputs = new ArrayList<>();

    private final InputStream in;
    private final PrintStream out;
    private final PrintStream err;

    CheckCommand(InputStream in, PrintStream out, PrintStream err) {
        this.in = in;
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() throws IOException {
        FileCleaner cleaner = new FileCleaner(common.build());
        int failed = 0;
        int dirty = 0;
        if (InputFiles.isStdin(inputs)) {
            FileCleaner.Outcome outcome = cleaner.clean(in.readAllBytes());
            if (!outcome.ok()) {
                err.println("copydesk: stdin: " + outcome.error());
                return ExitCodes.SOME_FAILED;
            }
            dirty += report(outcome.result(), "stdin");
        }
        for (InputFiles.Input input : InputFiles.isStdin(inputs) ? List.<InputFiles.Input>of() : InputFiles.expand(inputs)) {
            FileCleaner.Outcome outcome = InputFiles.clean(cleaner, input);
            if (!outcome.ok()) {
                err.println("copydesk: " + input.file() + ": " + outcome.error());
                failed++;
                continue;
            }
            dirty += report(outcome.result(), input.file().toString());
        }
        ClosedOutputException.check(out);
        if (failed > 0) {
            return ExitCodes.SOME_FAILED;
        }
        return dirty > 0 ? ExitCodes.NEEDS_CLEANING : ExitCodes.OK;
    }

    /** Prints what cleaning would do; 1 when the input needs cleaning, else 0. */
    private int report(CleanResult r, String source) {
        if (r.changed() || !r.findings().isEmpty()) {
            Explain.print(r, source, out);
            ClosedOutputException.check(out);
            return 1;
        }
        return 0;
    }
}

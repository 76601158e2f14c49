package org.copydesk.cli;

import org.copydesk.io.FileCleaner;
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
            "Exit code 0 when every input is already clean, 3 when some need cleaning, 1 when some failed."})
final class CheckCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Parameters(paramLabel = "FILE|DIR", arity = "1..*", description = "Inputs.")
    List<Path> inputs = new ArrayList<>();

    private final PrintStream out;
    private final PrintStream err;

    CheckCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() {
        FileCleaner cleaner = new FileCleaner(common.build());
        int failed = 0;
        int dirty = 0;
        for (InputFiles.Input input : InputFiles.expand(inputs)) {
            FileCleaner.Outcome outcome = InputFiles.clean(cleaner, input);
            if (!outcome.ok()) {
                err.println("copydesk: " + input.file() + ": " + outcome.error());
                failed++;
                continue;
            }
            CleanResult r = outcome.result();
            if (r.changed() || !r.findings().isEmpty()) {
                dirty++;
                Explain.print(r, input.file().toString(), out);
            }
        }
        out.flush();
        if (failed > 0) {
            return ExitCodes.SOME_FAILED;
        }
        return dirty > 0 ? ExitCodes.NEEDS_CLEANING : ExitCodes.OK;
    }
}

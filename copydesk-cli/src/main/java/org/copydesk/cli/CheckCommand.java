package org.copydesk.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import org.copydesk.CleanResult;
import org.copydesk.io.Explain;
import org.copydesk.io.FileCleaner;
import picocli.CommandLine.Command;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Report what cleaning would change, without writing anything.",
            "With no FILE, or FILE '-', reads stdin.",
            "Exit code 0 when every input is already clean, 3 when some need cleaning, 1 when some failed."})
final class CheckCommand extends InputsCommand {
    private int dirty;

    CheckCommand(InputStream in, PrintStream out, PrintStream err) {
        super(in, out, err);
    }

    @Override
    public Integer call() throws IOException {
        dirty = 0;
        int failed = cleanEach(new FileCleaner(common.build()), this::report);
        if (failed > 0) {
            return ExitCodes.SOME_FAILED;
        }
        return dirty > 0 ? ExitCodes.NEEDS_CLEANING : ExitCodes.OK;
    }

    /** Prints what cleaning would do, for an input that needs it. */
    private void report(CleanResult r, String source) {
        if (r.changed() || !r.findings().isEmpty()) {
            Explain.print(r, source, out);
            dirty++;
        }
    }
}

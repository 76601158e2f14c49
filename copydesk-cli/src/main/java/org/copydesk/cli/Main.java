package org.copydesk.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "copydesk", mixinStandardHelpOptions = true, version = "copydesk 0.1.0",
        description = "Cleans scraped, machine-translated and spun English news copy, with a record of every change.",
        footer = {"", "Exit codes: 0 all inputs cleaned; 1 some inputs failed (the rest were cleaned);",
            "2 usage error; 3 (check) inputs need cleaning."})
public final class Main {

    public static void main(String[] args) {
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), false,
                StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true,
                StandardCharsets.UTF_8);
        int code = run(args, System.in, out, err);
        out.flush();
        System.exit(code);
    }

    /** Runs the command line with the given streams; returns the exit code. */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        CommandLine cmd = new CommandLine(new Main());
        cmd.addSubcommand(new CommandLine(new CleanCommand(in, out, err)));
        cmd.addSubcommand(new CommandLine(new CheckCommand(out, err)));
        cmd.addSubcommand(new CommandLine(new BatchCommand(out, err)));
        cmd.addSubcommand(new CommandLine(new BenchCommand(out)));
        cmd.addSubcommand(new CommandLine(new NamesCommand(in, out)));
        cmd.addSubcommand(new CommandLine(new DetectCommand(in, out, err)));
        cmd.addSubcommand(new CommandLine(new RulesCommand(out)));
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        cmd.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof UsageException) {
                err.println("copydesk: " + ex.getMessage());
                return ExitCodes.USAGE;
            }
            err.println("copydesk: " + ex);
            return ExitCodes.SOME_FAILED;
        });
        cmd.setParameterExceptionHandler((ex, a) -> {
            err.println("copydesk: " + ex.getMessage());
            ex.getCommandLine().usage(err);
            return ExitCodes.USAGE;
        });
        if (args.length == 0) {
            cmd.usage(err);
            return ExitCodes.USAGE;
        }
        return cmd.execute(args);
    }
}

package org.copydesk.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.copydesk.io.Messages;
import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "copydesk", mixinStandardHelpOptions = true, version = Main.VERSION,
        description = "Cleans scraped, machine-translated and spun English news copy, with a record of every change.",
        footer = {"", "Exit codes: 0 all inputs cleaned; 1 some inputs failed (the rest were cleaned);",
            "2 usage error; 3 (check) inputs need cleaning; 141 standard output closed early (| head)."})
public final class Main {
    static final String VERSION = "copydesk 0.1.0";

    public static void main(String[] args) {
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), false,
                StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true,
                StandardCharsets.UTF_8);
        quietBackgroundErrors(err);
        int code = run(args, System.in, out, err);
        out.flush();
        System.exit(code);
    }

    /** Runs the command line with the given streams; returns the exit code. */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        CommandLine cmd = commandLine(in, out, err);
        if (args.length == 0) {
            cmd.usage(err);
            return ExitCodes.USAGE;
        }
        return cmd.execute(args);
    }

    /** The whole command tree with its handlers, not yet run (the man page is generated from it). */
    static CommandLine commandLine(InputStream in, PrintStream out, PrintStream err) {
        CommandLine cmd = new CommandLine(new Main());
        cmd.addSubcommand(new CommandLine(new CleanCommand(in, out, err)));
        cmd.addSubcommand(new CommandLine(new CheckCommand(in, out, err)));
        cmd.addSubcommand(new CommandLine(new BatchCommand(out, err)));
        cmd.addSubcommand(new CommandLine(new BenchCommand(out)));
        cmd.addSubcommand(new CommandLine(new NamesCommand(in, out)));
        cmd.addSubcommand(new CommandLine(new DetectCommand(in, out, err)));
        cmd.addSubcommand(new CommandLine(new RulesCommand(out)));
        cmd.addSubcommand(new CommandLine(new CompletionCommand(cmd, out)));
        for (CommandLine sub : cmd.getSubcommands().values()) {
            // every subcommand answers --version (mixinStandardHelpOptions gives the option, not the text)
            sub.getCommandSpec().version(VERSION);
        }
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        cmd.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof UsageException) {
                err.println("copydesk: " + ex.getMessage());
                return ExitCodes.USAGE;
            }
            if (ex instanceof ClosedOutputException) {
                return ExitCodes.CLOSED_PIPE;
            }
            err.println("copydesk: " + Messages.describe(ex));
            return ExitCodes.SOME_FAILED;
        });
        cmd.setParameterExceptionHandler((ex, a) -> {
            err.println("copydesk: " + ex.getMessage());
            ex.getCommandLine().usage(err);
            return ExitCodes.USAGE;
        });
        return cmd;
    }

    /**
     * A background thread (a data preload) that dies of an error prints one line, not a stack trace:
     * running out of memory there is the user's heap setting, said in words; the document that needed
     * the data then reports its own failure.
     */
    static void quietBackgroundErrors(PrintStream err) {
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> {
            err.println("copydesk: " + thread.getName().replace("copydesk-", "") + ": " + Messages.describe(e));
            err.flush();
        });
    }
}

package org.copydesk.cli;

import org.copydesk.io.FileCleaner;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.copydesk.Copydesk;
import org.copydesk.core.OrderedParallel;
import org.copydesk.io.Explain;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "clean", mixinStandardHelpOptions = true,
        description = {"Clean files, directories (recursively) or standard input.",
            "With no FILE, or FILE '-', reads stdin and writes stdout. With --format jsonl, stdin is read as",
            "JSON lines {\"id\":…,\"text\":…} and one result line is written per input line."})
final class CleanCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Parameters(paramLabel = "FILE|DIR", description = "Inputs; '-' or none for stdin.")
    List<Path> inputs = new ArrayList<>();

    @Option(names = {"-o", "--output"}, paramLabel = "OUTDIR",
            description = "Write each output under OUTDIR, keeping its path relative to the argument.")
    Path outDir;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
            description = "text, json, jsonl or diff (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--max-record-bytes", paramLabel = "N", defaultValue = "33554432",
            description = "With --format jsonl on stdin: a longer line is skipped with an error line (default: ${DEFAULT-VALUE}).")
    long maxRecordBytes;

    @Option(names = "--explain", description = "Print the edit log, readable, to stderr.")
    boolean explain;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N",
            description = "Documents cleaned at once when there are several files or JSON lines; output order is kept"
                    + " (default: the number of processors).")
    Integer jobs;

    private final PrintStream out;
    private final PrintStream err;
    private final InputStream in;

    CleanCommand(InputStream in, PrintStream out, PrintStream err) {
        this.in = in;
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() throws IOException {
        OutputFormat fmt = parseFormat(format);
        if (maxRecordBytes < 1) {
            throw new UsageException("--max-record-bytes must be at least 1, got " + maxRecordBytes);
        }
        int threads = jobs == null ? Runtime.getRuntime().availableProcessors() : jobs;
        if (threads < 1) {
            throw new UsageException("--jobs must be at least 1, got " + threads);
        }
        Copydesk desk = common.build();
        boolean stdin = InputFiles.isStdin(inputs);
        if (stdin) {
            if (fmt == OutputFormat.JSONL) {
                return new JsonLinesStream(desk, err, maxRecordBytes, threads).run(in, out);
            }
            return cleanStdin(desk, fmt);
        }
        if (outDir != null) {
            Files.createDirectories(outDir);
        }
        FileCleaner cleaner = new FileCleaner(desk);
        List<InputFiles.Input> expanded = InputFiles.expand(inputs);
        if (outDir != null) {
            refuseToOverwriteInputs(expanded, fmt);
        }
        int[] failures = {0};
        // documents are cleaned on `threads` threads; each is reported and written in input order
        try (OrderedParallel<InputFiles.Input, Cleaned> parallel = new OrderedParallel<>(threads,
                input -> new Cleaned(input, InputFiles.clean(cleaner, input)), c -> {
                    if (!write(c, fmt)) {
                        failures[0]++;
                    }
                })) {
            for (InputFiles.Input input : expanded) {
                parallel.submit(input);
            }
            parallel.finish();
        }
        ClosedOutputException.check(out);
        return failures[0] == 0 ? ExitCodes.OK : ExitCodes.SOME_FAILED;
    }

    private record Cleaned(InputFiles.Input input, FileCleaner.Outcome outcome) {
    }

    /** Reports and writes one cleaned file; false when it could not be cleaned. */
    private boolean write(Cleaned c, OutputFormat fmt) {
        InputFiles.Input input = c.input();
        FileCleaner.Outcome outcome = c.outcome();
        if (!outcome.ok()) {
            err.println("copydesk: " + input.file() + ": " + outcome.error());
            return false;
        }
        if (explain) {
            Explain.print(outcome.result(), input.file().toString(), err);
        }
        String rendered = fmt.render(outcome.result(), input.file().toString());
        if (outDir == null) {
            out.print(rendered);
            if (fmt == OutputFormat.TEXT && !rendered.isEmpty() && !rendered.endsWith("\n")) {
                out.println();
            }
            ClosedOutputException.check(out); // | head has read enough: stop now, not after the whole tree
            return true;
        }
        Path target = outDir.resolve(input.relative().toString() + fmt.suffix());
        try {
            Files.createDirectories(target.toAbsolutePath().getParent());
            Files.writeString(target, rendered, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return true;
    }

    /** An output that would land on an input (-o pointing into the inputs) is refused before anything is written. */
    private void refuseToOverwriteInputs(List<InputFiles.Input> expanded, OutputFormat fmt) throws IOException {
        for (InputFiles.Input input : expanded) {
            Path target = outDir.resolve(input.relative().toString() + fmt.suffix());
            if (Files.exists(target) && Files.exists(input.file()) && Files.isSameFile(target, input.file())) {
                throw new UsageException("-o " + outDir + " would overwrite the input " + input.file()
                        + "; choose an output directory outside the inputs");
            }
        }
    }

    private int cleanStdin(Copydesk desk, OutputFormat fmt) throws IOException {
        FileCleaner.Outcome outcome = new FileCleaner(desk).clean(in.readAllBytes());
        if (!outcome.ok()) {
            err.println("copydesk: stdin: " + outcome.error());
            return ExitCodes.SOME_FAILED;
        }
        if (explain) {
            Explain.print(outcome.result(), "stdin", err);
        }
        String rendered = fmt.render(outcome.result(), null);
        if (outDir != null) {
            Files.writeString(outDir.resolve("stdin" + (fmt.suffix().isEmpty() ? ".txt" : fmt.suffix())), rendered,
                    StandardCharsets.UTF_8);
        } else {
            out.print(rendered);
        }
        ClosedOutputException.check(out);
        return ExitCodes.OK;
    }

    static OutputFormat parseFormat(String value) {
        for (OutputFormat f : OutputFormat.values()) {
            if (f.name().equalsIgnoreCase(value)) {
                return f;
            }
        }
        throw new UsageException("--format must be text, json, jsonl or diff, got " + value);
    }
}

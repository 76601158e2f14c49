package org.copydesk.cli;

import java.util.Locale;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.copydesk.CleanOptions;
import org.copydesk.Copydesk;
import org.copydesk.batch.BatchConfig;
import org.copydesk.batch.BatchRunner;
import org.copydesk.batch.BatchStats;
import org.copydesk.batch.Progress;
import org.copydesk.batch.RealPaths;
import org.copydesk.io.Messages;
import org.copydesk.batch.report.ReportWriter;
import org.copydesk.core.StageCatalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "batch", mixinStandardHelpOptions = true,
        description = {"Clean a directory tree in parallel into OUT, resumably.",
            "Keeps relative paths; writes a JSONL manifest (OUT/manifest.jsonl, one line per file) and, with --report,",
            "an HTML page to review the batch. Interrupted? Run the same command again:",
            "files already done are skipped."})
final class BatchCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Parameters(index = "0", paramLabel = "IN", description = "Directory to clean (recursively; hidden files are skipped).")
    Path in;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT",
            description = "Where clean files and the manifest go. With --in-place, only the manifest (default IN/.copydesk-batch).")
    Path out;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N", description = "Worker threads (default: all cores, ${DEFAULT-VALUE}).")
    int jobs = Runtime.getRuntime().availableProcessors();

    @Option(names = "--in-place", description = "Replace each input with its clean text, keeping a backup (FILE.orig, or under --backup-dir).")
    boolean inPlace;

    @Option(names = "--backup-dir", paramLabel = "DIR", description = "With --in-place: keep originals here, same relative paths.")
    Path backupDir;

    @Option(names = "--report", paramLabel = "FILE.html", description = "Write a self-contained HTML page to review the batch.")
    Path report;

    @Option(names = "--progress", paramLabel = "MODE", defaultValue = "auto",
            description = "auto (a bar on a terminal, log lines otherwise), bar, log or off (default: ${DEFAULT-VALUE}).")
    String progress;

    @Option(names = "--progress-every", paramLabel = "SECONDS", defaultValue = "10",
            description = "Seconds between progress log lines (default: ${DEFAULT-VALUE}).")
    double progressEvery;

    @Option(names = "--restart", description = "Forget an interrupted run in OUT and clean everything again.")
    boolean restart;

    private final PrintStream stdout;
    private final PrintStream err;

    BatchCommand(PrintStream stdout, PrintStream err) {
        this.stdout = stdout;
        this.err = err;
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        BatchConfig config = config();
        Copydesk desk = common.build();
        desk.warmUp();
        BatchStats stats;
        try {
            // --restart forgets the old manifest only once the runner holds the lock: never under a running batch
            stats = new BatchRunner(desk, config, err).restart(restart)
                    .excluding(report == null ? null : real(report)).run();
        } catch (IllegalStateException e) {
            throw new UsageException(e.getMessage());
        }
        stdout.print(stats.summary(config.jobs()));
        stdout.println("  manifest: " + config.manifest());
        if (report != null) {
            ReportWriter.write(config.manifest(), report, "copydesk review: " + in.toAbsolutePath().normalize());
            stdout.println("  report: " + report);
        }
        stdout.flush();
        return stats.failed() == 0 ? ExitCodes.OK : ExitCodes.SOME_FAILED;
    }

    /**
     * Refuses an OUT whose outputs could land on inputs: OUT is IN (a link to it, say), or holds IN, or is an
     * existing directory inside IN with files of its own (they would be skipped as inputs, and an output of the
     * same name would replace one). A new or batch-made OUT inside IN is fine: the walk leaves it out.
     */
    private static void refuseOverlap(Path input, Path output) {
        if (input.startsWith(output)) {
            throw new UsageException("batch: OUT " + output + " is IN or contains it (outputs would overwrite inputs);"
                    + " choose an output directory outside IN");
        }
        if (output.startsWith(input) && Files.isDirectory(output) && !isBatchOutput(output)) {
            throw new UsageException("batch: OUT " + output + " lies inside IN and holds files that are not a batch's"
                    + " outputs; choose an output directory outside IN");
        }
    }

    private static boolean isBatchOutput(Path dir) {
        if (Files.exists(dir.resolve(BatchConfig.MANIFEST))) {
            return true;
        }
        try (java.util.stream.Stream<Path> files = Files.list(dir)) {
            return files.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    private static Path real(Path path) {
        try {
            return RealPaths.of(path);
        } catch (IOException e) {
            throw new UsageException("batch: cannot resolve " + path + ": " + Messages.describe(e));
        }
    }

    private BatchConfig config() {
        if (!Files.isDirectory(in)) {
            throw new UsageException("batch: IN must be a directory, got " + in);
        }
        if (backupDir != null && !inPlace) {
            throw new UsageException("batch: --backup-dir goes with --in-place");
        }
        // real paths (links resolved) throughout: an OUT that is a link to IN must be seen to be IN
        Path input = real(in);
        Path output;
        if (out == null) {
            if (!inPlace) {
                throw new UsageException("batch: give -o OUT, or --in-place");
            }
            output = input.resolve(".copydesk-batch");
        } else {
            output = real(out);
            if (!inPlace) {
                refuseOverlap(input, output);
            }
        }
        if (jobs < 1) {
            throw new UsageException("batch: --jobs must be at least 1, got " + jobs);
        }
        if (progressEvery <= 0) {
            throw new UsageException("batch: --progress-every must be positive");
        }
        Progress.Mode mode = switch (progress.toLowerCase(Locale.ROOT)) {
            case "auto" -> System.console() != null ? Progress.Mode.BAR : Progress.Mode.LOG;
            case "bar" -> Progress.Mode.BAR;
            case "log" -> Progress.Mode.LOG;
            case "off" -> Progress.Mode.OFF;
            default -> throw new UsageException("--progress must be auto, bar, log or off, got " + progress);
        };
        Duration every = mode == Progress.Mode.BAR ? Duration.ofMillis(200) : Duration.ofMillis((long) (progressEvery * 1000));
        CleanOptions o = common.toOptions();
        // sets sorted: the iteration order of Set.copyOf changes from one JVM to the next
        String fingerprint = "stages=" + StageCatalog.ids() + " disabledStages=" + new TreeSet<>(o.disabledStages())
                + " disabledRules=" + new TreeSet<>(o.disabledRules()) + " " + o.withDisabledStages(Set.of())
                .withDisabledRules(Set.of()) + " dicts=" + common.dictionaryDirs + " inPlace=" + inPlace + "\n";
        return new BatchConfig(input, output, jobs, inPlace, backupDir == null ? null : real(backupDir),
                mode, every, fingerprint);
    }
}

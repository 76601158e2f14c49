package org.copydesk.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.copydesk.bench.Bench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure speed, cold start and memory.",
            "Throughput per stage and for the whole pipeline (1 and N threads), cold start, peak heap, and raw",
            "LanguageTool's default check over the same text. Default text: corpus/*.dirty.txt."})
final class BenchCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Parameters(paramLabel = "FILE|DIR", description = "Texts to measure on (default: the corpus samples).")
    List<Path> inputs = new ArrayList<>();

    @Option(names = {"-j", "--threads"}, paramLabel = "N", description = "Threads for the parallel figure (default: all cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--seconds", paramLabel = "S", defaultValue = "5", description = "Minimum time per figure (default: ${DEFAULT-VALUE}).")
    double seconds;

    @Option(names = "--no-languagetool", description = "Skip the raw LanguageTool comparison.")
    boolean noLanguageTool;

    @Option(names = "--no-cold-start", description = "Skip the cold start measurement in a fresh JVM.")
    boolean noColdStart;

    private final PrintStream out;

    BenchCommand(PrintStream out) {
        this.out = out;
    }

    @Override
    public Integer call() {
        // the sample is cleaned over and over: a sentence cache would time cache hits, not checks
        System.setProperty("copydesk.grammar.cache", System.getProperty("copydesk.grammar.cache", "0"));
        List<Path> files = new ArrayList<>();
        for (InputFiles.Input in : InputFiles.expand(inputs.isEmpty() ? List.of(corpusDir()) : inputs)) {
            if (!in.ok()) {
                throw new UsageException(in.file() + ": " + in.error());
            }
            if (inputs.isEmpty() && !in.file().getFileName().toString().endsWith(".dirty.txt")) {
                continue;
            }
            files.add(in.file());
        }
        if (files.isEmpty() || threads < 1) {
            throw new UsageException("nothing to measure: give text files and at least one thread");
        }
        Bench bench = new Bench(common.toOptions(), seconds, !noLanguageTool, noColdStart ? null : files.get(0));
        bench.run(Bench.read(files), threads).print(out);
        out.flush();
        return ExitCodes.OK;
    }

    /** corpus/ of the working directory, else the one beside the jar's project. */
    private static Path corpusDir() {
        Path here = Path.of("corpus");
        if (Files.isDirectory(here)) {
            return here;
        }
        try {
            Path jar = Path.of(BenchCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path beside = jar.getParent().getParent().resolve("corpus");
            if (Files.isDirectory(beside)) {
                return beside;
            }
        } catch (Exception ignored) {
            // fall through to the usage error below
        }
        throw new UsageException("no corpus/ directory found; give FILEs to measure");
    }
}

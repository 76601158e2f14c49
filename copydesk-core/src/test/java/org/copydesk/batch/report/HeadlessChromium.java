package org.copydesk.batch.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Debian's chromium, headless, with a fresh profile and no network chatter.
 * Missing chromium skips the test on a workstation but fails it on CI
 * (CI=true), where .ci/run installs it.
 */
final class HeadlessChromium {
    private static final Path BINARY = Path.of("/usr/bin/chromium");

    private final Path work;

    private HeadlessChromium(Path work) {
        this.work = work;
    }

    static HeadlessChromium in(Path work) {
        if (!Files.isExecutable(BINARY)) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail("CI=true but " + BINARY + " is missing; .ci/run should have installed it");
            }
            assumeTrue(false, BINARY + " not installed (apt-get install -y chromium)");
        }
        return new HeadlessChromium(work);
    }

    /** The DOM after the page's scripts ran, serialised. */
    String dumpDom(Path page, String fragment) throws IOException, InterruptedException {
        return run(List.of("--dump-dom", url(page, fragment)));
    }

    void screenshot(Path page, String fragment, Path png, int width, int height) throws IOException, InterruptedException {
        run(List.of("--screenshot=" + png.toAbsolutePath(), "--window-size=" + width + "," + height,
                "--hide-scrollbars", url(page, fragment)));
        if (!Files.isRegularFile(png) || Files.size(png) == 0) {
            fail("no screenshot written to " + png);
        }
    }

    private static String url(Path page, String fragment) {
        return page.toAbsolutePath().toUri() + (fragment == null ? "" : "#" + fragment);
    }

    private String run(List<String> args) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(work, "chromium-profile");
        Path stdout = Files.createTempFile(work, "chromium", ".out");
        Path stderr = Files.createTempFile(work, "chromium", ".err");
        List<String> cmd = new ArrayList<>(List.of(BINARY.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile));
        cmd.addAll(args);
        Process p = new ProcessBuilder(cmd).redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("chromium did not finish in 180 s: " + Files.readString(stderr));
        }
        assertEquals(0, p.exitValue(), () -> "chromium failed: " + read(stderr));
        return Files.readString(stdout, StandardCharsets.UTF_8);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return e.toString();
        }
    }
}

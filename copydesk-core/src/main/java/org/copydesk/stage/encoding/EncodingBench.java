package org.copydesk.stage.encoding;

import java.util.Locale;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.copydesk.CleanOptions;
import org.copydesk.Copydesk;
import org.copydesk.core.StageCatalog;

/**
 * Throughput of the encoding and unicode stages together, one thread, on
 * mostly clean English: {@code java -cp copydesk-cli/target/copydesk.jar
 * org.copydesk.stage.encoding.EncodingBench [FILE...]} (default: the texts
 * scripts/clean-english.sh writes). A sprinkle of curly quotes, dashes and
 * accents is added so the common non-ASCII path is measured too.
 */
public final class EncodingBench {
    private EncodingBench() {
    }

    public static void main(String[] args) throws Exception {
        String[] files = args.length > 0 ? args
                : new String[] {"target/clean-english/kjv.txt", "target/clean-english/devil.txt"};
        StringBuilder sb = new StringBuilder();
        for (String f : files) {
            sb.append(Files.readString(Path.of(f)));
        }
        String text = sb.toString().replace("'s ", "\u2019s ").replace(" - ", " \u2013 ").replace("Jose", "Jos\u00e9");
        String[] chunks = text.split("\n\n");
        Set<String> others = new java.util.HashSet<>(StageCatalog.ids());
        others.remove("encoding");
        others.remove("unicode");
        CleanOptions options = CleanOptions.defaults().withDisabledStages(others);
        Copydesk desk = Copydesk.builder().options(options).build();
        desk.warmUp();
        long bytes = text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        for (int round = 0; round < 5; round++) {
            long t0 = System.nanoTime();
            long edits = 0;
            for (String c : chunks) {
                edits += desk.clean(c).edits().size();
            }
            double s = (System.nanoTime() - t0) / 1e9;
            System.out.printf(Locale.ROOT, "round %d: %.1f MB in %.2f s = %.1f MB/s (%d edits)%n", round, bytes / 1e6, s,
                    bytes / 1e6 / s, edits);
        }
    }
}

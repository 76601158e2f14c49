package org.copydesk.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import org.copydesk.CleanResult;
import org.copydesk.Copydesk;

/**
 * Run in a fresh JVM by {@link Bench}: cleans one file with the default
 * options the way {@code copydesk clean FILE} does and prints
 * {@code cold-start-ms N}, the time from JVM start to the cleaned document.
 */
public final class ColdStart {
    private ColdStart() {
    }

    public static void main(String[] args) throws Exception {
        CleanResult r = Copydesk.builder().build().clean(Files.readAllBytes(Path.of(args[0])));
        long ms = System.currentTimeMillis() - java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
        System.out.println("cold-start-ms " + ms + " chars " + r.text().length());
    }
}

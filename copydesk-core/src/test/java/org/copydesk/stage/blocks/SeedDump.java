package org.copydesk.stage.blocks;

import java.nio.file.Files;
import java.nio.file.Path;
import org.copydesk.CleanResult;
import org.copydesk.Copydesk;
import org.copydesk.Removed;

/** Prints what the pipeline does to the files given: a development aid, not a test. */
public final class SeedDump {
    private SeedDump() {
    }

    public static void main(String[] args) throws Exception {
        Copydesk desk = Copydesk.builder().build();
        for (String a : args) {
            CleanResult r = desk.clean(Files.readAllBytes(Path.of(a)));
            System.out.println("=== " + a);
            System.out.println(r.text());
            System.out.println("--- removed");
            for (Removed b : r.removed()) {
                System.out.println("  [" + b.label() + " " + b.rule() + "] " + b.text().replace("\n", "⏎"));
            }
            System.out.println("--- findings " + r.findings());
            System.out.println("--- metadata " + r.metadata());
        }
    }
}

package org.copydesk;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A training run for the JVM's start-up caches, offered to library users: it
 * loads every stage, LanguageTool's full check included, by cleaning a short
 * built-in text full of defects (and any files given), so that a class-data
 * sharing archive (Java 17+) or an AOT cache (Java 25+) recorded during this
 * run holds the classes a real first {@code clean()} needs. For example:
 * <pre>
 * java -XX:ArchiveClassesAtExit=copydesk.jsa -cp APP_CLASSPATH org.copydesk.StartupTraining
 * java -XX:SharedArchiveFile=copydesk.jsa -cp APP_CLASSPATH your.Main
 * </pre>
 */
public final class StartupTraining {
    private static final String TEXT = "/org/copydesk/startup/training.txt";

    private StartupTraining() {
    }

    public static void main(String[] args) throws IOException {
        List<byte[]> inputs = new ArrayList<>();
        try (InputStream in = StartupTraining.class.getResourceAsStream(TEXT)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + TEXT);
            }
            inputs.add(in.readAllBytes());
        }
        for (String a : args) {
            inputs.add(Files.readAllBytes(Path.of(a)));
        }
        Copydesk desk = Copydesk.builder()
                .options(CleanOptions.defaults().withGrammar(CleanOptions.GrammarMode.FULL))
                .build();
        int edits = 0;
        for (byte[] input : inputs) {
            edits += desk.clean(input).edits().size();
        }
        System.out.println("copydesk start-up training: " + inputs.size() + " document(s), " + edits + " edits");
    }
}

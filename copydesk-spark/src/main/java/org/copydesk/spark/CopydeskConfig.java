package org.copydesk.spark;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.List;
import org.copydesk.CleanOptions;
import org.copydesk.Copydesk;

/**
 * What a Spark job cleans with: the options and the user dictionary directories (paths that every
 * executor can read). Serialisable and small: tasks carry this, not a {@link Copydesk}; each executor
 * JVM builds its one Copydesk for it on first use ({@link Copydesk#shared}) and its tasks share it.
 */
public record CopydeskConfig(CleanOptions options, List<String> dictionaryDirs) implements Serializable {
    public CopydeskConfig {
        dictionaryDirs = List.copyOf(dictionaryDirs);
    }

    public static CopydeskConfig defaults() {
        return new CopydeskConfig(CleanOptions.defaults(), List.of());
    }

    public CopydeskConfig withOptions(CleanOptions value) {
        return new CopydeskConfig(value, dictionaryDirs);
    }

    public CopydeskConfig withDictionaryDirs(List<String> value) {
        return new CopydeskConfig(options, value);
    }

    /** "off", "fast", "changed" or "full", in any case; anything else is an IllegalArgumentException saying so. */
    public static CleanOptions.GrammarMode grammarMode(String name) {
        try {
            return CleanOptions.GrammarMode.valueOf(name.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("grammar must be off, fast, changed or full, got " + name);
        }
    }

    /**
     * Checks the configuration on the driver, before any task runs: an unknown style, rule or stage
     * id, or a malformed user dictionary, fails here once instead of in every task.
     */
    public CopydeskConfig validated() {
        Copydesk.shared(options, paths());
        return this;
    }

    /** This JVM's Copydesk for the configuration (built once per executor, shared by its tasks). */
    public Copydesk copydesk() {
        return Copydesk.shared(options, paths());
    }

    private List<Path> paths() {
        return dictionaryDirs.stream().map(Path::of).toList();
    }
}

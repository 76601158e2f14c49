package org.copydesk.core;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.copydesk.CleanOptions;
import org.copydesk.dict.Dictionaries;
import org.copydesk.lexicon.EnglishLexicon;
import org.copydesk.lexicon.NameLexicon;

/**
 * Heavy shared data, loaded once per {@code Copydesk} on first use and shared
 * by every stage (one names lexicon, one English lexicon, not copies).
 */
public final class Resources {
    private final Dictionaries dictionaries;
    private final CleanOptions buildOptions;
    private final ConcurrentHashMap<String, Object> shared = new ConcurrentHashMap<>();

    public Resources(Dictionaries dictionaries) {
        this(dictionaries, CleanOptions.defaults());
    }

    /** {@code buildOptions}: the options the Copydesk was built with, so stages preload only what they will use. */
    public Resources(Dictionaries dictionaries, CleanOptions buildOptions) {
        this.dictionaries = dictionaries;
        this.buildOptions = buildOptions;
    }

    public CleanOptions buildOptions() {
        return buildOptions;
    }

    public Dictionaries dictionaries() {
        return dictionaries;
    }

    public EnglishLexicon english() {
        return shared("english-lexicon", EnglishLexicon::load);
    }

    public NameLexicon names() {
        return shared("name-lexicon", () -> NameLexicon.load(dictionaries));
    }

    /** Loads a value once under {@code key}; concurrent callers wait for the same value, other keys load in parallel. */
    @SuppressWarnings("unchecked")
    public <T> T shared(String key, Supplier<T> loader) {
        Once once = (Once) shared.computeIfAbsent(key, k -> new Once());
        return (T) once.get(loader);
    }

    private static final class Once {
        private Object value;

        synchronized Object get(Supplier<?> loader) {
            if (value == null) {
                value = loader.get();
            }
            return value;
        }
    }
}

package org.copydesk;

import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.copydesk.core.Pipeline;
import org.copydesk.core.Resources;
import org.copydesk.core.Stage;
import org.copydesk.core.StageCatalog;
import org.copydesk.dict.Dictionaries;
import org.copydesk.lexicon.NameLexicon;
import org.copydesk.stage.decode.TextDecoder;

/**
 * The library's entry point. Build once (stages load their data lazily, or
 * all at once with {@link #warmUp()}), then call {@code clean} as often as
 * you like from as many threads as you like.
 *
 * <pre>{@code
 * Copydesk desk = Copydesk.builder().build();
 * CleanResult r = desk.clean("Vladimir Putinand Xi Jinping met.");
 * r.text();   // "Vladimir Putin and Xi Jinping met."
 * r.edits();  // what changed, with offsets into the input
 * }</pre>
 */
public final class Copydesk implements Serializable {
    private static final long serialVersionUID = 1L;
    /** One instance per JVM and configuration: see {@link #shared}. */
    private static final Map<SharedKey, Copydesk> SHARED = new ConcurrentHashMap<>();

    private final CleanOptions options;
    private final List<Path> dictionaryDirs;
    private final transient Pipeline pipeline;
    private final transient Resources resources;

    private Copydesk(CleanOptions options, List<Path> dictionaryDirs, Dictionaries dictionaries) {
        this.options = options;
        this.dictionaryDirs = dictionaryDirs;
        this.resources = new Resources(dictionaries, options);
        this.pipeline = new Pipeline(StageCatalog.create(resources));
    }

    /**
     * The JVM's one copydesk for these options and dictionary directories, built on first use and
     * then shared by every caller and thread (a Spark executor's tasks, a server's requests): the
     * models and tables are loaded once per JVM, not once per task.
     */
    public static Copydesk shared(CleanOptions options, List<Path> dictionaryDirs) {
        SharedKey key = new SharedKey(options, List.copyOf(dictionaryDirs));
        Copydesk existing = SHARED.get(key);
        if (existing != null) {
            return existing;
        }
        // built outside computeIfAbsent: building takes seconds and must not hold the map's bin lock
        Copydesk built = builder().options(options).dictionaryDirs(dictionaryDirs).build();
        Copydesk raced = SHARED.putIfAbsent(key, built);
        return raced != null ? raced : built;
    }

    private record SharedKey(CleanOptions options, List<Path> dictionaryDirs) {
    }

    /** Serialised as its configuration; a copy read back is the reading JVM's shared instance. */
    private Object writeReplace() {
        List<String> dirs = new ArrayList<>();
        dictionaryDirs.forEach(d -> dirs.add(d.toString()));
        return new SerializedForm(options, dirs);
    }

    private void readObject(ObjectInputStream in) throws InvalidObjectException {
        throw new InvalidObjectException("a Copydesk is read back through its serialised form");
    }

    private record SerializedForm(CleanOptions options, List<String> dictionaryDirs) implements Serializable {
        private Object readResolve() {
            return shared(options, dictionaryDirs.stream().map(Path::of).toList());
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    public CleanOptions options() {
        return options;
    }

    public Pipeline pipeline() {
        return pipeline;
    }

    public Resources resources() {
        return resources;
    }

    public CleanResult clean(String text) {
        return clean(text, options);
    }

    public CleanResult clean(String text, CleanOptions runOptions) {
        return pipeline.run(text, runOptions);
    }

    /** Decodes the bytes (BOM, UTF-8, or a guessed charset), then cleans the text. */
    public CleanResult clean(byte[] bytes) {
        return clean(bytes, options);
    }

    public CleanResult clean(byte[] bytes, CleanOptions runOptions) {
        TextDecoder.Decoded decoded = TextDecoder.decode(bytes);
        CleanResult r = clean(decoded.text(), runOptions);
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("charset", decoded.charset());
        if (decoded.confidence() < 1.0) {
            metadata.put("charsetConfidence", decoded.confidence());
        }
        metadata.putAll(r.metadata());
        return new CleanResult(r.input(), r.text(), r.edits(), r.findings(), r.removed(), metadata, r.languages());
    }

    /** Loads every enabled stage's data now, in parallel, instead of on the first document. */
    public void warmUp() {
        startWarmUp().join();
    }

    /**
     * Starts loading every enabled stage's data on background threads and
     * returns at once; a document cleaned meanwhile waits only for the data
     * it needs, which the warm-up may already be loading.
     */
    public CompletableFuture<Void> startWarmUp() {
        List<CompletableFuture<Void>> jobs = new ArrayList<>();
        for (Stage stage : pipeline.stages()) {
            if (options.stageEnabled(stage.id())) {
                CompletableFuture<Void> job = new CompletableFuture<>();
                Thread t = new Thread(() -> {
                    try {
                        stage.warmUp(options);
                        job.complete(null);
                    } catch (RuntimeException e) {
                        // a bad dictionary row: say which file and line (known only on this thread)
                        job.completeExceptionally(Dictionaries.locate(e));
                    } catch (Error e) {
                        job.completeExceptionally(e);
                    }
                }, "copydesk-warmup-" + stage.id());
                t.setDaemon(true);
                t.start();
                jobs.add(job);
            }
        }
        return CompletableFuture.allOf(jobs.toArray(new CompletableFuture[0]));
    }

    /** Chooses options and dictionary directories; {@link #build()} is the heavy step. */
    public static final class Builder {
        private CleanOptions options = CleanOptions.defaults();
        private List<Path> dictionaryDirs = List.of();

        public Builder options(CleanOptions value) {
            this.options = value;
            return this;
        }

        /** Directories of user dictionaries, in the bundled layout; their entries win. */
        public Builder dictionaryDirs(List<Path> dirs) {
            this.dictionaryDirs = List.copyOf(dirs);
            return this;
        }

        /**
         * Builds the pipeline. Fails fast, with an {@link IllegalArgumentException} naming the problem,
         * on what would otherwise fail once per document: an unknown stage or rule id, an unknown
         * house style, and, with user dictionaries, a malformed row ({@code file:line: problem}):
         * then every enabled stage's data is loaded now rather than failing on every document later.
         */
        public Copydesk build() {
            OptionsCheck.check(options);
            Dictionaries dicts = dictionaryDirs.isEmpty() ? Dictionaries.bundled()
                    : Dictionaries.withUserDirs(dictionaryDirs);
            Copydesk desk = new Copydesk(options, dictionaryDirs, dicts);
            // the style's name only: the lexicon itself loads on a preload thread or the first document
            NameLexicon.checkStyle(dicts, options.style());
            if (!dictionaryDirs.isEmpty()) {
                try {
                    desk.warmUp();
                } catch (java.util.concurrent.CompletionException e) {
                    if (e.getCause() instanceof IllegalArgumentException bad) {
                        throw new IllegalArgumentException(bad.getMessage(), bad);
                    }
                    throw e;
                }
            }
            return desk;
        }
    }
}

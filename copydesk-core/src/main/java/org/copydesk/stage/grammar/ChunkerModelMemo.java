package org.copydesk.stage.grammar;

import java.lang.reflect.Field;
import java.util.Map;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.model.BaseModel;
import org.languagetool.Language;
import org.languagetool.chunking.Chunker;
import org.languagetool.chunking.EnglishChunker;

/**
 * Puts {@link MemoizedMaxentModel} under LanguageTool's English chunker: its OpenNLP part-of-speech and chunker
 * models are static fields of {@link EnglishChunker}, loaded by its first constructor, and OpenNLP's taggers
 * read the maxent model from the loaded model's artifact map each time one is built (once per sentence). The
 * fields are private, hence reflection; if a LanguageTool or OpenNLP version moves them, the chunker simply runs
 * unremembered (slower, same chunks) and this says so once on standard error.
 */
final class ChunkerModelMemo {
    /** OpenNLP's artifact names of the maxent models in a POS and a chunker model. */
    private static final Map<String, String> ARTIFACTS = Map.of("posModel", "pos.model", "chunkerModel", "chunker.model");
    private static volatile boolean installed;

    private ChunkerModelMemo() {
    }

    /** Idempotent; loads the chunker models if the language has a chunker and they are not loaded yet. */
    static void install(Language language) {
        if (installed) {
            return;
        }
        Chunker chunker = language.getChunker();
        if (!(chunker instanceof EnglishChunker)) {
            return;
        }
        synchronized (ChunkerModelMemo.class) {
            if (installed) {
                return;
            }
            try {
                for (Map.Entry<String, String> e : ARTIFACTS.entrySet()) {
                    memoize(staticField(EnglishChunker.class, e.getKey()), e.getValue());
                }
            } catch (ReflectiveOperationException | RuntimeException e) {
                System.err.println("copydesk: the English chunker runs without its memo (" + e + ")");
            }
            installed = true;
        }
    }

    /** Whether the chunker's maxent models are memoized (for tests). */
    static boolean memoized(String field) throws ReflectiveOperationException {
        return artifacts(staticField(EnglishChunker.class, field)).get(ARTIFACTS.get(field))
                instanceof MemoizedMaxentModel;
    }

    private static void memoize(BaseModel model, String artifact) throws ReflectiveOperationException {
        Map<String, Object> artifacts = artifacts(model);
        if (artifacts.get(artifact) instanceof MaxentModel maxent && !(maxent instanceof MemoizedMaxentModel)) {
            artifacts.put(artifact, new MemoizedMaxentModel(maxent));
        }
    }

    private static BaseModel staticField(Class<?> owner, String name) throws ReflectiveOperationException {
        Field f = owner.getDeclaredField(name);
        f.setAccessible(true);
        return (BaseModel) f.get(null);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> artifacts(BaseModel model) throws ReflectiveOperationException {
        Field f = BaseModel.class.getDeclaredField("artifactMap");
        f.setAccessible(true);
        return (Map<String, Object>) f.get(model);
    }
}

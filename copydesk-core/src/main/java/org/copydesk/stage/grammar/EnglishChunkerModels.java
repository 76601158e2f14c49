package org.copydesk.stage.grammar;

import java.lang.reflect.Field;
import java.util.Map;
import java.util.Properties;
import java.util.function.Supplier;
import opennlp.tools.chunker.ChunkerME;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.util.model.BaseModel;
import org.languagetool.Language;
import org.languagetool.chunking.Chunker;
import org.languagetool.chunking.EnglishChunker;

/**
 * Puts faster model access under LanguageTool's English chunker, which was a fifth of the pipeline's time and a
 * third of its allocation on defect-dense text (every changed sentence is chunked). Its OpenNLP part-of-speech
 * and chunker models are static fields of {@link EnglishChunker}, loaded by its first constructor, and OpenNLP
 * builds its tagger and chunker from the loaded model's artifact map for each sentence. Here each maxent model
 * there is wrapped in an {@link OpenNlpBeamSearch} (OpenNLP takes a sequence model found there as is), which
 * gives the same tags and chunks. The fields are private, hence reflection; if a
 * LanguageTool or OpenNLP version moves them, the chunker runs as shipped (slower, same chunks) and this says so
 * once on standard error.
 */
public final class EnglishChunkerModels {
    /** The chunker's two models: EnglishChunker's static field, the artifact holding its maxent model, OpenNLP's beam. */
    private enum Slot {
        TAGGER("posModel", "pos.model", POSTaggerME.DEFAULT_BEAM_SIZE),
        CHUNKER("chunkerModel", "chunker.model", ChunkerME.DEFAULT_BEAM_SIZE);

        final String field;
        final String artifact;
        final int defaultBeam;

        Slot(String field, String artifact, int defaultBeam) {
            this.field = field;
            this.artifact = artifact;
            this.defaultBeam = defaultBeam;
        }
    }

    private static volatile boolean installed;

    private EnglishChunkerModels() {
    }

    /** Idempotent; loads the chunker models if the language has an English chunker not loaded yet. */
    static void install(Language language) {
        if (installed) {
            return;
        }
        Chunker chunker = language.getChunker();
        if (!(chunker instanceof EnglishChunker)) {
            return;
        }
        synchronized (EnglishChunkerModels.class) {
            if (!installed) {
                wrapAll();
                installed = true;
            }
        }
    }

    /**
     * Runs {@code work} with the chunker's models as LanguageTool ships them, for a benchmark's baseline
     * ("LanguageTool's own check" must not run on our beam search); nothing else may chunk meanwhile.
     */
    public static <T> T asShipped(Supplier<T> work) {
        synchronized (EnglishChunkerModels.class) {
            if (!installed) {
                return work.get();
            }
            try {
                for (Slot slot : Slot.values()) {
                    Map<String, Object> artifacts = artifacts(slot);
                    if (artifacts.get(slot.artifact) instanceof OpenNlpBeamSearch<?> ours) {
                        artifacts.put(slot.artifact, ours.model());
                    }
                }
                return work.get();
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            } finally {
                wrapAll();
            }
        }
    }

    /** The artifacts now under the chunker's tagger and chunker (for tests). */
    static Object[] models() throws ReflectiveOperationException {
        return new Object[] {artifacts(Slot.TAGGER).get(Slot.TAGGER.artifact),
                artifacts(Slot.CHUNKER).get(Slot.CHUNKER.artifact)};
    }

    /**
     * Each maxent model becomes our beam search over it, with the beam OpenNLP would use: the model's manifest's,
     * else the tool's default (as POSModel and ChunkerModel read it). A failure leaves the models as shipped.
     */
    private static void wrapAll() {
        try {
            for (Slot slot : Slot.values()) {
                Map<String, Object> artifacts = artifacts(slot);
                if (artifacts.get(slot.artifact) instanceof MaxentModel maxent) {
                    Properties manifest = (Properties) artifacts.get("manifest.properties");
                    String size = manifest == null ? null : manifest.getProperty(BeamSearch.BEAM_SIZE_PARAMETER);
                    artifacts.put(slot.artifact,
                            new OpenNlpBeamSearch<>(maxent, size != null ? Integer.parseInt(size) : slot.defaultBeam));
                }
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            System.err.println("copydesk: LanguageTool's English chunker runs as shipped (" + e + ")");
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> artifacts(Slot slot) throws ReflectiveOperationException {
        Field model = EnglishChunker.class.getDeclaredField(slot.field);
        model.setAccessible(true);
        Field map = BaseModel.class.getDeclaredField("artifactMap");
        map.setAccessible(true);
        return (Map<String, Object>) map.get(model.get(null));
    }
}

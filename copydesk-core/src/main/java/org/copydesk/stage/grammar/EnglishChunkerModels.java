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
    private static final String POS_ARTIFACT = "pos.model";
    private static final String CHUNKER_ARTIFACT = "chunker.model";
    /** EnglishChunker's static model fields and the artifact of each that holds its maxent model. */
    private static final String[][] FIELDS = {{"posModel", POS_ARTIFACT}, {"chunkerModel", CHUNKER_ARTIFACT}};
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
            if (installed) {
                return;
            }
            try {
                wrapAll();
            } catch (ReflectiveOperationException | RuntimeException e) {
                System.err.println("copydesk: LanguageTool's English chunker runs as shipped (" + e + ")");
            }
            installed = true;
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
                for (String[] field : FIELDS) {
                    Map<String, Object> artifacts = artifacts(field[0]);
                    if (artifacts.get(field[1]) instanceof OpenNlpBeamSearch<?> ours) {
                        artifacts.put(field[1], ours.model());
                    }
                }
                return work.get();
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            } finally {
                try {
                    wrapAll();
                } catch (ReflectiveOperationException e) {
                    System.err.println("copydesk: LanguageTool's English chunker runs as shipped (" + e + ")");
                }
            }
        }
    }

    private static void wrapAll() throws ReflectiveOperationException {
        replace(artifacts("posModel"), POS_ARTIFACT, POSTaggerME.DEFAULT_BEAM_SIZE);
        replace(artifacts("chunkerModel"), CHUNKER_ARTIFACT, ChunkerME.DEFAULT_BEAM_SIZE);
    }

    /** The artifacts now under the chunker's tagger and chunker (for tests). */
    static Object[] models() throws ReflectiveOperationException {
        return new Object[] {artifacts("posModel").get(POS_ARTIFACT), artifacts("chunkerModel").get(CHUNKER_ARTIFACT)};
    }

    /**
     * The maxent model under {@code artifact} becomes our beam search over it, with the beam OpenNLP would use: the
     * model's manifest's, else the tool's default (as POSModel and ChunkerModel read it).
     */
    private static void replace(Map<String, Object> artifacts, String artifact, int defaultBeam) {
        if (artifacts.get(artifact) instanceof MaxentModel maxent) {
            Properties manifest = (Properties) artifacts.get("manifest.properties");
            String size = manifest == null ? null : manifest.getProperty(BeamSearch.BEAM_SIZE_PARAMETER);
            artifacts.put(artifact, new OpenNlpBeamSearch<>(maxent, size != null ? Integer.parseInt(size) : defaultBeam));
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> artifacts(String staticField) throws ReflectiveOperationException {
        Field model = EnglishChunker.class.getDeclaredField(staticField);
        model.setAccessible(true);
        Field map = BaseModel.class.getDeclaredField("artifactMap");
        map.setAccessible(true);
        return (Map<String, Object>) map.get(model.get(null));
    }
}

package org.copydesk.stage.grammar;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import opennlp.tools.chunker.ChunkerModel;
import opennlp.tools.chunker.DefaultChunkerContextGenerator;
import opennlp.tools.chunker.DefaultChunkerSequenceValidator;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.BeamSearchContextGenerator;
import opennlp.tools.util.Sequence;
import opennlp.tools.util.TokenTag;
import org.copydesk.core.LtLanguages;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.languagetool.AnalyzedTokenReadings;
import org.languagetool.JLanguageTool;
import org.languagetool.Language;
import org.languagetool.tools.Tools;

/**
 * The chunker's beam search gives OpenNLP's best sequence, outcome for outcome and to the last bit of its score,
 * on every sentence of our corpus (dirty and clean texts: news, translated and spun copy, tables, code).
 */
class OpenNlpBeamSearchTest {
    private static TokenizerModel tokens;
    private static POSModel pos;
    private static MaxentModel chunker;
    private static List<String[]> sentences;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream t = Tools.getStream("/en-token.bin"); InputStream p = Tools.getStream("/en-pos-maxent.bin");
             InputStream c = Tools.getStream("/en-chunker.bin")) {
            tokens = new TokenizerModel(t);
            pos = new POSModel(p);
            chunker = new ChunkerModel(c).getChunkerModel();
        }
        TokenizerME tokenizer = new TokenizerME(tokens);
        sentences = new ArrayList<>();
        addSentences(Path.of("corpus"), 1, tokenizer);
        assertTrue(sentences.size() > 300, "the corpus gives " + sentences.size() + " sentences");
        // and every 20th sentence of the modern English regression corpus, where scripts/modern-english.sh made it
        Path modern = Path.of("target/modern-english");
        if (Files.isDirectory(modern)) {
            addSentences(modern, 20, tokenizer);
        }
    }

    private static void addSentences(Path dir, int every, TokenizerME tokenizer) throws IOException {
        int seen = 0;
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                for (String s : Files.readString(f, StandardCharsets.UTF_8).split("(?<=[.!?])\\s+|\\n+")) {
                    String[] toks = tokenizer.tokenize(s);
                    if (toks.length > 0 && seen++ % every == 0) {
                        sentences.add(toks);
                    }
                }
            }
        }
    }

    @Test
    void chunksAsOpenNlpDoesOnEverySentenceOfTheCorpus() {
        POSTaggerME tagger = new POSTaggerME(pos);
        int tokenCount = 0;
        for (String[] toks : sentences) {
            TokenTag[] tt = TokenTag.create(toks, tagger.tag(toks));
            Sequence shipped = new BeamSearch<TokenTag>(10, chunker).bestSequence(tt, null,
                    new DefaultChunkerContextGenerator(), new DefaultChunkerSequenceValidator());
            Sequence ours = new OpenNlpBeamSearch<TokenTag>(chunker, 10).bestSequence(tt, null,
                    new DefaultChunkerContextGenerator(), new DefaultChunkerSequenceValidator());
            assertSame(shipped, ours, String.join(" ", toks));
            tokenCount += toks.length;
        }
        assertTrue(tokenCount > 5_000, tokenCount + " tokens");
    }

    @Test
    void tagsAsOpenNlpDoesOnEverySentenceOfTheCorpus() {
        POSTaggerME tagger = new POSTaggerME(pos);
        MaxentModel posMaxent = pos.getPosModel();
        for (String[] toks : sentences) {
            Sequence shipped = new BeamSearch<String>(3, posMaxent).bestSequence(toks, null,
                    pos.getFactory().getPOSContextGenerator(0), pos.getFactory().getSequenceValidator());
            Sequence ours = new OpenNlpBeamSearch<String>(posMaxent, 3).bestSequence(toks, null,
                    pos.getFactory().getPOSContextGenerator(0), pos.getFactory().getSequenceValidator());
            assertSame(shipped, ours, String.join(" ", toks));
            assertEquals(List.of(tagger.tag(toks)), ours.getOutcomes());
        }
    }

    @Test
    void anyOtherContextGeneratorIsAskedForEverySequence() {
        // a generator of another class may read every prior outcome: nothing is shared between sequences
        BeamSearchContextGenerator<String> firstOutcomeToo = (i, seq, prior, ac) -> {
            String[] c = pos.getFactory().getPOSContextGenerator(0).getContext(i, seq, prior, ac);
            String[] more = java.util.Arrays.copyOf(c, c.length + 1);
            more[c.length] = "p0=" + (prior.length > 0 ? prior[0] : "bos");
            return more;
        };
        MaxentModel posMaxent = pos.getPosModel();
        for (String[] toks : sentences.subList(0, 300)) {
            assertSame(new BeamSearch<String>(3, posMaxent).bestSequence(toks, null, firstOutcomeToo,
                            pos.getFactory().getSequenceValidator()),
                    new OpenNlpBeamSearch<String>(posMaxent, 3).bestSequence(toks, null, firstOutcomeToo,
                            pos.getFactory().getSequenceValidator()), String.join(" ", toks));
        }
    }

    @Test
    void languageToolChunksAlikeOnceInstalled() throws Exception {
        Language language = LtLanguages.forCode("en-US");
        JLanguageTool lt = new JLanguageTool(language);
        List<String> text = sentences.subList(0, 200).stream().map(s -> String.join(" ", s)).toList();
        List<String> before = chunkTags(lt, text);
        EnglishChunkerModels.install(language);
        Object[] models = EnglishChunkerModels.models();
        assertInstanceOf(OpenNlpBeamSearch.class, models[0]);
        assertInstanceOf(OpenNlpBeamSearch.class, models[1]);
        assertEquals(before, chunkTags(lt, text));
        // a benchmark's baseline runs LanguageTool as shipped, and the pipeline's models come back after it
        Object[] shipped = EnglishChunkerModels.asShipped(() -> {
            try {
                return EnglishChunkerModels.models();
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        });
        assertInstanceOf(MaxentModel.class, shipped[0]);
        assertInstanceOf(MaxentModel.class, shipped[1]);
        assertInstanceOf(OpenNlpBeamSearch.class, EnglishChunkerModels.models()[1]);
    }

    private static List<String> chunkTags(JLanguageTool lt, List<String> text) throws IOException {
        List<String> all = new ArrayList<>();
        for (String s : text) {
            StringBuilder sb = new StringBuilder();
            for (AnalyzedTokenReadings t : lt.getAnalyzedSentence(s).getTokensWithoutWhitespace()) {
                sb.append(t.getToken()).append('/').append(t.getChunkTags()).append(' ');
            }
            all.add(sb.toString());
        }
        return all;
    }

    private static void assertSame(Sequence shipped, Sequence ours, String sentence) {
        assertEquals(shipped.getOutcomes(), ours.getOutcomes(), sentence);
        assertArrayEquals(shipped.getProbs(), ours.getProbs(), 0.0, sentence);
        assertEquals(shipped.getScore(), ours.getScore(), 0.0, sentence);
    }
}

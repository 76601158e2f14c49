package org.copydesk.stage.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.copydesk.core.LtLanguages;
import org.junit.jupiter.api.Test;
import org.languagetool.AnalyzedSentence;
import org.languagetool.AnalyzedTokenReadings;
import org.languagetool.JLanguageTool;
import org.languagetool.Language;

class ChunkerModelMemoTest {
    private static final List<String> SENTENCES = List.of(
            "The two leaders met in New York on Tuesday to discuss the trade agreement.",
            "Officials said the new rules would take effect next year, despite objections from farmers.",
            "She has been working on the report since the committee first asked for it in March.",
            "The company's shares fell sharply after it warned that profits would be lower than expected.");

    @Test
    void chunksAreTheSameWithTheMemoAndRepeatsAreRemembered() throws Exception {
        Language language = LtLanguages.forCode("en-US");
        JLanguageTool lt = new JLanguageTool(language);
        List<String> before = chunks(lt);
        ChunkerModelMemo.install(language);
        assertTrue(ChunkerModelMemo.memoized("posModel"));
        assertTrue(ChunkerModelMemo.memoized("chunkerModel"));
        List<String> after = chunks(lt);
        assertEquals(before, after);
        assertEquals(after, chunks(lt), "a second pass, answered from the memo, chunks alike");
    }

    private static List<String> chunks(JLanguageTool lt) throws Exception {
        List<String> all = new ArrayList<>();
        for (String s : SENTENCES) {
            AnalyzedSentence analyzed = lt.getAnalyzedSentence(s);
            StringBuilder sb = new StringBuilder();
            for (AnalyzedTokenReadings t : analyzed.getTokensWithoutWhitespace()) {
                sb.append(t.getToken()).append('/').append(t.getChunkTags()).append(' ');
            }
            all.add(sb.toString());
        }
        return all;
    }
}

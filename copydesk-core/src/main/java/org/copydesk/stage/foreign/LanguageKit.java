package org.copydesk.stage.foreign;

import org.copydesk.core.LtLanguages;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.languagetool.AnalyzedToken;
import org.languagetool.Language;
import org.languagetool.tagging.Tagger;

/**
 * One candidate source language: LanguageTool's tagger for it (lemma and part
 * of speech of a word) with the tag meanings of {@link TagMap}. Only words
 * the English lexicon does not know well are ever looked up, so a small
 * cache of analyses keeps repeated leftovers cheap.
 */
public final class LanguageKit {
    private static final int CACHE_LIMIT = 50_000;
    private final String code;
    private final Tagger tagger;
    private final TagMap tags;
    private final Map<String, List<Reading>> cache = new ConcurrentHashMap<>();

    private LanguageKit(String code, Tagger tagger, TagMap tags) {
        this.code = code;
        this.tagger = tagger;
        this.tags = tags;
    }

    public static LanguageKit load(String code, TagMap tags) {
        Language language = LtLanguages.forCode(code);
        return new LanguageKit(code, language.getTagger(), tags);
    }

    public String code() {
        return code;
    }

    /** The analyses of one word form (case as written), empty when the language does not know it. */
    public List<Reading> analyse(String word) {
        List<Reading> hit = cache.get(word);
        if (hit != null) {
            return hit;
        }
        List<Reading> out = tag(word);
        if (cache.size() < CACHE_LIMIT) {
            cache.put(word, out);
        }
        return out;
    }

    private List<Reading> tag(String word) {
        List<Reading> out = new ArrayList<>();
        for (AnalyzedToken t : LtLanguages.readings(tagger, word)) {
            tags.meaning(code, t.getPOSTag()).ifPresent(m -> out.add(new Reading(code, t.getLemma(), t.getPOSTag(), m)));
        }
        return List.copyOf(out);
    }
}

package org.copydesk.stage.foreign;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.copydesk.dict.Dictionaries;

/**
 * Maps a foreign tagger's part-of-speech tags to a glossary class and the
 * English form a translation takes ({@code dictionaries/glossary/tags.tsv}),
 * so that a new language is a block of data, not code.
 */
public final class TagMap {
    /** What a foreign tag means for translation: glossary class and English form ("NNS", "will VB", "-"). */
    public record Meaning(String pos, String englishForm) {
        public boolean isContent() {
            return pos.equals("n") || pos.equals("v") || pos.equals("adj") || pos.equals("adv");
        }
    }

    private record Rule(Pattern tag, Meaning meaning) {
    }

    private final Map<String, List<Rule>> byLanguage;

    private TagMap(Map<String, List<Rule>> byLanguage) {
        this.byLanguage = byLanguage;
    }

    public static TagMap load(Dictionaries dictionaries) {
        Map<String, List<Rule>> map = new HashMap<>();
        for (Dictionaries.Row row : dictionaries.table("glossary/tags.tsv")) {
            if (row.size() < 4) {
                throw row.error("tags.tsv needs 4 columns: language, tag regex, class, English form");
            }
            map.computeIfAbsent(row.get(0), k -> new ArrayList<>())
                    .add(new Rule(Pattern.compile(row.get(1)), new Meaning(row.get(2), row.get(3))));
        }
        return new TagMap(map);
    }

    public boolean knows(String language) {
        return byLanguage.containsKey(language);
    }

    public Optional<Meaning> meaning(String language, String tag) {
        if (tag == null) {
            return Optional.empty();
        }
        for (Rule r : byLanguage.getOrDefault(language, List.of())) {
            if (r.tag().matcher(tag).matches()) {
                return Optional.of(r.meaning());
            }
        }
        return Optional.empty();
    }
}

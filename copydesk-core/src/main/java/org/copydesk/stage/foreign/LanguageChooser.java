package org.copydesk.stage.foreign;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.copydesk.stage.foreign.WordAnalyzer.Choice;

/**
 * The source language of a run: how many of its units each language reads,
 * letters that point to a language (ñ, ã, ß), curated entries, a noun after
 * "the", a finite verb, and the other leftovers of the sentence. Lingua
 * breaks a close call on a window of about five words.
 */
final class LanguageChooser {
    /** A score margin below which the call is close. */
    private static final double CLOSE = 0.3;

    private final ForeignModel model;

    LanguageChooser(ForeignModel model) {
        this.model = model;
    }

    /**
     * The languages of a run, ranked by the cheap evidence. {@code second} is set only when the call is
     * close, and {@code window} is then the words Lingua reads to break it.
     */
    record Ranking(String best, String second, String window) {
        boolean close() {
            return second != null;
        }
    }

    Ranking rank(Sentence s, List<Unit> run, Map<String, Integer> votes) {
        Map<String, Double> score = new HashMap<>();
        boolean afterDeterminer = s.isDeterminer(run.get(0).first() - 1);
        List<String> langs = model.languages();
        for (int i = 0; i < langs.size(); i++) {
            score.put(langs.get(i), -0.01 * i);
        }
        for (Unit u : run) {
            for (String l : u.languages()) {
                score.merge(l, 1.0, Double::sum);
            }
            Map<String, Double> bonus = new HashMap<>();
            for (Choice c : u.choices()) {
                double b = (c.entry().curated() ? 0.4 : 0) + (afterDeterminer && c.pos().equals("n") ? 0.3 : 0)
                        + (c.pos().equals("v") && RunRenderer.finite(c.reading().meaning().englishForm()) ? 0.2 : 0);
                bonus.merge(c.language(), b, Math::max);
            }
            bonus.forEach((l, b) -> score.merge(l, b / run.size(), Double::sum));
            for (int k = u.first(); k <= u.last(); k++) {
                s.word(k).text().codePoints().forEach(cp -> {
                    Set<String> ls = model.languagesOfLetter(cp);
                    for (String l : ls) {
                        score.merge(l, 1.5 / ls.size(), Double::sum);
                    }
                });
            }
        }
        votes.forEach((l, v) -> score.merge(l, 0.3 * v, Double::sum));
        List<Map.Entry<String, Double>> ranked = score.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed()).toList();
        String best = ranked.get(0).getKey();
        if (ranked.size() < 2 || ranked.get(0).getValue() - ranked.get(1).getValue() >= CLOSE) {
            return new Ranking(best, null, null);
        }
        int from = Math.max(0, run.get(0).first() - 2);
        int to = Math.min(s.size() - 1, run.get(run.size() - 1).last() + 2);
        return new Ranking(best, ranked.get(1).getKey(), s.text().substring(s.word(from).start(), s.word(to).end()));
    }

    /**
     * The language of a ranked run: the best, unless the call is close and Lingua reads the window as the
     * second. Lingua's models for five languages take over a second of CPU and 150 MB to load, so a caller
     * asks only when the answer can change what it writes.
     */
    String decide(Ranking ranking) {
        if (!ranking.close()) {
            return ranking.best();
        }
        PassageDetector lingua = model.passages();
        return lingua.confidence(ranking.window(), ranking.second()) > lingua.confidence(ranking.window(), ranking.best())
                ? ranking.second() : ranking.best();
    }
}

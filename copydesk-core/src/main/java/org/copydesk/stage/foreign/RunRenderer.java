package org.copydesk.stage.foreign;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.copydesk.stage.foreign.WordAnalyzer.Analysis;
import org.copydesk.stage.foreign.WordAnalyzer.Choice;

/**
 * The English of a run in a chosen language: for each unit the reading that
 * fits the context, its glossary lemma inflected like the source word, and a
 * confidence; then Romance noun + adjective put in English order.
 */
final class RunRenderer {
    /** One unit's English. {@code pos} is "function" for a joining word, "phrase" for a phrase. */
    record Rendered(String english, String pos, String language, double confidence, String source) {
        boolean content() {
            return !pos.equals("function");
        }
    }

    /** English forms from most to least likely for a lone leftover verb after its subject. */
    private static final List<String> VERB_FORMS = List.of("VBD", "VBZ", "VBP", "will VB", "would VB", "VBN", "VBG", "VB");

    private final ForeignModel model;

    RunRenderer(ForeignModel model) {
        this.model = model;
    }

    static boolean finite(String englishForm) {
        int i = VERB_FORMS.indexOf(englishForm);
        return i >= 0 && i <= 2;
    }

    /** The run's units in English, or null when a unit has no reading in any language. */
    List<Rendered> render(Sentence s, List<Unit> run, String language) {
        List<Rendered> out = new ArrayList<>();
        String prevEnglish = s.lower(run.get(0).first() - 1);
        for (Unit u : run) {
            Rendered prev = out.isEmpty() ? null : out.get(out.size() - 1);
            Rendered r = render(u, s, language, prev, prevEnglish, s.lower(u.last() + 1));
            if (r == null) {
                return null;
            }
            out.add(r);
        }
        return out;
    }

    /** "crisis económica" → "economic crisis": Romance noun + adjective swapped; true when something moved. */
    boolean reorder(List<Rendered> rendered, String language) {
        boolean moved = false;
        if (model.adjectiveAfterNoun(language)) {
            for (int i = 0; i + 1 < rendered.size(); i++) {
                if (rendered.get(i).pos().equals("n") && rendered.get(i + 1).pos().equals("adj")) {
                    Rendered noun = rendered.get(i);
                    rendered.set(i, rendered.get(i + 1));
                    rendered.set(i + 1, noun);
                    moved = true;
                    i++;
                }
            }
        }
        return moved;
    }

    static String join(List<Rendered> rendered) {
        StringBuilder sb = new StringBuilder();
        for (Rendered r : rendered) {
            if (!r.english().isEmpty()) {
                sb.append(sb.length() > 0 ? " " : "").append(r.english());
            }
        }
        return sb.toString();
    }

    private Rendered render(Unit u, Sentence s, String language, Rendered prev, String prevEnglish, String nextEnglish) {
        if (u.kind() == Unit.Kind.PHRASE) {
            return new Rendered(u.phraseEnglish(), "phrase", u.phraseLanguage(), u.phraseCurated() ? 0.9 : 0.8, "phrase");
        }
        Token token = s.word(u.first());
        List<Choice> pool = u.choices();
        List<Choice> inLanguage = pool.stream().filter(c -> c.language().equals(language)).toList();
        Choice choice = pickReading(inLanguage.isEmpty() ? pool : inLanguage, prev, prevEnglish, nextEnglish,
                token.text());
        if (choice == null) {
            return null;
        }
        Reading r = choice.reading();
        String english = model.properCase(
                model.inflector().inflect(choice.entry().english(), r.pos(), r.meaning().englishForm()));
        String source = (choice.entry().curated() ? "" : "generated:") + r.lemma() + "/" + r.tag();
        if (u.kind() == Unit.Kind.FUNCTION) {
            boolean alone = u.standaloneFunction();
            return new Rendered(english, alone ? r.pos() : "function", r.language(), alone ? 0.82 : 1.0, source);
        }
        boolean afterDeterminer = prev == null ? Sentence.DETERMINERS.contains(prevEnglish) : !prev.content();
        double confidence = confidence(token, u.analysis(), choice, !s.initial(u.first()), afterDeterminer);
        return new Rendered(english, r.pos(), r.language(), confidence, source);
    }

    /**
     * How sure a single word is a leftover: English must not know it (or
     * barely); letters English lacks and a curated entry help; shortness and a
     * capital in mid-sentence (a German noun, or a name we do not know) hurt.
     */
    private static double confidence(Token token, Analysis a, Choice choice, boolean midSentence,
                                     boolean afterDeterminer) {
        double c = a.englishKnown() ? 0.50 : 0.72;
        if (token.hasDiacritic()) {
            c += 0.10;
        }
        if (choice.entry().curated()) {
            c += 0.06;
        }
        if (token.text().length() <= 3) {
            c -= 0.10;
        }
        if (token.capitalised()) {
            // a first word that is a noun may be one used as a word ("Casa is Spanish for house")
            double initialPenalty = choice.pos().equals("n") || choice.pos().equals("adj") ? 0.05 : 0.03;
            c = midSentence ? Math.min(c + 0.02, afterDeterminer ? 0.8 : 0.7) : c - initialPenalty;
        }
        return c;
    }

    /**
     * Context decides between noun, adjective and verb readings; then curated
     * entries, finite verb forms, and for nouns the number the spelling shows
     * (a form other than the lemma is the plural: "Soldaten"; the lemma itself
     * the singular: "Bürgermeister").
     */
    private static Choice pickReading(List<Choice> choices, Rendered prev, String prevEnglish, String nextEnglish,
                                      String surface) {
        List<String> order;
        if (prev != null && prev.pos().equals("n")) {
            order = List.of("adj", "n", "v", "adv");
        } else if (prev != null && !prev.content() || Sentence.DETERMINERS.contains(prevEnglish)) {
            order = List.of("n", "adj", "v", "adv");
        } else if (Sentence.SUBJECTS.contains(prevEnglish)) {
            order = List.of("v", "adv", "n", "adj");
        } else if (prev == null && Sentence.DETERMINERS.contains(nextEnglish) && !prevEnglish.isEmpty()) {
            order = List.of("v", "n", "adj", "adv");
        } else if (prev == null && !prevEnglish.isEmpty() && !Sentence.PREPOSITIONS.contains(prevEnglish)) {
            order = List.of("adj", "v", "n", "adv");
        } else {
            order = List.of("n", "adj", "v", "adv");
        }
        return choices.stream().min(Comparator
                .comparingInt((Choice c) -> order.contains(c.pos()) ? order.indexOf(c.pos()) : order.size())
                .thenComparing(c -> !c.entry().curated())
                .thenComparingInt(c -> formRank(c, surface))).orElse(null);
    }

    private static int formRank(Choice c, String surface) {
        String form = c.reading().meaning().englishForm();
        if (c.pos().equals("v")) {
            int i = VERB_FORMS.indexOf(form);
            return i < 0 ? VERB_FORMS.size() : i;
        }
        boolean plural = form.equals("NNS");
        boolean lemmaSpelling = surface.equalsIgnoreCase(c.reading().lemma());
        return plural == lemmaSpelling ? 1 : 0;
    }
}

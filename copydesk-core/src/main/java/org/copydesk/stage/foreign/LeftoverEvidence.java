package org.copydesk.stage.foreign;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.copydesk.stage.foreign.RunRenderer.Rendered;
import org.copydesk.stage.foreign.WordAnalyzer.Choice;
import org.copydesk.text.TextAnalysis;

/**
 * Why a run of foreign-looking words might not be a translator's leftover at all: a word
 * English also has, a capital in mid-sentence or one the document gives the word
 * elsewhere (a surname: "Blanco", "Sprecht"), dialogue, or a reading the context does not
 * settle (a Portuguese noun spelled like a verb). Each doubt is stated; a run with any
 * doubt is reported with its candidates, never changed.
 */
final class LeftoverEvidence {
    /** "Renault: Thank you." — a speaker's name and a colon open a line of dialogue. */
    private static final Pattern SPEAKER = Pattern.compile("^\\s*\\p{Lu}[\\p{L}.' -]{0,30}:\\s");

    private LeftoverEvidence() {
    }

    /** The stated doubts about translating this run; empty when it is a plain leftover. */
    static List<String> doubts(Sentence s, List<Unit> run, List<Rendered> rendered, TextAnalysis analysis) {
        Set<String> out = new LinkedHashSet<>();
        for (int k = 0; k < run.size(); k++) {
            Unit u = run.get(k);
            if (u.kind() != Unit.Kind.CONTENT) {
                continue;
            }
            Token t = s.word(u.first());
            if (u.analysis() != null && u.analysis().englishKnown()) {
                out.add("'" + t.text() + "' is also an English word");
            }
            if (!t.capitalised() || k < rendered.size() && germanNoun(rendered.get(k))) {
                // German capitalises every noun: there the capital is spelling, not a name
                continue;
            }
            if (!s.initial(u.first()) || !analysis.startsSentence(t.start())) {
                out.add("'" + t.text() + "' is capitalised mid-sentence, as names are");
            } else if (analysis.count(t.text()) > 0) {
                out.add("the document capitalises '" + t.text() + "' mid-sentence too, as names are");
            }
        }
        if (dialogue(analysis, s.word(run.get(0).first()).start())) {
            out.add("a line of dialogue keeps the speaker's words");
        }
        for (int k = 0; k < run.size() && k < rendered.size(); k++) {
            String doubt = readingDoubt(s, run.get(k), rendered.get(k), k == 0 ? s.lower(run.get(0).first() - 1) : null);
            if (doubt != null) {
                out.add(doubt);
            }
        }
        return new ArrayList<>(out);
    }

    private static boolean germanNoun(Rendered r) {
        return r.language().equals("de") && r.pos().equals("n");
    }

    private static boolean dialogue(TextAnalysis analysis, int pos) {
        TextAnalysis.Line line = analysis.lineAt(pos);
        String text = analysis.text().substring(line.start(), line.end());
        return SPEAKER.matcher(text).find();
    }

    /**
     * The part of speech must fit: after a determiner a word is a noun or adjective, never
     * a verb, and a word that is a noun or a verb with different English needs a context
     * that chooses (a determiner, a subject pronoun, a foreign word before it in the run).
     */
    private static String readingDoubt(Sentence s, Unit u, Rendered r, String prevEnglish) {
        if (u.kind() != Unit.Kind.CONTENT) {
            return null;
        }
        Token t = s.word(u.first());
        boolean afterDeterminer = prevEnglish != null && Sentence.DETERMINERS.contains(prevEnglish);
        if (afterDeterminer && r.pos().equals("v")) {
            return "'" + t.text() + "' follows a determiner but only a verb reading translates it";
        }
        Set<String> posWithEnglish = new LinkedHashSet<>();
        Set<String> english = new LinkedHashSet<>();
        for (Choice c : u.choices()) {
            if (c.language().equals(r.language()) && english.add(c.entry().english().toLowerCase(Locale.ROOT))) {
                posWithEnglish.add(c.pos() + " '" + c.entry().english() + "'");
            }
        }
        boolean nounAndVerb = u.choices().stream().anyMatch(c -> c.language().equals(r.language()) && c.pos().equals("n"))
                && u.choices().stream().anyMatch(c -> c.language().equals(r.language()) && c.pos().equals("v"));
        boolean decided = prevEnglish == null || afterDeterminer || Sentence.SUBJECTS.contains(prevEnglish);
        if (nounAndVerb && english.size() > 1 && !decided) {
            return "'" + t.text() + "' reads as " + String.join(" or ", posWithEnglish) + " and the context does not choose";
        }
        return null;
    }
}

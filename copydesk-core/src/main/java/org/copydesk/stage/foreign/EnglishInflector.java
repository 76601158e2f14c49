package org.copydesk.stage.foreign;

import org.copydesk.core.LtLanguages;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.languagetool.AnalyzedToken;
import org.languagetool.synthesis.Synthesizer;

/**
 * Puts an English lemma into the form the foreign word had, with
 * LanguageTool's English synthesizer: "leader" + NNS = "leaders", "say" +
 * VBD = "said". In a multiword translation the head inflects: the last word
 * of a noun ("prime ministers"), the first of a verb ("took part").
 */
public final class EnglishInflector {
    private final Synthesizer synthesizer;

    private EnglishInflector(Synthesizer synthesizer) {
        this.synthesizer = synthesizer;
    }

    public static EnglishInflector load() {
        return new EnglishInflector(LtLanguages.forCode("en-US").getSynthesizer());
    }

    /**
     * @param form a Penn tag, "-" for the lemma as is, or auxiliaries before a
     *             tag ("will VB")
     */
    public String inflect(String lemma, String pos, String form) {
        if (form.equals("-") || form.equals("JJ") || form.equals("VB") || form.equals("NN")) {
            return lemma;
        }
        int space = form.lastIndexOf(' ');
        if (space > 0) {
            return form.substring(0, space) + " " + inflect(lemma, pos, form.substring(space + 1));
        }
        String[] words = lemma.split(" ");
        int head = pos.equals("v") ? 0 : words.length - 1;
        String inflected = synthesize(words[head], form);
        if (inflected == null) {
            return lemma;
        }
        words[head] = inflected;
        return String.join(" ", words);
    }

    private String synthesize(String word, String tag) {
        String[] forms;
        try {
            synchronized (synthesizer) {
                forms = synthesizer.synthesize(new AnalyzedToken(word, null, word), tag);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (forms.length == 0) {
            // a plural the dictionary lacks ("referendums") still needs a form
            return tag.equals("NNS") && !word.endsWith("s") ? regularPlural(word) : null;
        }
        return forms[0];
    }

    private static String regularPlural(String noun) {
        if (noun.matches(".*(s|x|z|ch|sh)")) {
            return noun + "es";
        }
        if (noun.matches(".*[^aeiou]y")) {
            return noun.substring(0, noun.length() - 1) + "ies";
        }
        return noun + "s";
    }
}

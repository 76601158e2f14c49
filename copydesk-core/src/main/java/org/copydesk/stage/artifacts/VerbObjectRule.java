package org.copydesk.stage.artifacts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.copydesk.dict.Dictionaries;
import org.copydesk.stage.artifacts.TextView.Token;

/**
 * A verb that is a false friend only with certain objects: "realized a
 * study" (Spanish "realizar", French "réaliser") is "carried out a study";
 * "celebrated a meeting" is "held"; "assisted to the meeting" (Spanish
 * "asistir a") is "attended". Rows of dictionaries/artifacts/false-friend-verbs.tsv:
 * rule, verb forms (base|3rd person|past|-ing), particle ("-" for none),
 * determiners allowed before the object (word alternatives, {@code @none}
 * for none), object class, replacement forms, confidence. The object may
 * carry two modifiers; it must end the noun phrase (not "study results") and
 * must not start a clause ("realized the study was flawed").
 */
final class VerbObjectRule implements ArtifactRule {
    private static final Pattern NOUN = Pattern.compile("NNP?S?(:.*)?");
    private static final int CLAUSE_LOOKAHEAD = 6;
    /** Modals and auxiliaries that open a clause's verb phrase. */
    private static final Set<String> FINITE = Set.of("would", "will", "could", "can", "should", "must", "might",
            "may", "was", "were", "is", "are", "had", "has", "did", "does");
    private static final Set<String> RELATIVE = Set.of("that", "which", "who", "whom", "whose", "where", "when");
    private static final Pattern VERB = Pattern.compile("VB[DZPNG]?|MD");
    /** Readings that let a word follow a complete object: a preposition, adverb, conjunction, determiner. */
    private static final Pattern AFTER_OBJECT = Pattern.compile("IN|RB.*|TO|CC|DT|WDT|PRP.*|RP|,|\\.");
    private static final Pattern ADJECTIVE = Pattern.compile("JJ[RS]?|CD|VBN|NN(:.*)?");
    private static final int MAX_MODIFIERS = 2;

    private record Row(String rule, String particle, String determiners, String objectSet, String[] replacements,
                       double confidence) {
    }

    private record Form(Row row, int index) {
    }

    private final Map<String, List<Form>> byVerb = new HashMap<>();

    static VerbObjectRule load(Dictionaries dictionaries) {
        VerbObjectRule rule = new VerbObjectRule();
        for (Dictionaries.Row r : dictionaries.table("artifacts/false-friend-verbs.tsv")) {
            if (r.size() < 7) {
                throw r.error("need 7 columns: rule, verb forms, particle, determiners, object class, replacements, confidence");
            }
            Rules.category(r.get(0));
            String[] forms = r.get(1).split("\\|");
            String[] replacements = r.get(5).split("\\|");
            if (forms.length != replacements.length) {
                throw r.error("verb forms and replacement forms differ in number");
            }
            Row row = new Row(r.get(0), r.get(2), r.get(3), r.get(4), replacements, Double.parseDouble(r.get(6)));
            for (int i = 0; i < forms.length; i++) {
                rule.byVerb.computeIfAbsent(forms[i].strip().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                        .add(new Form(row, i));
            }
        }
        return rule;
    }

    @Override
    public void find(Document doc, List<Hit> out) {
        TextView view = doc.view;
        for (int i = 0; i < view.size(); i++) {
            Token verb = view.get(i);
            List<Form> forms = byVerb.get(verb.lower());
            if (forms == null || !(verb.lowerCase() || view.clauseStart(i))) {
                continue;
            }
            for (Form form : forms) {
                Hit hit = match(doc, i, form);
                if (hit != null) {
                    out.add(hit);
                    break;
                }
            }
        }
    }

    private Hit match(Document doc, int verbIndex, Form form) {
        TextView view = doc.view;
        Row row = form.row();
        int end = verbIndex;
        int k = verbIndex + 1;
        if (!row.particle().equals("-")) {
            if (!joined(view, verbIndex, k) || !view.get(k).lower().equals(row.particle())) {
                return null;
            }
            end = k;
            k++;
        }
        if (!joined(view, verbIndex, k)) {
            return null;
        }
        if (Condition.wordMatches(doc, view.at(k), verbIndex, row.determiners()) && !isObject(doc, row, k)) {
            k++;
        } else if (!row.determiners().contains("@none")) {
            return null;
        }
        int modifiers = 0;
        while (joined(view, verbIndex, k) && !isObject(doc, row, k) && modifiers < MAX_MODIFIERS
                && isModifier(doc, view.get(k))) {
            k++;
            modifiers++;
        }
        if (!joined(view, verbIndex, k) || !isObject(doc, row, k) || continuesPhrase(doc, k)
                || definiteWithOf(view, verbIndex, k) || subjectOfClause(view, k)) {
            return null;
        }
        Token verb = view.get(verbIndex);
        String replacement = row.replacements()[form.index()].strip();
        if (verb.capitalised()) {
            replacement = PhraseTable.capitalise(replacement);
        }
        String found = view.text().substring(verb.start(), view.get(end).end());
        return new Hit(verb.start(), view.get(end).end(), replacement, row.rule(), row.confidence(),
                "translation false friend: '" + found + " ... " + view.get(k).text() + "' is '" + replacement
                        + " ... " + view.get(k).text() + "' in English", false, false);
    }

    private static boolean isObject(Document doc, Row row, int k) {
        Token t = doc.view.at(k);
        return t != null && t.lowerCase() && doc.sets.contains(row.objectSet().substring(1), t.lower());
    }

    private static boolean isModifier(Document doc, Token t) {
        return t.capitalised() || t.numeric() || doc.tagger().mayBe(t.text(), ADJECTIVE);
    }

    /** The object is not the end of its phrase: "study results", "the meeting was". */
    private static boolean continuesPhrase(Document doc, int k) {
        Token next = doc.view.at(k + 1);
        if (next == null || !doc.view.sameSentence(k, k + 1) || !doc.view.gapBefore(k + 1).isBlank()) {
            return false;
        }
        PosTagger tagger = doc.tagger();
        // "survey results" (a noun compound) or "the study was" (a clause), but not "exercises near the border"
        return !tagger.mayBe(next.text(), AFTER_OBJECT)
                && (tagger.mayBe(next.text(), NOUN) || tagger.onlyBe(next.text(), VERB));
    }

    /**
     * "realized a study of the old maps would help": a finite verb after the
     * object's phrase makes the object the subject of a clause ("realized
     * [that] ..."), the English sense of the verb.
     */
    private static boolean subjectOfClause(TextView view, int k) {
        for (int j = k + 1; j <= k + CLAUSE_LOOKAHEAD && view.at(j) != null && view.sameSentence(k, j); j++) {
            String gap = view.gapBefore(j);
            Token t = view.get(j);
            if (!gap.isBlank() || RELATIVE.contains(t.lower())) {
                return false;
            }
            if (t.lowerCase() && FINITE.contains(t.lower())) {
                return true;
            }
        }
        return false;
    }

    /** "celebrated the election of their candidate": "the X of Y" names an outcome, not an event held. */
    private static boolean definiteWithOf(TextView view, int verbIndex, int k) {
        Token next = view.at(k + 1);
        return next != null && next.lower().equals("of") && view.sameSentence(k, k + 1)
                && view.get(verbIndex + 1).lower().equals("the");
    }

    /** Word k exists, is in the same sentence as the verb, and only white space separates it from word k-1. */
    private static boolean joined(TextView view, int verbIndex, int k) {
        return view.at(k) != null && view.sameSentence(verbIndex, k) && view.gapBefore(k).isBlank();
    }
}

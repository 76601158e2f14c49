package org.copydesk.testing.inject;

import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * Makes one kind of defect in a clean paragraph of third-party English, the way scraping,
 * machine translation or spinning makes it, or declines where the paragraph has no place
 * for it. Injectors are mechanical (a position chosen at random among all that fit a
 * shape), never a list of strings copydesk knows, so the rate measured is recall on the
 * family, not on our examples.
 */
public interface DefectInjector {
    /** The family's name in reports (one of issue 12's or 13's families). */
    String family();

    /** One defect at a random fitting place of {@code paragraph}, or empty where none fits. */
    Optional<Injection> inject(String paragraph, Random random);

    /**
     * Where the paragraph will stand: its index among the {@code size} paragraphs of its document
     * (0 is the top of the page, {@code size - 1} the bottom), and the other paragraphs of the
     * source, for defects made of the words of another paragraph (a "Read more" headline).
     */
    record Place(int index, int size, List<String> source) {
        public boolean top() {
            return index == 0;
        }

        public boolean bottom() {
            return index == size - 1;
        }
    }

    /** As {@link #inject(String, Random)}, for defects whose kind depends on the place on the page. */
    default Optional<Injection> inject(String paragraph, Place place, Random random) {
        return inject(paragraph, random);
    }

    /** The matches of {@code pattern} in {@code text} (start, end, groups). */
    static List<MatchResult> matches(Pattern pattern, String text) {
        return pattern.matcher(text).results().toList();
    }

    /** A random match of {@code pattern} in {@code text}, or empty. */
    static Optional<MatchResult> randomMatch(Pattern pattern, String text, Random random) {
        return pick(matches(pattern, text), random);
    }

    /** A random element of {@code list}, or empty. */
    static <T> Optional<T> pick(List<T> list, Random random) {
        return list.isEmpty() ? Optional.empty() : Optional.of(list.get(random.nextInt(list.size())));
    }

    /** Where the run of letters ending at {@code from} starts. */
    static int wordStart(String text, int from) {
        int i = from;
        while (i > 0 && Character.isLetter(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    /** Where the run of letters starting at {@code from} ends. */
    static int wordEnd(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isLetter(text.charAt(i))) {
            i++;
        }
        return i;
    }
}

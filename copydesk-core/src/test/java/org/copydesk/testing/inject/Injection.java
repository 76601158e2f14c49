package org.copydesk.testing.inject;

/**
 * One defect put into a clean paragraph: {@code dirty} is the paragraph with the defect,
 * {@code [start, end)} the defect's span in it, {@code clean} what the span stood for.
 */
public record Injection(String family, String paragraph, String dirty, int start, int end, String clean) {
    public Injection {
        if (start < 0 || end < start || end > dirty.length()) {
            throw new IllegalArgumentException("span " + start + ".." + end + " outside the dirty paragraph");
        }
    }

    /** The injection made by replacing {@code [from, to)} of {@code paragraph} with {@code defect}. */
    public static Injection replacing(String family, String paragraph, int from, int to, String defect) {
        String dirty = paragraph.substring(0, from) + defect + paragraph.substring(to);
        return new Injection(family, paragraph, dirty, from, from + defect.length(), paragraph.substring(from, to));
    }

    /**
     * The injection made by putting {@code line} on a line of its own above or below {@code paragraph},
     * joined by {@code separator} ("\n" for a line right next to it, "\n\n" for a paragraph of its own).
     */
    public static Injection inserting(String family, String paragraph, String line, boolean above, String separator) {
        String dirty = above ? line + separator + paragraph : paragraph + separator + line;
        int start = above ? 0 : paragraph.length() + separator.length();
        return new Injection(family, paragraph, dirty, start, start + line.length(), "");
    }

    public String defect() {
        return dirty.substring(start, end);
    }
}

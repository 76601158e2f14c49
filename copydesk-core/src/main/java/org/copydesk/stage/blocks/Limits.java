package org.copydesk.stage.blocks;

/**
 * Block features a pattern row asks for before its pattern is tried (the
 * {@code limits} column of boilerplate.tsv), e.g. {@code words<=12,nosentence}.
 */
record Limits(int maxWords, boolean noSentence, boolean bullet, boolean anywhere, boolean digit, boolean unasked,
              boolean standalone) {
    static final Limits NONE = new Limits(Integer.MAX_VALUE, false, false, false, false, false, false);

    static Limits parse(String spec) {
        if (spec.isBlank() || spec.equals("-")) {
            return NONE;
        }
        int maxWords = Integer.MAX_VALUE;
        boolean noSentence = false;
        boolean bullet = false;
        boolean anywhere = false;
        boolean digit = false;
        boolean unasked = false;
        boolean standalone = false;
        for (String part : spec.split(",")) {
            String p = part.strip();
            if (p.startsWith("words<=")) {
                maxWords = Integer.parseInt(p.substring("words<=".length()).strip());
            } else if (p.equals("nosentence")) {
                noSentence = true;
            } else if (p.equals("bullet")) {
                bullet = true;
            } else if (p.equals("anywhere")) {
                anywhere = true;
            } else if (p.equals("digit")) {
                digit = true;
            } else if (p.equals("unasked")) {
                unasked = true; // checked by ContentContext: under a question the line is its answer
            } else if (p.equals("standalone")) {
                standalone = true; // checked by BlockClassifier: the match is a whole line, never wrapped
            } else {
                throw new IllegalArgumentException("unknown limit '" + p + "'");
            }
        }
        return new Limits(maxWords, noSentence, bullet, anywhere, digit, unasked, standalone);
    }

    /**
     * A one-word line between prose and a paragraph is where a subhead stands
     * ("Privacy", "Video"), so there a one-word label only counts when its row
     * says {@code anywhere} ("Advertisement").
     */
    boolean admit(Block block, boolean subheadPosition) {
        return block.words() <= maxWords && !(noSentence && block.sentence()) && !(bullet && !block.bulleted())
                && !(digit && block.text().chars().noneMatch(Character::isDigit))
                && !(subheadPosition && block.words() <= 1 && !anywhere);
    }
}

package org.copydesk.stage.blocks;

/**
 * Block features a pattern row asks for before its pattern is tried (the
 * {@code limits} column of boilerplate.tsv), e.g. {@code words<=12,nosentence}.
 */
record Limits(int maxWords, boolean noSentence, boolean bullet) {
    static final Limits NONE = new Limits(Integer.MAX_VALUE, false, false);

    static Limits parse(String spec) {
        if (spec.isBlank() || spec.equals("-")) {
            return NONE;
        }
        int maxWords = Integer.MAX_VALUE;
        boolean noSentence = false;
        boolean bullet = false;
        for (String part : spec.split(",")) {
            String p = part.strip();
            if (p.startsWith("words<=")) {
                maxWords = Integer.parseInt(p.substring("words<=".length()).strip());
            } else if (p.equals("nosentence")) {
                noSentence = true;
            } else if (p.equals("bullet")) {
                bullet = true;
            } else {
                throw new IllegalArgumentException("unknown limit '" + p + "'");
            }
        }
        return new Limits(maxWords, noSentence, bullet);
    }

    boolean admit(Block block) {
        return block.words() <= maxWords && !(noSentence && block.sentence()) && !(bullet && !block.bulleted());
    }
}

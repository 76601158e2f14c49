package org.copydesk.stage.artifacts;

/** Rule ids the code of the stage names (the tables name the rest) and the category of any rule id. */
final class Rules {
    static final String SPINNER = "spinner";
    static final String FALSE_FRIEND = "falsefriend";
    static final String CASING = "casing";
    static final String GENDER = "gender";

    static final String FALSE_FRIEND_CELEBRATE = "FALSE_FRIEND_CELEBRATE";
    static final String CASING_FUNCTION_WORD = "CASING_FUNCTION_WORD";
    static final String CASING_COMMON_WORD = "CASING_COMMON_WORD";
    static final String PRONOUN_GENDER = "PRONOUN_GENDER";

    private Rules() {
    }

    /** Category of a rule id, from its prefix; data files may add rule ids of the same families. */
    static String category(String rule) {
        if (rule.startsWith("SPIN_") || rule.startsWith("TORTURED_")) {
            return SPINNER;
        }
        if (rule.startsWith("FALSE_FRIEND")) {
            return FALSE_FRIEND;
        }
        if (rule.startsWith("CASING_")) {
            return CASING;
        }
        if (rule.startsWith("PRONOUN_")) {
            return GENDER;
        }
        throw new IllegalArgumentException("rule id " + rule + " belongs to no family of the artifacts stage"
                + " (prefixes SPIN_, TORTURED_, FALSE_FRIEND, CASING_, PRONOUN_)");
    }
}

package org.copydesk.rules;

/**
 * One registered rule: its stable id, the stage that owns it, its category, the
 * confidence it starts from before evidence adjusts it, what it does, and
 * whether it only ever reports ({@code finding}) or may change the text
 * ({@code edit}, {@code remove}).
 */
public record RuleInfo(String id, String stage, String category, double confidence, String action,
        String description) {
}

package org.copydesk.stage.blocks;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.copydesk.dict.Dictionaries;

/**
 * The rows of boilerplate.tsv in the order they are tried: user files first
 * (the last --dict directory first), then the bundled rows, each file in its
 * own order. The first row that matches a block decides its label.
 */
final class BlockRules {
    static final String FILE = "boilerplate.tsv";

    /** A rule that matched a block, with the metadata its groups carried. */
    record Hit(BlockRule rule, Map<String, String> metadata) {
    }

    private final List<BlockRule> rules;

    private BlockRules(List<BlockRule> rules) {
        this.rules = List.copyOf(rules);
    }

    static BlockRules load(Dictionaries dictionaries) {
        Map<String, List<BlockRule>> bySource = new LinkedHashMap<>();
        for (Dictionaries.Row row : dictionaries.table(FILE)) {
            bySource.computeIfAbsent(row.source(), k -> new ArrayList<>()).add(parse(row));
        }
        List<List<BlockRule>> sources = new ArrayList<>(bySource.values());
        Collections.reverse(sources);
        List<BlockRule> ordered = new ArrayList<>();
        sources.forEach(ordered::addAll);
        return new BlockRules(ordered);
    }

    List<BlockRule> rules() {
        return rules;
    }

    Optional<Hit> firstMatch(Block block, boolean subheadPosition, MetadataReader reader, boolean datelinesAllowed) {
        return firstMatch(block, rule -> datelinesAllowed || rule.label() != BlockRule.Label.DATELINE,
                subheadPosition, reader);
    }

    /**
     * The first row marked {@code standalone} that matches: for a line that seems to run on into the next (a
     * long line ending in a digit or a word, a long line under it), where the other rows are not tried.
     */
    Optional<Hit> firstStandaloneMatch(Block block, MetadataReader reader) {
        return firstMatch(block, rule -> rule.limits().standalone() && rule.label() != BlockRule.Label.DATELINE,
                false, reader);
    }

    /** The first of the rows {@code tried} admits that matches, in the rows' order. */
    private Optional<Hit> firstMatch(Block block, Predicate<BlockRule> tried, boolean subheadPosition,
                                     MetadataReader reader) {
        String folded = RequiredLiterals.fold(block.text());
        for (BlockRule rule : rules) {
            if (tried.test(rule)) {
                Optional<Map<String, String>> metadata = rule.match(block, subheadPosition, reader, folded);
                if (metadata.isPresent()) {
                    return Optional.of(new Hit(rule, metadata.get()));
                }
            }
        }
        return Optional.empty();
    }

    private static BlockRule parse(Dictionaries.Row row) {
        if (row.size() < 6) {
            throw row.error("expected label, rule, confidence, scope, limits, pattern [, note]");
        }
        try {
            BlockRule.Label label = BlockRule.Label.valueOf(row.get(0).toUpperCase(Locale.ROOT));
            String id = row.get(1);
            if (!id.matches("[A-Z][A-Z0-9_]*")) {
                throw row.error("rule id must be UPPER_SNAKE ASCII: " + id);
            }
            double confidence = Double.parseDouble(row.get(2));
            if (confidence < 0 || confidence > 1) {
                throw row.error("confidence must be within 0..1");
            }
            BlockRule.Scope scope = BlockRule.Scope.valueOf(row.get(3).toUpperCase(Locale.ROOT));
            Limits limits = Limits.parse(row.get(4));
            Pattern pattern = Pattern.compile(row.get(5));
            return new BlockRule(label, id, confidence, scope, limits, pattern, row.source() + ":" + row.line(),
                    RequiredLiterals.of(row.get(5)));
        } catch (PatternSyntaxException e) {
            throw row.error("bad RE2 pattern: " + e.getMessage());
        } catch (IllegalArgumentException e) {
            if (e.getMessage() != null && e.getMessage().startsWith(row.source())) {
                throw e;
            }
            throw row.error(e.getMessage());
        }
    }
}

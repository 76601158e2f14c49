package org.copydesk.testing;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.copydesk.CleanOptions;
import org.copydesk.CleanResult;
import org.copydesk.Copydesk;

/**
 * Time per stage of each adversarial case at two sizes: a stage whose time
 * grows much faster than its input (ratio well above the size ratio) is
 * super-linear. {@code java -cp target/test-classes:target/copydesk.jar
 * org.copydesk.testing.AdversarialProfile 0.05 0.1 [case...]}
 */
public final class AdversarialProfile {
    private AdversarialProfile() {
    }

    public static void main(String[] args) throws Exception {
        double small = Double.parseDouble(args[0]);
        double large = Double.parseDouble(args[1]);
        var names = args.length > 2 ? java.util.List.of(args).subList(2, args.length) : Adversarial.CASES;
        Copydesk desk = Copydesk.builder().build();
        desk.clean("Warm up: the minister\u2019s caf\u00e9 said.\n");
        for (String name : names) {
            Map<String, Long> a = profile(desk, Adversarial.build(name, small, Path.of("corpus")));
            Map<String, Long> b = profile(desk, Adversarial.build(name, large, Path.of("corpus")));
            StringBuilder sb = new StringBuilder(name + ":");
            for (var e : b.entrySet()) {
                long ms = e.getValue() / 1_000_000;
                long msSmall = a.getOrDefault(e.getKey(), 0L) / 1_000_000;
                if (ms >= 50) {
                    sb.append(String.format(Locale.ROOT, " %s=%d->%dms", e.getKey(), msSmall, ms));
                }
            }
            System.out.println(sb);
        }
    }

    private static Map<String, Long> profile(Copydesk desk, String text) {
        Map<String, Long> times = new LinkedHashMap<>();
        CleanResult r = desk.pipeline().run(text, CleanOptions.defaults(), (stage, nanos) -> times.merge(stage, nanos, Long::sum));
        times.put("edits", (long) r.edits().size() * 1_000_000);
        return times;
    }
}

package org.chainatlas.bench;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Entry of {@code bin/bench}: runs the named suite with its options and saves the figures. */
public final class Bench {

    private Bench() {
    }

    public static void main(String[] raw) throws Exception {
        List<String> args = Arrays.stream(String.join(" ", raw).trim().split("\\s+")).filter(s -> !s.isEmpty()).toList();
        String suite = args.isEmpty() ? "all" : args.getFirst();
        Map<String, String> options = new HashMap<>();
        for (int i = 1; i + 1 < args.size(); i += 2) {
            options.put(args.get(i).replaceFirst("^--", ""), args.get(i + 1));
        }
        int enterprises = Integer.parseInt(options.getOrDefault("enterprises", "1000000"));
        int parks = Integer.parseInt(options.getOrDefault("parks", "3000"));
        int queries = Integer.parseInt(options.getOrDefault("queries", "200"));
        switch (suite) {
            case "load" -> LoadBench.run(enterprises, parks);
            case "search" -> SearchBench.run(enterprises, parks, queries);
            case "matching" -> org.chainatlas.matching.internal.MatchingBench.run(enterprises, parks, queries);
            case "scheduling" -> runByName("org.chainatlas.event.internal.SchedulingBench", options);
            case "import" -> runByName("org.chainatlas.importing.internal.ImportBench", options);
            case "evaluation" -> EvaluationBench.run(options);
            case "http" -> HttpLoadBench.run(options);
            case "start" -> runByName("org.chainatlas.enterprise.internal.StartBench", options);
            case "all" -> {
                LoadBench.run(enterprises, parks);
                SearchBench.run(enterprises, parks, queries);
                org.chainatlas.matching.internal.MatchingBench.run(enterprises, parks, queries);
            }
            default -> throw new IllegalArgumentException("unknown suite '" + suite
                    + "': use load, search, matching, scheduling, import, evaluation, http, start or all");
        }
        System.exit(0);
    }

    private static void runByName(String type, Map<String, String> options) throws Exception {
        Class.forName(type).getMethod("run", Map.class).invoke(null, options);
    }
}

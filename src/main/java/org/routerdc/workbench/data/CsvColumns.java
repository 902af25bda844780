package org.routerdc.workbench.data;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What each column of a wide (RouterBench-style) CSV header means. Recognised: a prompt column
 * ({@code prompt|question|query}), {@code sample_id|id}, {@code eval_name|task}, {@code cluster_id},
 * {@code <llm>|total_cost}; ignored: an unnamed index column, {@code Unnamed: 0}, {@code <llm>|model_response}
 * and any other {@code a|b} column, {@code oracle_model_to_route_to}; every other column is an LLM's score.
 */
record CsvColumns(int prompt, int id, int task, int cluster, Map<String, Integer> scores, Map<String, Integer> costs,
                  int width, List<CsvColumns.Problem> problems) {

    static CsvColumns of(List<String> header) {
        int prompt = -1, id = -1, task = -1, cluster = -1;
        Map<String, Integer> scores = new LinkedHashMap<>();
        Map<String, Integer> costs = new LinkedHashMap<>();
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).strip();
            String key = name.toLowerCase(Locale.ROOT);
            switch (key) {
                case "", "unnamed: 0", "index", "oracle_model_to_route_to" -> { }
                case "prompt", "question", "query" -> prompt = first(prompt, i, name, problems);
                case "sample_id", "id" -> id = first(id, i, name, problems);
                case "eval_name", "task" -> task = first(task, i, name, problems);
                case "cluster_id" -> cluster = first(cluster, i, name, problems);
                default -> {
                    int bar = name.lastIndexOf('|');
                    if (bar < 0) {
                        put(scores, name, i, problems);
                    } else if (key.endsWith("|total_cost")) {
                        put(costs, name.substring(0, bar), i, problems);
                    }
                }
            }
        }
        if (prompt < 0) {
            problems.add(new Problem("prompt",
                    "no prompt column (expected one named prompt, question or query) among " + header));
        }
        if (scores.isEmpty()) {
            problems.add(new Problem(null, "no LLM score columns found among " + header));
        }
        for (String llm : costs.keySet()) {
            if (!scores.containsKey(llm)) {
                problems.add(new Problem(llm + "|total_cost", "cost column without a score column '" + llm + "'"));
            }
        }
        if (!costs.isEmpty()) {
            for (String llm : scores.keySet()) {
                if (!costs.containsKey(llm)) {
                    problems.add(new Problem(llm, "LLM has no '" + llm + "|total_cost' column while others do"));
                }
            }
        }
        return new CsvColumns(prompt, id, task, cluster, scores, costs, header.size(), problems);
    }

    private static int first(int current, int index, String name, List<Problem> problems) {
        if (current >= 0) {
            problems.add(new Problem(name,
                    "more than one such column (columns " + (current + 1) + " and " + (index + 1) + ")"));
            return current;
        }
        return index;
    }

    private static void put(Map<String, Integer> map, String llm, int index, List<Problem> problems) {
        if (map.putIfAbsent(llm, index) != null) {
            problems.add(new Problem(llm, "duplicate column"));
        }
    }

    /** A header problem: the column concerned (or null) and what is wrong. */
    record Problem(String column, String message) {
    }
}

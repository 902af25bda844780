package org.routerdc.workbench.app.embeddings;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** A clustered random map (Gaussian blobs, one per group, with LLM markers) for the benchmark, tests and demos. */
public final class SyntheticMap {
    private static final String[] WORDS = {"integral", "protein", "poem", "matrix", "court", "orbit", "recipe",
            "theorem", "python", "history", "enzyme", "market", "grammar", "circuit", "climate", "novel"};

    private SyntheticMap() {
    }

    public static MapModel clustered(int points, int groups, long seed) {
        Random random = new Random(seed);
        double[][] centres = new double[groups][];
        for (int g = 0; g < groups; g++) {
            double angle = 2 * Math.PI * g / groups;
            centres[g] = new double[]{Math.cos(angle) * 30 + random.nextGaussian() * 4,
                    Math.sin(angle) * 30 + random.nextGaussian() * 4, 3 + random.nextDouble() * 5};
        }
        double[][] xy = new double[points][];
        int[] category = new int[points];
        String[] texts = new String[points];
        double[][] scores = new double[points][];
        List<String> llms = List.of("mistralai/Mistral-7B-v0.1", "meta-math/MetaMath-Mistral-7B",
                "meta-llama/Meta-Llama-3-8B");
        for (int i = 0; i < points; i++) {
            int g = random.nextInt(groups);
            category[i] = g;
            xy[i] = new double[]{centres[g][0] + random.nextGaussian() * centres[g][2],
                    centres[g][1] + random.nextGaussian() * centres[g][2]};
            texts[i] = "query " + i + " about " + WORDS[g % WORDS.length] + " and " + WORDS[random.nextInt(WORDS.length)];
            scores[i] = new double[]{random.nextInt(2), random.nextInt(2), Math.round(random.nextDouble() * 10) / 10.0};
        }
        List<String> names = new ArrayList<>();
        for (int g = 0; g < groups; g++) {
            names.add("dataset " + (char) ('A' + g % 26) + (g >= 26 ? String.valueOf(g / 26) : ""));
        }
        List<MapModel.Marker> markers = new ArrayList<>();
        for (int m = 0; m < llms.size(); m++) {
            double angle = 2 * Math.PI * m / llms.size() + 0.4;
            markers.add(new MapModel.Marker(llms.get(m).substring(llms.get(m).indexOf('/') + 1),
                    Math.cos(angle) * 12, Math.sin(angle) * 12));
        }
        return MapModel.of(xy, category, names, texts, scores, llms, markers);
    }
}

package org.routerdc.workbench.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.routerdc.workbench.train.SeededRandom;

/** Seeded k-fold split of training rows, stratified by dataset so every fold holds a share of each. */
public record Folds(int[] foldOf, int count) {
    public static Folds stratified(int[] datasetIndex, int count, long seed) {
        SeededRandom random = new SeededRandom(seed);
        int datasets = IntStream.of(datasetIndex).max().orElse(-1) + 1;
        int[] foldOf = new int[datasetIndex.length];
        int offset = 0;
        for (int d = 0; d < datasets; d++) {
            List<Integer> rows = new ArrayList<>();
            for (int i = 0; i < datasetIndex.length; i++) {
                if (datasetIndex[i] == d) {
                    rows.add(i);
                }
            }
            for (int i = rows.size() - 1; i > 0; i--) {
                java.util.Collections.swap(rows, i, random.nextInt(i + 1));
            }
            for (int k = 0; k < rows.size(); k++) {
                foldOf[rows.get(k)] = (k + offset) % count;
            }
            offset += rows.size();
        }
        return new Folds(foldOf, count);
    }

    public int[] heldOut(int fold) {
        return IntStream.range(0, foldOf.length).filter(i -> foldOf[i] == fold).toArray();
    }

    public int[] trainedOn(int fold) {
        return IntStream.range(0, foldOf.length).filter(i -> foldOf[i] != fold).toArray();
    }
}

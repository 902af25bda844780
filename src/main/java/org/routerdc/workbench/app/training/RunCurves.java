package org.routerdc.workbench.app.training;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A run's loss curves (one row per step) and its evaluations. Growing arrays; FX thread only. */
public final class RunCurves {
    /** Selection accuracy (percent) per dataset and on average at one step. */
    public record Evaluation(int step, Map<String, Double> accuracy, double average) {
        public Evaluation {
            accuracy = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(accuracy));
        }
    }

    /** A cross-validation fold's held-out accuracy (percent, averaged over datasets) at one step; fold from 1. */
    public record FoldEvaluation(int fold, int step, double average) {
    }

    private double[] steps = new double[64];
    private double[] total = new double[64];
    private double[] sampleLlm = new double[64];
    private double[] sampleSample = new double[64];
    private int size;
    private final List<Evaluation> evaluations = new ArrayList<>();
    private final List<FoldEvaluation> foldEvaluations = new ArrayList<>();

    public void addStep(int step, double loss, double llmLoss, double sampleLoss) {
        if (size == steps.length) {
            int grown = size * 2;
            steps = Arrays.copyOf(steps, grown);
            total = Arrays.copyOf(total, grown);
            sampleLlm = Arrays.copyOf(sampleLlm, grown);
            sampleSample = Arrays.copyOf(sampleSample, grown);
        }
        steps[size] = step;
        total[size] = loss;
        sampleLlm[size] = llmLoss;
        sampleSample[size] = sampleLoss;
        size++;
    }

    public void addEvaluation(Evaluation evaluation) {
        evaluations.add(evaluation);
    }

    public void addFoldEvaluation(FoldEvaluation evaluation) {
        foldEvaluations.add(evaluation);
    }

    public List<FoldEvaluation> foldEvaluations() {
        return List.copyOf(foldEvaluations);
    }

    /** Drops what came after {@code step} (a resumed run repeats the steps after its last checkpoint). */
    public void truncateAfter(int step) {
        while (size > 0 && steps[size - 1] > step) {
            size--;
        }
        evaluations.removeIf(e -> e.step() > step);
    }

    public int size() {
        return size;
    }

    public double[] steps() {
        return Arrays.copyOf(steps, size);
    }

    public double[] total() {
        return Arrays.copyOf(total, size);
    }

    public double[] sampleLlm() {
        return Arrays.copyOf(sampleLlm, size);
    }

    public double[] sampleSample() {
        return Arrays.copyOf(sampleSample, size);
    }

    public List<Evaluation> evaluations() {
        return List.copyOf(evaluations);
    }

    /** Dataset names in the order they first appear. */
    public List<String> datasets() {
        Set<String> names = new LinkedHashSet<>();
        evaluations.forEach(e -> names.addAll(e.accuracy().keySet()));
        return List.copyOf(names);
    }

    /** Rows {step, total, sample-LLM, sample-sample}, min/max-downsampled on the total loss to about 2·buckets rows. */
    public double[][] rows(int buckets) {
        int[] keep = CurveMath.minMaxIndices(total(), buckets);
        double[][] rows = new double[keep.length][];
        for (int r = 0; r < keep.length; r++) {
            int i = keep[r];
            rows[r] = new double[]{steps[i], total[i], sampleLlm[i], sampleSample[i]};
        }
        return rows;
    }

    public static RunCurves of(double[][] rows, List<Evaluation> evaluations, List<FoldEvaluation> foldEvaluations) {
        RunCurves curves = new RunCurves();
        if (rows != null) {
            for (double[] row : rows) {
                curves.addStep((int) row[0], row[1], row[2], row[3]);
            }
        }
        if (evaluations != null) {
            evaluations.forEach(curves::addEvaluation);
        }
        if (foldEvaluations != null) {
            foldEvaluations.forEach(curves::addFoldEvaluation);
        }
        return curves;
    }
}

package org.routerdc.workbench.route;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.routerdc.workbench.encode.DevicePreference;
import org.routerdc.workbench.encode.EncoderInfo;
import org.routerdc.workbench.encode.EncoderOptions;
import org.routerdc.workbench.encode.OnnxTextEncoder;
import org.routerdc.workbench.encode.Pooling;
import org.routerdc.workbench.encode.TextEncoder;
import org.routerdc.workbench.eval.NearestNeighbours;
import org.routerdc.workbench.policy.RoutingPolicy;

/** A loaded router with its encoder: routes query texts. Close it to free the encoder. */
public final class Router implements AutoCloseable {
    private final LoadedRouter bundle;
    private final TextEncoder encoder;

    public Router(LoadedRouter bundle, TextEncoder encoder) throws BundleException {
        EncoderRef wanted = bundle.manifest().encoder();
        EncoderInfo actual = encoder.info();
        if (!actual.sha256().equals(wanted.sha256())) {
            throw new BundleException(bundle.folder() + ": trained with encoder " + wanted.id() + " (SHA-256 " + wanted.sha256()
                    + ") but the encoder given is " + actual.id() + " (SHA-256 " + actual.sha256() + ")");
        }
        this.bundle = bundle;
        this.encoder = encoder;
    }

    /** Opens a bundle and the encoder it names (the bundled model, or the folder it was trained with). */
    public static Router open(Path folder, DevicePreference device) throws BundleException {
        LoadedRouter bundle = RouterBundles.load(folder);
        try {
            return new Router(bundle, openEncoder(bundle.manifest().encoder(), folder, device));
        } catch (IOException e) {
            throw new BundleException(folder + ": cannot open its encoder: " + e.getMessage(), e);
        }
    }

    /** @param bundleFolder the router bundle the ref came from; needed for a fine-tuned encoder stored inside it */
    public static TextEncoder openEncoder(EncoderRef ref, Path bundleFolder, DevicePreference device) throws IOException {
        EncoderOptions options = EncoderOptions.defaults().withPooling(Pooling.valueOf(ref.pooling()))
                .withMaxLength(ref.maxLength()).withDevice(device);
        if (ref.insideBundle()) {
            if (bundleFolder == null) {
                throw new IOException("the encoder is stored inside its router bundle (" + ref.location()
                        + "); open it with the bundle folder");
            }
            return OnnxTextEncoder.fromFolder(ref.folderIn(bundleFolder), options);
        }
        return EncoderRef.BUNDLED.equals(ref.location())
                ? OnnxTextEncoder.bundled(options) : OnnxTextEncoder.fromFolder(Path.of(ref.location()), options);
    }

    public static EncoderRef describe(TextEncoder encoder, Path folderOrNull) {
        EncoderInfo info = encoder.info();
        return new EncoderRef(info.id(), info.sha256(), info.pooling().name(), info.maxLength(), info.dimension(),
                folderOrNull == null ? EncoderRef.BUNDLED : folderOrNull.toAbsolutePath().toString());
    }

    public RoutingDecision route(String query, int nearestCount) {
        float[] embedding = encoder.encode(query);
        return decide(query, embedding, nearestCount);
    }

    /** Ranks the LLMs for an already-encoded query. */
    public RoutingDecision decide(String query, float[] embedding, int nearestCount) {
        double[] scores = bundle.router().scores(embedding);
        RoutingPolicy policy = bundle.policy();
        double[] expected = policy == null ? null : policy.expected(scores, embedding);
        double max = java.util.Arrays.stream(scores).max().orElse(0);
        double sum = 0;
        for (double score : scores) {
            sum += Math.exp(score - max);
        }
        // best first by what decides (the same values as choose): the policy's mix, or the head's scores
        double[] deciding = policy == null || policy.headDecides() ? scores : policy.mix(scores, embedding);
        Integer[] order = new Integer[scores.length];
        for (int t = 0; t < order.length; t++) {
            order[t] = t;
        }
        java.util.Arrays.sort(order, Comparator.comparingDouble((Integer t) -> deciding[t]).reversed());
        List<RankedLlm> ranked = new ArrayList<>();
        for (int t : order) {
            ranked.add(new RankedLlm(bundle.router().llms().get(t), scores[t], Math.exp(scores[t] - max) / sum,
                    expected == null ? Double.NaN : expected[t]));
        }
        return new RoutingDecision(query, ranked, embedding, nearest(embedding, nearestCount));
    }

    private List<NearQuery> nearest(float[] embedding, int count) {
        TrainingIndex index = bundle.trainingIndex();
        if (index == null || count <= 0) {
            return List.of();
        }
        List<NearQuery> result = new ArrayList<>();
        for (int i : NearestNeighbours.topK(embedding, index.embeddings(), count)) {
            result.add(new NearQuery(index.texts().get(i), index.datasets().get(i),
                    NearestNeighbours.dot(embedding, index.embeddings()[i]), index.scores()[i]));
        }
        return result;
    }

    /** The chosen LLM index for an already-encoded query, by the policy (the head alone without one). */
    public static int choose(org.routerdc.workbench.train.TrainedRouter router, RoutingPolicy policy, float[] embedding) {
        return policy == null ? router.route(embedding) : policy.route(router.scores(embedding), embedding);
    }

    public LoadedRouter bundle() {
        return bundle;
    }

    public TextEncoder encoder() {
        return encoder;
    }

    @Override
    public void close() {
        encoder.close();
    }
}

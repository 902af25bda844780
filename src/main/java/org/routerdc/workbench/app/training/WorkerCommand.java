package org.routerdc.workbench.app.training;

import org.routerdc.workbench.data.ScoreTable;
import org.routerdc.workbench.encode.CacheDirs;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The command line of a training worker: this JVM's java and classpath running {@code Launcher train --events json}.
 * A separate process, so a crash or out-of-memory in native training code cannot take the app down.
 */
public final class WorkerCommand {
    private WorkerCommand() {
    }

    /** How a table is passed to the worker: {@code file=metric}, with the metric the user set in the Data view. */
    public static String fileArgument(ScoreTable table) {
        Objects.requireNonNull(table.source(), () -> table.name() + " was not read from a file");
        return table.source().toAbsolutePath() + "=" + table.metric().label();
    }

    /**
     * @param files       the training files as {@link #fileArgument} writes them
     * @param router      the bundle folder to write ({@code *.router})
     * @param checkpoints the checkpoint folder (kept for resume)
     */
    public static List<String> train(TrainingSettings settings, List<String> files, Path router, Path checkpoints,
                                     boolean resume) {
        return train(javaPrefix(), settings, files, router, checkpoints, resume);
    }

    /** As {@link #train(TrainingSettings, List, Path, Path, boolean)}, started by {@code prefix} instead of this JVM's launcher. */
    public static List<String> train(List<String> prefix, TrainingSettings settings, List<String> files, Path router,
                                     Path checkpoints, boolean resume) {
        List<String> command = new ArrayList<>(prefix);
        command.add("train");
        command.add("--events");
        command.add("json");
        command.add("--train");
        command.addAll(files);
        command.add("--out");
        command.add(router.toAbsolutePath().toString());
        command.add("--checkpoints");
        command.add(checkpoints.toAbsolutePath().toString());
        command.addAll(settings.arguments());
        if (resume) {
            command.add("--resume");
        }
        return command;
    }

    /**
     * java, the JVM flags the engine needs, the classpath and the main class; inside a jpackage app image (which has
     * no bin/java) the app's own launcher, whose JVM options come from its configuration and which runs the command
     * line when given arguments.
     */
    public static List<String> javaPrefix() {
        String packagedLauncher = System.getProperty("jpackage.app-path");
        if (packagedLauncher != null && !packagedLauncher.isBlank()) {
            return List.of(packagedLauncher);
        }
        String java = ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        List<String> prefix = new ArrayList<>(List.of(java, "--enable-native-access=ALL-UNNAMED", "-Dai.djl.offline=true",
                "-Dai.djl.pytorch.num_threads=" + Runtime.getRuntime().availableProcessors(),
                "-Dai.djl.pytorch.num_interop_threads=1"));
        String cache = System.getProperty(CacheDirs.PROPERTY);
        if (cache != null && !cache.isBlank()) {
            prefix.add("-D" + CacheDirs.PROPERTY + "=" + cache);
        }
        prefix.add("-cp");
        prefix.add(System.getProperty("java.class.path"));
        prefix.add("org.routerdc.workbench.Launcher");
        return prefix;
    }
}

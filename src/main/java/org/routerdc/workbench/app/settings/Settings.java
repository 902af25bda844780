package org.routerdc.workbench.app.settings;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything the app remembers between runs. Immutable: change it with the {@code with...} methods.
 *
 * @param window           last main-window placement
 * @param theme            "light" or "dark"
 * @param recentFiles      most recent first, at most {@link #MAX_RECENT}
 * @param lastFolder       folder of the last file chooser, or null
 * @param trainingSettings last training settings, name to value (owned by the Train view)
 * @param layout           split-pane divider positions and table column widths by key (see LayoutMemory)
 * @param strictLoading    the Data view refuses tables with holes (missing scores), as the command line's --strict
 * @param prices           the price editor's last complete prices per query, LLM name to cost
 */
public record Settings(WindowPlacement window, String theme, List<String> recentFiles, String lastFolder,
                       Map<String, String> trainingSettings, Map<String, List<Double>> layout, boolean strictLoading,
                       Map<String, Double> prices) {
    public static final int MAX_RECENT = 10;

    public Settings {
        window = window == null ? WindowPlacement.DEFAULT : window;
        theme = theme == null ? "light" : theme;
        recentFiles = recentFiles == null ? List.of() : List.copyOf(recentFiles);
        trainingSettings = trainingSettings == null ? Map.of() : Map.copyOf(trainingSettings);
        layout = layout == null ? Map.of() : Map.copyOf(layout);
        prices = prices == null ? Map.of() : Map.copyOf(prices);
    }

    public static Settings defaults() {
        return new Settings(WindowPlacement.DEFAULT, "light", List.of(), null, Map.of(), Map.of(), false, Map.of());
    }

    public Settings withWindow(WindowPlacement placement) {
        return new Settings(placement, theme, recentFiles, lastFolder, trainingSettings, layout, strictLoading, prices);
    }

    public Settings withTheme(String newTheme) {
        return new Settings(window, newTheme, recentFiles, lastFolder, trainingSettings, layout, strictLoading, prices);
    }

    public Settings withLastFolder(String folder) {
        return new Settings(window, theme, recentFiles, folder, trainingSettings, layout, strictLoading, prices);
    }

    public Settings withTrainingSettings(Map<String, String> values) {
        return new Settings(window, theme, recentFiles, lastFolder, new LinkedHashMap<>(values), layout, strictLoading, prices);
    }

    public Settings withLayout(Map<String, List<Double>> newLayout) {
        return new Settings(window, theme, recentFiles, lastFolder, trainingSettings, newLayout, strictLoading, prices);
    }

    public Settings withStrictLoading(boolean strict) {
        return new Settings(window, theme, recentFiles, lastFolder, trainingSettings, layout, strict, prices);
    }

    public Settings withPrices(Map<String, Double> newPrices) {
        return new Settings(window, theme, recentFiles, lastFolder, trainingSettings, layout, strictLoading, newPrices);
    }

    /** Puts {@code file} first, drops an older entry of it, keeps at most {@link #MAX_RECENT}. */
    public Settings withRecentFile(String file) {
        List<String> files = new ArrayList<>(recentFiles);
        files.remove(file);
        files.addFirst(file);
        return new Settings(window, theme, files.subList(0, Math.min(MAX_RECENT, files.size())), lastFolder,
                trainingSettings, layout, strictLoading, prices);
    }

    public Settings withoutRecentFile(String file) {
        List<String> files = new ArrayList<>(recentFiles);
        files.remove(file);
        return new Settings(window, theme, files, lastFolder, trainingSettings, layout, strictLoading, prices);
    }
}

package org.routerdc.workbench.cli;

import java.io.PrintWriter;
import java.util.List;
import org.routerdc.workbench.data.DataError;
import org.routerdc.workbench.data.DataSource;
import org.routerdc.workbench.data.LoadResult;
import org.routerdc.workbench.data.ScoreTable;
import org.routerdc.workbench.data.ScoreTables;

/** Turns FILE[=binary|graded] arguments into loaded tables, or a user error listing every problem. */
final class DataArguments {
    private DataArguments() {
    }

    static List<ScoreTable> load(List<String> arguments, String option, PrintWriter err) {
        return load(arguments, option, err, false);
    }

    /**
     * @param strict refuse tables with holes (missing scores) instead of loading them with a warning, which goes to
     *               {@code err} as {@code warning: file:line: ...}
     */
    static List<ScoreTable> load(List<String> arguments, String option, PrintWriter err, boolean strict) {
        if (arguments == null || arguments.isEmpty()) {
            throw new UserError(option + " needs at least one score table file");
        }
        List<DataSource> sources = arguments.stream().map(DataSource::parse).toList();
        LoadResult result = ScoreTables.readAll(sources, strict);
        if (result.hasErrors()) {
            List<DataError> errors = result.errors();
            for (int i = 1; i < errors.size(); i++) {
                err.println("  " + errors.get(i).describe());
            }
            throw new UserError(errors.getFirst().describe()
                    + (errors.size() > 1 ? " (" + (errors.size() - 1) + " more problems listed above)" : ""));
        }
        result.warnings().forEach(warning -> err.println("warning: " + warning.describe()));
        err.flush();
        return result.tables();
    }
}

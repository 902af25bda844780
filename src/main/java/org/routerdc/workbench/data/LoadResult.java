package org.routerdc.workbench.data;

import java.util.List;

/**
 * What {@link ScoreTables#readAll} loaded: the valid tables (all with the first table's LLM order) and the errors
 * of the files it rejected.
 */
public record LoadResult(List<ScoreTable> tables, List<DataError> errors) {
    public LoadResult {
        tables = List.copyOf(tables);
        errors = List.copyOf(errors);
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    /** The loaded tables' warnings (holes), one per file at most. */
    public List<DataError> warnings() {
        return tables.stream().flatMap(table -> table.warnings().stream()).toList();
    }
}

package org.routerdc.workbench.data;

/** The score-table file formats the readers understand. */
enum TableFormat {
    /** A JSON array of {@code {"question", "scores", "cluster_id"?}} objects (the RouterDC repository's files). */
    ROUTERDC_JSON,
    /** One row object per line. */
    JSON_LINES,
    /** RouterBench-style wide CSV/TSV: one score column per LLM. */
    WIDE_CSV
}

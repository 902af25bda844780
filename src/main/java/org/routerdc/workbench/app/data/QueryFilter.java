package org.routerdc.workbench.app.data;

import org.routerdc.workbench.app.TextMatch;
import org.routerdc.workbench.data.QueryRow;

import java.util.Locale;
import java.util.function.Predicate;

/** Case-insensitive substring match on a query's text, id or task, without allocating per row (100k rows stay quick). */
public final class QueryFilter {
    private QueryFilter() {
    }

    /** Everything when {@code query} is blank. */
    public static Predicate<QueryRow> matching(String query) {
        String needle = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        if (needle.isEmpty()) {
            return row -> true;
        }
        return row -> contains(row.text(), needle) || contains(row.id(), needle) || contains(row.task(), needle);
    }

    private static boolean contains(String haystack, String needle) {
        return TextMatch.containsIgnoreCase(haystack, needle);
    }
}

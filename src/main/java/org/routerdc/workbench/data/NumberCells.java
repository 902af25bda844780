package org.routerdc.workbench.data;

/**
 * Turns raw score, cost and cluster values into numbers. Accepted for scores and costs: JSON numbers, numeric
 * strings ("0.5", trimmed) and booleans (true = 1, false = 0, as some exports write pass/fail). Rejected: NaN,
 * infinities, empty cells, other text, objects and arrays.
 */
final class NumberCells {
    private NumberCells() {
    }

    /** Thrown with a user-facing reason when a value is not an acceptable number. */
    static final class NotANumber extends Exception {
        NotANumber(String message) {
            super(message, null, false, false);
        }
    }

    /** An empty cell or a JSON null: a hole, which a lenient load keeps as {@link QueryRow#MISSING}. */
    static boolean isMissing(Object raw) {
        return raw == null || raw instanceof String s && s.isBlank();
    }

    static double finite(Object raw) throws NotANumber {
        double value = switch (raw) {
            case null -> throw new NotANumber("value is missing (null or empty)");
            case Double d -> d;
            case Boolean b -> b ? 1.0 : 0.0;
            case String s -> parse(s);
            case RawRow.Unreadable u -> throw new NotANumber("expected a number, found " + u.found());
            default -> throw new NotANumber("expected a number, found " + raw);
        };
        if (Double.isNaN(value)) {
            throw new NotANumber("value is NaN, expected a finite number");
        }
        if (Double.isInfinite(value)) {
            throw new NotANumber("value is infinite, expected a finite number");
        }
        return value;
    }

    private static double parse(String text) throws NotANumber {
        String trimmed = text.trim();
        if (trimmed.isEmpty()) {
            throw new NotANumber("value is missing (empty)");
        }
        try {
            return Double.parseDouble(trimmed);
        } catch (NumberFormatException e) {
            throw new NotANumber("expected a number, found '" + shorten(trimmed) + "'");
        }
    }

    /** Cluster ids: whole numbers &gt;= 0; null/empty means no cluster. */
    static int clusterId(Object raw) throws NotANumber {
        if (raw == null || raw instanceof String s && s.isBlank()) {
            return QueryRow.NO_CLUSTER;
        }
        double value = raw instanceof Boolean ? Double.NaN : finite(raw);
        if (value != Math.rint(value) || value < 0 || value > Integer.MAX_VALUE) {
            throw new NotANumber("expected a whole number >= 0, found " + (raw instanceof String s ? "'" + s + "'" : raw));
        }
        return (int) value;
    }

    static String shorten(String text) {
        return text.length() <= 40 ? text : text.substring(0, 37) + "...";
    }
}

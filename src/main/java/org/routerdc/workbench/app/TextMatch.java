package org.routerdc.workbench.app;

/** Case-insensitive substring test without allocating, for filtering many rows or points per keystroke. */
public final class TextMatch {
    private TextMatch() {
    }

    /** Whether {@code haystack} contains {@code needle}, ignoring case; a null haystack contains nothing. */
    public static boolean containsIgnoreCase(String haystack, String needle) {
        if (haystack == null) {
            return false;
        }
        if (needle.isEmpty()) {
            return true;
        }
        char lower = Character.toLowerCase(needle.charAt(0));
        char upper = Character.toUpperCase(needle.charAt(0));
        int last = haystack.length() - needle.length();
        for (int start = 0; start <= last; start++) {
            char c = haystack.charAt(start);
            // cheap first-character test before the full case-insensitive comparison
            if ((c == lower || c == upper) && haystack.regionMatches(true, start, needle, 0, needle.length())) {
                return true;
            }
        }
        return false;
    }
}

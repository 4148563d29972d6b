package org.sunshine.base.list;

/**
 * A count that stops at the cap: {@code SELECT COUNT(*) FROM (SELECT 1 FROM … WHERE … LIMIT cap + 1) t} reads at most
 * cap + 1 index entries, however many rows match, and is exact below the cap ({@link ListSize#bounded}).
 */
public final class BoundedCount {

    private BoundedCount() {
    }

    /**
     * The SQL of a bounded count of {@code fromWhere} ("FROM complaint WHERE …"); its last parameter is the limit,
     * {@link #limit}.
     */
    public static String sql(String fromWhere) {
        return "SELECT COUNT(*) FROM (SELECT 1 " + fromWhere + " LIMIT ?) bounded";
    }

    /** The limit to bind: one row more than the cap, to tell "exactly the cap" from "more". */
    public static int limit(ListSettings settings) {
        return settings.countCap() + 1;
    }
}

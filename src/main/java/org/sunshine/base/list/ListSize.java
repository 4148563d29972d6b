package org.sunshine.base.list;

/**
 * How many rows a list holds, as far as it is cheap to know: exactly (counted below the cap), about (a total kept
 * elsewhere, such as the monthly statistics), or more than the cap (counting on would read the rows).
 *
 * @param count the number counted or estimated; for {@link Kind#OVER} the cap
 */
public record ListSize(long count, Kind kind) {

    public enum Kind {
        /** counted */
        EXACT,
        /** a total kept elsewhere: close, perhaps minutes old */
        ABOUT,
        /** more than {@code count}, which is the cap */
        OVER
    }

    public static ListSize exact(long count) {
        return new ListSize(count, Kind.EXACT);
    }

    public static ListSize about(long count) {
        return new ListSize(count, Kind.ABOUT);
    }

    public static ListSize over(long cap) {
        return new ListSize(cap, Kind.OVER);
    }

    public boolean exact() {
        return kind == Kind.EXACT;
    }

    /** A count made of at most {@code cap + 1} rows: exact up to the cap, over it otherwise. */
    public static ListSize bounded(long counted, long cap) {
        return counted > cap ? over(cap) : exact(counted);
    }
}

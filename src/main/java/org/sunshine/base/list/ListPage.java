package org.sunshine.base.list;

import io.micronaut.core.annotation.Nullable;

import java.util.ArrayList;
import java.util.List;

/**
 * One page of a list, as a grid asks for it: {@code limit} rows from row {@code offset} (from 0), and, when the
 * screen served the page before, the sort key of the row just before it — then the list seeks to that key instead of
 * counting {@code offset} rows off an index.
 *
 * <p>
 * A page far down a long list that the screen has no key for may be read <em>from the list's end</em> when the screen
 * knows the list's size ({@code total}): the rows in the opposite order, skipping {@link #fromEnd()} rows from the
 * end, so that the last rows of a million are found at once instead of after a million-row skip. With a size that is
 * an estimate (a total minutes old) the rows reached so are placed by the estimate: a row filed since is seen at the
 * top, and the rows read from the front and from the end may overlap or miss each other by that many where they meet
 * (docs/architecture.md, "Lists at a million").
 *
 * @param after the sort key of row {@code offset - 1}, or {@code null} when the screen does not have it
 * @param total the list's size as the screen shows it, or {@link #UNKNOWN}
 */
public record ListPage(long offset, int limit, @Nullable Key after, long total) {

    /** The list's size is not known (it is over the lists' cap). */
    public static final long UNKNOWN = -1;

    public ListPage {
        if (offset < 0 || limit < 1) {
            throw new IllegalArgumentException("offset " + offset + ", limit " + limit);
        }
    }

    public ListPage(long offset, int limit, @Nullable Key after) {
        this(offset, limit, after, UNKNOWN);
    }

    /**
     * Whether this page is nearer the list's end than its start, without a key to seek: then it is cheaper read from
     * the end ({@link #fromEnd()} rows skipped there, {@link #limitFromEnd()} rows read, in the opposite order).
     */
    public boolean nearEnd() {
        return after == null && total > 0 && offset > total / 2;
    }

    /** The rows after this page to the list's end (0 when the page reaches past it). */
    public long fromEnd() {
        return Math.max(0, total - offset - limit);
    }

    /** The rows of this page that lie before the list's end: fewer than {@link #limit} for its last page, maybe 0. */
    public int limitFromEnd() {
        return (int) Math.max(0, Math.min(limit, total - offset));
    }

    /** The first {@code limit} rows. */
    public static ListPage first(int limit) {
        return new ListPage(0, limit, null);
    }

    /** Reads numbered pages of {@code size} rows (from 0), for a list that can only be read so. */
    @FunctionalInterface
    public interface Numbered<T> {
        List<T> read(int number, int size);
    }

    /**
     * This page read from numbered pages of its own size: one page when its offset falls on a page's start (as a
     * grid asks), else the two it spans, cut to it.
     */
    public <T> List<T> fromNumbered(Numbered<T> pages) {
        int number = (int) (offset / limit);
        int skip = (int) (offset - (long) number * limit);
        List<T> rows = new ArrayList<>(pages.read(number, limit));
        if (skip == 0) {
            return rows;
        }
        if (rows.size() == limit) {
            rows.addAll(pages.read(number + 1, limit));
        }
        return rows.subList(Math.min(skip, rows.size()), Math.min(skip + limit, rows.size()));
    }

    /**
     * A row's place in a list's order: the value it is sorted by (a time, a date, or {@code null} when the order puts
     * rows without one apart) and its id, which breaks ties.
     */
    public record Key(@Nullable Object value, long id) {
    }
}

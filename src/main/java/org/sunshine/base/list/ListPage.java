package org.sunshine.base.list;

import io.micronaut.core.annotation.Nullable;

import java.util.ArrayList;
import java.util.List;

/**
 * One page of a list, as a grid asks for it: {@code limit} rows from row {@code offset} (from 0), and, when the
 * screen served the page before, the sort key of the row just before it — then the list seeks to that key instead of
 * counting {@code offset} rows off an index.
 *
 * @param after the sort key of row {@code offset - 1}, or {@code null} when the screen does not have it
 */
public record ListPage(long offset, int limit, @Nullable Key after) {

    public ListPage {
        if (offset < 0 || limit < 1) {
            throw new IllegalArgumentException("offset " + offset + ", limit " + limit);
        }
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

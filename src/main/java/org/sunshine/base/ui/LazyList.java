package org.sunshine.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.dataview.GridLazyDataView;
import com.vaadin.flow.data.provider.Query;
import org.sunshine.base.list.ListPage;
import org.sunshine.base.list.ListSize;

import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * A grid over a list that may hold a million rows (docs/architecture.md, "Lists at a million"). It remembers the sort
 * key of the last row of each page it served, so that the next page is asked for after that key (a seek, not an
 * offset); a page it has no key for — the scrollbar dragged far — is asked for by its offset alone, which the list
 * answers from an index. Its size is exact when the list counted it below the cap; otherwise the grid's size is an
 * estimate that grows as the reader scrolls towards its end, and becomes exact when a page comes back short.
 */
public final class LazyList<T> {

    /** Reads one page of the list on screen. */
    @FunctionalInterface
    public interface Pages<T> {
        List<T> read(ListPage page);
    }

    /** Keys kept per list on screen (about 2,000 pages); past that the oldest are forgotten. */
    private static final int KEYS_KEPT = 2_000;

    private final GridLazyDataView<T> view;
    private final Pages<T> pages;
    private final Function<T, ListPage.Key> keyOf;
    private final Supplier<ListSize> sizer;
    /** Row offset → the key of the row just before it. */
    private final TreeMap<Long, ListPage.Key> keys = new TreeMap<>();
    private ListSize size = ListSize.exact(0);

    private LazyList(Grid<T> grid, Pages<T> pages, Function<T, ListPage.Key> keyOf, Supplier<ListSize> sizer) {
        this.pages = pages;
        this.keyOf = keyOf;
        this.sizer = sizer;
        this.view = grid.setItems(this::fetch);
    }

    /**
     * Puts a list in a grid; call {@link #refresh} when its filter changes (and once to show it).
     *
     * @param keyOf a row's place in the list's order, as the list's pages read it
     * @param size  how many rows the list holds, as far as it is cheap to know
     */
    public static <T> LazyList<T> of(Grid<T> grid, Pages<T> pages, Function<T, ListPage.Key> keyOf, Supplier<ListSize> size) {
        return new LazyList<>(grid, pages, keyOf, size);
    }

    private Stream<T> fetch(Query<T, Void> query) {
        long offset = query.getOffset();
        ListPage.Key after = offset == 0 ? null : keys.get(offset);
        // a known size (counted, or a total kept elsewhere) lets a page far down be read from the list's end
        long total = size.kind() == ListSize.Kind.OVER ? ListPage.UNKNOWN : size.count();
        List<T> rows = pages.read(new ListPage(offset, query.getLimit(), after, total));
        if (!rows.isEmpty()) {
            if (keys.size() >= KEYS_KEPT) {
                keys.pollFirstEntry();
            }
            keys.put(offset + rows.size(), keyOf.apply(rows.get(rows.size() - 1)));
        }
        return rows.stream();
    }

    /** The filter changed: forget the keys, size the list again and read it anew. */
    public void refresh() {
        keys.clear();
        size = sizer.get();
        if (size.exact()) {
            int exact = (int) Math.min(Integer.MAX_VALUE, size.count());
            view.setItemCountCallback(q -> exact);
        } else {
            // an estimate: "about" is the total kept elsewhere, "over the cap" grows by the cap as the reader scrolls
            int estimate = (int) Math.min(Integer.MAX_VALUE - 1, Math.max(1, size.count()));
            view.setItemCountEstimate(size.kind() == ListSize.Kind.OVER ? estimate + 1 : estimate);
            view.setItemCountEstimateIncrease(Math.max(50, (int) Math.min(100_000, size.count())));
        }
        view.refreshAll();
    }

    /** The list's size as last measured. */
    public ListSize size() {
        return size;
    }

    /** A size as a reader sees it: 1234, 约1000000 (about), 10000+ (over the cap). */
    public static String text(Component in, ListSize size) {
        String number = String.format(Locale.ROOT, "%d", size.count());
        return switch (size.kind()) {
            case EXACT -> number;
            case ABOUT -> in.getTranslation("list.count.about", number);
            case OVER -> in.getTranslation("list.count.over", number);
        };
    }
}

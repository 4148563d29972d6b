package org.sunshine.base.list;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The lists' paging and counting rule, without a database. */
class ListPageTest {

    private static final List<Integer> ROWS = IntStream.range(0, 120).boxed().toList();

    private static List<Integer> numbered(int number, int size) {
        int from = Math.min(number * size, ROWS.size());
        return ROWS.subList(from, Math.min(from + size, ROWS.size()));
    }

    @Test
    void aPageIsReadFromTheNumberedPagesItSpans() {
        assertThat(new ListPage(0, 50, null).fromNumbered(ListPageTest::numbered)).isEqualTo(ROWS.subList(0, 50));
        assertThat(new ListPage(100, 50, null).fromNumbered(ListPageTest::numbered)).isEqualTo(ROWS.subList(100, 120));
        assertThat(new ListPage(30, 50, null).fromNumbered(ListPageTest::numbered)).isEqualTo(ROWS.subList(30, 80));
        assertThat(new ListPage(110, 50, null).fromNumbered(ListPageTest::numbered)).isEqualTo(ROWS.subList(110, 120));
        assertThat(new ListPage(130, 50, null).fromNumbered(ListPageTest::numbered)).isEmpty();
    }

    @Test
    void aCountIsExactUpToTheCapAndOverItBeyond() {
        assertThat(ListSize.bounded(0, 10_000)).isEqualTo(ListSize.exact(0));
        assertThat(ListSize.bounded(10_000, 10_000)).isEqualTo(ListSize.exact(10_000));
        assertThat(ListSize.bounded(10_001, 10_000)).isEqualTo(ListSize.over(10_000));
        assertThat(ListSize.over(10_000).exact()).isFalse();
        assertThat(BoundedCount.sql("FROM complaint WHERE state = ?"))
                .isEqualTo("SELECT COUNT(*) FROM (SELECT 1 FROM complaint WHERE state = ? LIMIT ?) bounded");
        assertThat(BoundedCount.limit(new ListSettings(10_000))).isEqualTo(10_001);
    }
}

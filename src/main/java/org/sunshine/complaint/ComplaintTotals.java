package org.sunshine.complaint;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;

/**
 * How many complaints there are in all, of a department or of a key area, from a total kept elsewhere and cheap to
 * read at a million complaints (answered by the statistics' monthly figures, up to their refresh old): the size the
 * staff's lists show when there are more than they count, and where a row far down such a list lies.
 */
public interface ComplaintTotals {

    /**
     * The total of the complaints handled by {@code departmentId} and in {@code keyAreaId} ({@code null}: any), or
     * empty when it is not known.
     */
    OptionalLong total(@Nullable Long departmentId, @Nullable Long keyAreaId);

    /**
     * The same complaints month by month, newest month first: the instant each month ends and how many were submitted
     * in it. Empty when it is not known.
     */
    List<Month> months(@Nullable Long departmentId, @Nullable Long keyAreaId);

    /** The complaints submitted in a month that ends (exclusive) at {@code end}. */
    record Month(Instant end, long received) {
    }
}

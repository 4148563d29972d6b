package org.sunshine.proactive;

import io.micronaut.core.annotation.Nullable;

import java.time.LocalDate;

/**
 * A record as the list shows it.
 *
 * @param lateDays the working days it was published after its deadline (0 when in time)
 */
public record RecordRow(long id, long departmentId, String departmentName, String title, String docNumber,
                        RecordCategory category, @Nullable Integer itemSeqNo, @Nullable String itemTitle,
                        LocalDate formedOn, LocalDate publishedOn, LocalDate dueOn, boolean late, int lateDays,
                        Channel channel, String channelNote, LinkState linkState) {
}

package org.sunshine.proactive;

import java.time.LocalDate;

/**
 * A record against its clock ({@link RecordClock}).
 *
 * @param days     the working days it had: 20, 7 for 行政许可 and 行政处罚, or its responsibility item's if shorter
 * @param byItem   the item's clock made it shorter than the category's
 * @param due      the last day it could be published in time
 * @param lateDays the working days it was published after {@code due}; 0 when in time
 */
public record Timeliness(int days, boolean byItem, LocalDate due, boolean late, int lateDays) {
}

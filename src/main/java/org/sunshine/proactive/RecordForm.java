package org.sunshine.proactive;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What a person (or a spreadsheet row) gives for a record; the components are the field names that errors carry.
 *
 * @param departmentId the department that published it
 * @param itemId       the responsibility item it fulfils, if any
 * @param channelNote  the channel's name when the channel is OTHER
 * @param issuedOn     规章 and 行政规范性文件: the day it took effect
 * @param repealedOn   规章 and 行政规范性文件: the day it was repealed, if it was
 * @param feeAmount    行政事业性收费: the amount collected, in yuan
 */
@Introspected
public record RecordForm(@Nullable Long departmentId, @Nullable String title, @Nullable String docNumber,
                         @Nullable RecordCategory category, @Nullable Long itemId, @Nullable LocalDate formedOn,
                         @Nullable LocalDate publishedOn, @Nullable Channel channel, @Nullable String channelNote,
                         @Nullable String url, @Nullable LocalDate issuedOn, @Nullable LocalDate repealedOn,
                         @Nullable BigDecimal feeAmount) {

    /** The form of a record already kept, to edit it. */
    public static RecordForm of(DisclosureRecord r) {
        return new RecordForm(r.getDepartmentId(), r.getTitle(), r.getDocNumber(), r.getCategory(), r.getItemId(),
                r.getFormedOn(), r.getPublishedOn(), r.getChannel(), r.getChannelNote(), r.getUrl(), r.getIssuedOn(),
                r.getRepealedOn(), r.getFeeAmount());
    }
}

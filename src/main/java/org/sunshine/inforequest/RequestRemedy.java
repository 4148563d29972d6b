package org.sunshine.inforequest;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A 行政复议 or 行政诉讼 against a reply (table 四), recorded by staff: the body that hears it (复议机关, 法院), the day
 * it was filed, its outcome (尚未审结 until decided, with the day) and a note. The version refuses an update made on a
 * stale copy. Changed only through {@link RequestRemedies}.
 */
@MappedEntity("info_request_remedy")
public record RequestRemedy(@Id @GeneratedValue @Nullable Long id, Long requestId, RemedyKind kind, String body,
                            LocalDate filedOn, RemedyOutcome outcome, @Nullable LocalDate decidedOn, String note,
                            Long recordedBy, Instant recordedAt, @Version int version) {

    RequestRemedy decided(RemedyOutcome outcome, @Nullable LocalDate decidedOn, String note) {
        return new RequestRemedy(id, requestId, kind, body, filedOn, outcome, decidedOn, note, recordedBy, recordedAt,
                version);
    }
}

package org.sunshine.assessment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** A revision of an annual assessment's locked results: 1 is the first lock, each later one a re-lock with its reason. */
@MappedEntity("annual_revision")
public record AnnualRevision(@Id @GeneratedValue @Nullable Long id, long annualId, int revisionNo, String reason,
                             String createdByName,
                             @DateCreated(truncatedTo = ChronoUnit.SECONDS) @Nullable Instant createdAt) {
}

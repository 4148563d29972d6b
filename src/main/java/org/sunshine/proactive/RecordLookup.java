package org.sunshine.proactive;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.sunshine.finding.LinkedRecord;

import java.util.Optional;

/** The records as findings see them ({@link LinkedRecord.Lookup}). */
@Singleton
class RecordLookup implements LinkedRecord.Lookup {

    private final RecordRepository records;

    RecordLookup(RecordRepository records) {
        this.records = records;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<LinkedRecord> find(@Nullable Long recordId) {
        return recordId == null ? Optional.empty() : records.findById(recordId).map(RecordLookup::linked);
    }

    static LinkedRecord linked(DisclosureRecord r) {
        return new LinkedRecord(r.getId(), r.getDepartmentId(), r.getTitle(), r.getUrl(), r.getFormedOn(),
                r.getPublishedOn(), r.getDueOn(), r.isLate());
    }
}

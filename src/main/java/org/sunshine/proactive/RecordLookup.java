package org.sunshine.proactive;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.sunshine.finding.LinkedRecord;

import java.util.List;
import java.util.Optional;

/** The records as findings see them ({@link LinkedRecord.Lookup}) and pick them ({@link LinkedRecord.Search}). */
@Singleton
class RecordLookup implements LinkedRecord.Lookup, LinkedRecord.Search {

    /** The most a picker asks for at once. */
    static final int MAX_PAGE = 100;

    private final RecordRepository records;

    RecordLookup(RecordRepository records) {
        this.records = records;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<LinkedRecord> find(@Nullable Long recordId) {
        return recordId == null ? Optional.empty() : records.findById(recordId).map(RecordLookup::linked);
    }

    @Override
    @Transactional(readOnly = true)
    public List<LinkedRecord.Choice> search(long departmentId, @Nullable String text, int offset, int limit) {
        return records.search(departmentId, like(text), Math.max(0, Math.min(limit, MAX_PAGE)), Math.max(0, offset))
                .stream().map(r -> new LinkedRecord.Choice(r.getId(), r.getTitle(), r.getDocNumber(),
                        r.getPublishedOn(), r.isLate()))
                .toList();
    }

    /** A LIKE pattern holding the text (its own wildcards dropped, as the other lists' searches do). */
    static String like(@Nullable String text) {
        String needle = text == null ? "" : text.strip().replace("%", "").replace("_", "");
        return "%" + needle + "%";
    }

    static LinkedRecord linked(DisclosureRecord r) {
        return new LinkedRecord(r.getId(), r.getDepartmentId(), r.getTitle(), r.getUrl(), r.getFormedOn(),
                r.getPublishedOn(), r.getDueOn(), r.isLate());
    }
}

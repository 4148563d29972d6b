package org.sunshine.base.numbers;

import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

/** The last document number given by an issuing office in a year ({@code document_counter}). */
@MappedEntity("document_counter")
record DocumentCounter(@EmbeddedId Key id, int lastSeq) {

    /** An office's year. */
    @Embeddable
    record Key(@MappedProperty("office") String office, @MappedProperty("year_no") int yearNo) {
    }

    DocumentCounter next() {
        return new DocumentCounter(id, lastSeq + 1);
    }
}

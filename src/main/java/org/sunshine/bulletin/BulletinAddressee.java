package org.sunshine.bulletin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.time.LocalDate;

/** A department a bulletin is addressed to: it signs for it (签收) by {@code signDue}, set at issue. */
@MappedEntity("bulletin_addressee")
public record BulletinAddressee(@Id @GeneratedValue @Nullable Long id, long bulletinId, long departmentId,
                                @Nullable LocalDate signDue, @Nullable Instant signedAt, @Nullable String signedByName) {

    BulletinAddressee due(LocalDate date) {
        return new BulletinAddressee(id, bulletinId, departmentId, date, signedAt, signedByName);
    }

    BulletinAddressee signed(Instant at, String by) {
        return new BulletinAddressee(id, bulletinId, departmentId, signDue, at, by);
    }
}

package org.sunshine.recovery;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/**
 * One request for a one-time code (table {@code recovery_code}): the salted hashes of the contact and of the code,
 * when it expires, the wrong entries so far, and when it was used.
 */
@MappedEntity("recovery_code")
record RecoveryCode(@Id @GeneratedValue @Nullable Long id, String contactHash, String codeHash, String salt,
                    Instant createdAt, Instant expiresAt, int attempts, @Nullable Instant usedAt) {

    RecoveryCode failed() {
        return new RecoveryCode(id, contactHash, codeHash, salt, createdAt, expiresAt, attempts + 1, usedAt);
    }

    RecoveryCode used(Instant at) {
        return new RecoveryCode(id, contactHash, codeHash, salt, createdAt, expiresAt, attempts, at);
    }
}

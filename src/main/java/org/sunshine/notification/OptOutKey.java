package org.sunshine.notification;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import io.micronaut.transaction.TransactionDefinition;
import jakarta.inject.Singleton;
import org.sunshine.base.BusinessClock;

import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.util.Base64;
import java.util.Optional;

/**
 * The key that signs opt-out links (V29 {@code notification_key}): made by the first instance that needs it, in a
 * transaction of its own (so that a rolled-back step does not take it along), and read by every other.
 */
@Singleton
class OptOutKey {

    private static final String NAME = "opt-out";

    private final JdbcOperations jdbc;
    private final BusinessClock clock;
    private volatile byte[] key;

    OptOutKey(JdbcOperations jdbc, BusinessClock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    byte[] get() {
        byte[] known = key;
        if (known == null) {
            known = Base64.getDecoder().decode(loadOrMake());
            key = known;
        }
        return known;
    }

    @Transactional(propagation = TransactionDefinition.Propagation.REQUIRES_NEW)
    public String loadOrMake() {
        Optional<String> stored = read();
        if (stored.isPresent()) {
            return stored.get();
        }
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        // two instances at once: the first INSERT stands, the second changes nothing; both read the one stored
        jdbc.prepareStatement("INSERT INTO notification_key (name, secret, created_at) VALUES (?, ?, ?) "
                + "ON DUPLICATE KEY UPDATE name = name", s -> {
            s.setString(1, NAME);
            s.setString(2, Base64.getEncoder().encodeToString(secret));
            s.setTimestamp(3, Timestamp.from(clock.now()));
            return s.executeUpdate();
        });
        return read().orElseThrow();
    }

    private Optional<String> read() {
        return jdbc.prepareStatement("SELECT secret FROM notification_key WHERE name = ?", s -> {
            s.setString(1, NAME);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(r.getString(1)) : Optional.empty();
            }
        });
    }
}

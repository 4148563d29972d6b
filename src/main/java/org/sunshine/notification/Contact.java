package org.sunshine.notification;

import io.micronaut.core.annotation.Nullable;

/**
 * Where a person can be reached: a mobile number, an e-mail address, either or both. A notice to a contact with
 * neither is dropped.
 */
public record Contact(@Nullable String phone, @Nullable String email) {

    public Contact {
        phone = phone == null || phone.isBlank() ? null : phone.strip();
        email = email == null || email.isBlank() ? null : email.strip();
    }

    public boolean reachable() {
        return phone != null || email != null;
    }
}

package org.sunshine.security;

import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sunshine.base.i18n.Messages;

/**
 * On a production start with no accounts at all, creates the first administrator ("admin") with the password of
 * {@code SUNSHINE_SECURITY_BOOTSTRAP_ADMIN_PASSWORD}, so that someone can sign in and create the others.
 */
@Singleton
public class BootstrapAdmin {

    private static final Logger LOG = LoggerFactory.getLogger(BootstrapAdmin.class);

    private final UserService users;
    private final SecuritySettings settings;
    private final Messages messages;

    public BootstrapAdmin(UserService users, SecuritySettings settings, Messages messages) {
        this.users = users;
        this.settings = settings;
        this.messages = messages;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        String password = settings.bootstrapAdminPassword();
        if (users.hasAnyUser()) {
            return;
        }
        if (password == null || password.isBlank()) {
            LOG.warn("No accounts exist yet. Set SUNSHINE_SECURITY_BOOTSTRAP_ADMIN_PASSWORD and restart to create "
                    + "the first administrator \"admin\".");
            return;
        }
        users.createInitial("admin", messages.chinese("user.bootstrapAdmin"), Role.ADMIN, null, password);
        LOG.info("Created the first administrator \"admin\"");
    }
}

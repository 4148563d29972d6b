package org.sunshine.demo;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sunshine.notification.Notice;
import org.sunshine.notification.Notifier;

/**
 * Stands in for the outbox while it is not there (development and tests only; to be deleted when it lands): logs
 * each notice's event key, template and arguments, so that the screens that notify can be tried.
 */
@Singleton
@Requires(missingBeans = Notifier.class)
class NotifierStandIn implements Notifier {

    private static final Logger LOG = LoggerFactory.getLogger(NotifierStandIn.class);

    @Override
    public void notify(Notice notice) {
        LOG.info("Notice {} ({}): {}", notice.eventKey(), notice.template(), notice.args());
    }
}

package org.sunshine.citizen;

import io.micronaut.context.annotation.Secondary;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sunshine.notification.Notice;
import org.sunshine.notification.Notifier;

/**
 * Stands in for the outbox until it is built (issue 17's outbox branch): logs each notice's key and template, never
 * its contact. Any other {@link Notifier} takes precedence.
 */
@Singleton
@Secondary
class LoggedNotices implements Notifier {

    private static final Logger LOG = LoggerFactory.getLogger(LoggedNotices.class);

    @Override
    public void notify(Notice notice) {
        LOG.info("Notice {} ({}) not sent: no outbox is installed", notice.eventKey(), notice.template());
    }
}

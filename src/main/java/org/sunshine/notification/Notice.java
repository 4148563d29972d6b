package org.sunshine.notification;

import java.util.List;
import java.util.Locale;

/**
 * One message to one person, in the words of the i18n bundle: {@code notify.<template>.sms} (at most 70 characters
 * once filled in), {@code notify.<template>.subject} and {@code notify.<template>.body} for e-mail, each filled in with
 * {@code args} in the reader's {@code locale}.
 *
 * @param eventKey what caused it, unique per event and person (e.g. {@code complaint:step:8812} or
 *                 {@code complaint:rating-closing:4711}): the outbox keeps one message per key and channel, so an
 *                 event that is seen twice is told once
 */
public record Notice(String eventKey, Contact to, String template, List<String> args, Locale locale) {

    public Notice {
        args = List.copyOf(args);
    }
}

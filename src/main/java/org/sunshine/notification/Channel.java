package org.sunshine.notification;

/** How a notice reaches a person; the label is {@code notification.channel.<NAME>}. */
public enum Channel {
    EMAIL,
    SMS
}

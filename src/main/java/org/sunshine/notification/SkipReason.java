package org.sunshine.notification;

/** Why a message was kept but not sent; the label is {@code notification.skip.<NAME>}. */
public enum SkipReason {
    /** The channel is off (sunshine.notifications.email.via or sms.via), or the gateway has no template for it. */
    NOT_CONFIGURED,
    /** The address asked to be told no more. */
    OPTED_OUT,
    /** Not an e-mail address or a mobile number. */
    INVALID_ADDRESS,
    /** The i18n bundle has no text for the notice's template (a programming error, logged). */
    NO_TEXT
}

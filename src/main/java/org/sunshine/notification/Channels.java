package org.sunshine.notification;

import jakarta.inject.Singleton;

/** Which channels are on: the e-mail and SMS settings, and for the SMS gateway a template id per notice template. */
@Singleton
class Channels {

    private final EmailSettings email;
    private final SmsSettings sms;
    private final GatewaySettings gateway;

    Channels(EmailSettings email, SmsSettings sms, GatewaySettings gateway) {
        this.email = email;
        this.sms = sms;
        this.gateway = gateway;
    }

    /** Whether a message of this channel and template can be sent: on, and set up well enough to send it. */
    boolean configured(Channel channel, String template) {
        if (channel == Channel.EMAIL) {
            return switch (email.via()) {
                case OFF -> false;
                case SMTP -> present(email.from());
                case DEVELOPMENT -> true;
            };
        }
        return switch (sms.via()) {
            case OFF -> false;
            case GATEWAY -> present(gateway.url()) && gateway.templateId(template).isPresent();
            case DEVELOPMENT -> true;
        };
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    EmailSettings email() {
        return email;
    }

    SmsSettings sms() {
        return sms;
    }

    GatewaySettings gateway() {
        return gateway;
    }
}

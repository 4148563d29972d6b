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

    boolean configured(Channel channel, String template) {
        if (channel == Channel.EMAIL) {
            return email.on();
        }
        return sms.on() && (sms.via() != SmsSettings.Via.GATEWAY || gateway.templateId(template).isPresent());
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

package org.sunshine.notification;

import jakarta.inject.Singleton;

import java.util.Optional;

/** The provider of each channel as configured; empty while the channel cannot send a message of its template. */
@Singleton
class Providers {

    private final Channels channels;
    private final SmtpMail smtp;
    private final SmsGateway gateway;
    private final DevelopmentBox development;

    Providers(Channels channels, SmtpMail smtp, SmsGateway gateway, DevelopmentBox development) {
        this.channels = channels;
        this.smtp = smtp;
        this.gateway = gateway;
        this.development = development;
    }

    Optional<Provider> of(Channel channel, String template) {
        if (!channels.configured(channel, template)) {
            return Optional.empty();
        }
        if (channel == Channel.EMAIL) {
            return Optional.of(channels.email().via() == EmailSettings.Via.SMTP ? smtp : development);
        }
        return Optional.of(channels.sms().via() == SmsSettings.Via.GATEWAY ? gateway : development);
    }
}

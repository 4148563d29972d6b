package org.sunshine.notification;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.sunshine.base.OfficeSettings;
import org.sunshine.base.i18n.Messages;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A notice's words from the i18n bundle, in the reader's language, filled in at once: the e-mail's subject and body
 * ({@code notify.<template>.subject}, {@code .body}) with the footer that names the office and carries the opt-out
 * link, and the SMS ({@code notify.<template>.sms}) fitted to {@link SmsText#MAX} characters with its stop line.
 */
@Singleton
class NoticeTexts {

    /** A rendered message; {@code subject} is null for an SMS, {@code args} as the text used them. */
    record Rendered(@Nullable String subject, String body, List<String> args) {
    }

    private final Messages messages;
    private final OfficeSettings office;
    private final String publicUrl;

    NoticeTexts(Messages messages, OfficeSettings office, @Value("${sunshine.public-url:}") String publicUrl) {
        this.messages = messages;
        this.office = office;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /** The e-mail, or empty when the bundle lacks its subject or body. */
    Optional<Rendered> email(String template, List<String> args, Locale locale, String optOutToken) {
        String subjectKey = "notify." + template + ".subject";
        String bodyKey = "notify." + template + ".body";
        if (!messages.has(subjectKey, locale) || !messages.has(bodyKey, locale)) {
            return Optional.empty();
        }
        Object[] values = args.toArray();
        String body = messages.getTranslation(bodyKey, locale, values) + "\n\n--\n"
                + messages.getTranslation("notify.email.footer", locale, office.name(), optOutLink(optOutToken));
        return Optional.of(new Rendered(messages.getTranslation(subjectKey, locale, values), body, args));
    }

    /** The SMS, or empty when the bundle lacks it. */
    Optional<Rendered> sms(String template, List<String> args, Locale locale) {
        String key = "notify." + template + ".sms";
        if (!messages.has(key, locale)) {
            return Optional.empty();
        }
        SmsText.Fitted fitted = smsText(key, args, locale);
        return Optional.of(new Rendered(null, fitted.text(), fitted.args()));
    }

    /** The SMS of a bundle key, fitted (for {@code SmsTemplatesTest} too). */
    SmsText.Fitted smsText(String key, List<String> args, Locale locale) {
        Locale supported = Messages.supported(locale);
        String stop = " " + messages.getTranslation("notify.sms.stop", supported);
        return SmsText.fit(messages.pattern(key, supported), args, stop, supported, SmsText.MAX);
    }

    /** The page where the owner of an address stops e-mails (a confirmation click there, never on opening). */
    String optOutLink(String token) {
        return publicUrl + "/public/stop-messages?t=" + token;
    }
}

package org.sunshine.citizen;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.sunshine.base.i18n.Messages;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The words a notice is filled in with: the reader's language (the one they filed in, else Chinese), dates as they
 * read them ({@code notify.date}: 2026年2月24日, 24 Feb 2026; shorter in a text message), labels in that language, and the public address of
 * the tracking pages ({@code sunshine.public-url}). Never the query code: only the person who filed has it.
 */
@Singleton
class NoticeWords {

    private final Messages messages;
    private final String publicUrl;

    NoticeWords(Messages messages, @Value("${sunshine.public-url:`http://localhost:8080`}") String publicUrl) {
        this.messages = messages;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /** The language a record was filed in (a language tag), or Chinese when none was recorded. */
    static Locale locale(@Nullable String filingLanguage) {
        return filingLanguage == null || filingLanguage.isBlank() ? Messages.CHINESE
                : Messages.supported(Locale.forLanguageTag(filingLanguage));
    }

    String date(@Nullable LocalDate date, Locale locale) {
        return format(date, "notify.date", locale);
    }

    /** The date without its year, for a text message (notify.date.short: 2月24日, 24 Feb): the dates told are weeks away. */
    String shortDate(@Nullable LocalDate date, Locale locale) {
        return format(date, "notify.date.short", locale);
    }

    private String format(@Nullable LocalDate date, String patternKey, Locale locale) {
        return date == null ? "" : date.format(DateTimeFormatter.ofPattern(messages.getTranslation(patternKey, locale),
                Messages.supported(locale)));
    }

    String label(String key, Locale locale) {
        return messages.getTranslation(key, locale);
    }

    /** The complaint's tracking page, its tracking code filled in (the same address as the receipt prints). */
    String complaintPage(String trackingCode) {
        return publicUrl + "/track?code=" + URLEncoder.encode(trackingCode, StandardCharsets.UTF_8);
    }

    /** The application's tracking page, its number filled in. */
    String requestPage(String requestNo) {
        return publicUrl + "/disclosure/track?no=" + URLEncoder.encode(requestNo, StandardCharsets.UTF_8);
    }
}

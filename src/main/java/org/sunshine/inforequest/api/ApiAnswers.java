package org.sunshine.inforequest.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import org.sunshine.base.DomainException;
import org.sunshine.base.RateLimiter;
import org.sunshine.base.i18n.Messages;
import org.sunshine.base.web.ApiErrorFormat;

import java.util.Locale;

/**
 * The API's errors, in the reader's language ({@code Accept-Language}: English if asked for, else Chinese):
 * {@code {"code": 400, "message": "…", "field": "id_number"}}, the field in the API's snake_case. Also the format of
 * the errors its controller never sees (an unknown address, a wrong method, unreadable JSON), without a field.
 */
@Singleton
class ApiAnswers implements ApiErrorFormat {

    static final String PREFIX = "/api/disclosure/";

    private final Messages messages;

    ApiAnswers(Messages messages) {
        this.messages = messages;
    }

    /** An error of this API. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Error(int code, String message, @Nullable String field) {
    }

    @Override
    public String pathPrefix() {
        return PREFIX;
    }

    @Override
    public Object body(int status, String message) {
        return new Error(status, message, null);
    }

    static Locale locale(@Nullable String language) {
        return language != null && language.strip().toLowerCase(Locale.ROOT).startsWith("en") ? Messages.ENGLISH
                : Messages.CHINESE;
    }

    String text(String key, Locale locale, Object... args) {
        return messages.getTranslation(key, locale, args);
    }

    MutableHttpResponse<Error> error(HttpStatus status, Locale locale, String key, Object... args) {
        return HttpResponse.<Error>status(status).body(new Error(status.getCode(), text(key, locale, args), null))
                .contentType(MediaType.APPLICATION_JSON_TYPE);
    }

    /** Bad input: 400 on the field, with the rule's own message. */
    MutableHttpResponse<Error> refused(DomainException e, Locale locale) {
        String field = e.field() == null ? null : snake(e.field());
        return HttpResponse.<Error>status(HttpStatus.BAD_REQUEST)
                .body(new Error(400, text(e.messageKey(), locale, e.args()), field))
                .contentType(MediaType.APPLICATION_JSON_TYPE);
    }

    /** 429 with the seconds to wait in {@code Retry-After}. */
    MutableHttpResponse<Error> tooMany(RateLimiter.Decision decision, Locale locale, int limit) {
        return error(HttpStatus.TOO_MANY_REQUESTS, locale, "inforequest.api.error.tooMany", limit,
                decision.retryAfterMinutes()).header(HttpHeaders.RETRY_AFTER, String.valueOf(decision.retryAfterSeconds()));
    }

    /** The service's field names (idNumber) as the API spells them (id_number). */
    static String snake(String field) {
        return field.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }
}

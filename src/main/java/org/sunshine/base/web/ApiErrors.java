package org.sunshine.base.web;

import io.micronaut.context.annotation.Primary;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.NotAllowedException;
import io.micronaut.http.server.exceptions.UnsupportedMediaException;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.web.router.exceptions.UnsatisfiedRouteException;
import jakarta.inject.Singleton;
import org.sunshine.base.DatabaseOutage;
import org.sunshine.base.i18n.Messages;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Every error Micronaut answers by itself (404, 405, 415, a parameter it cannot convert, an exception no controller
 * handled…) in the API's format and the reader's language ({@code Accept-Language}: English if asked for, else
 * Chinese): the {@link ApiErrorFormat} of the path, or {@link ApiError}. The text is this application's, never the
 * exception's: no class name, stack or server detail leaves the server (the exception itself is logged by Micronaut).
 */
@Primary
@Singleton
public class ApiErrors implements ErrorResponseProcessor<Object> {

    private static final Set<Integer> KNOWN = Set.of(400, 401, 403, 404, 405, 406, 413, 415, 429, 500, 503);
    private static final int MAX_ECHO = 80;

    private final Messages messages;
    private final List<ApiErrorFormat> formats;

    public ApiErrors(Messages messages, List<ApiErrorFormat> formats) {
        this.messages = messages;
        // the longest prefix first, so that a narrower part of the API wins
        this.formats = formats.stream()
                .sorted(Comparator.comparingInt((ApiErrorFormat f) -> f.pathPrefix().length()).reversed()).toList();
    }

    @Override
    public MutableHttpResponse<Object> processResponse(ErrorContext context, MutableHttpResponse<?> response) {
        @SuppressWarnings("unchecked")
        MutableHttpResponse<Object> answer = (MutableHttpResponse<Object>) response;
        HttpRequest<?> request = context.getRequest();
        if (request.getMethod() == HttpMethod.HEAD) {
            return answer;
        }
        int status = response.getStatus().getCode();
        String message = message(status, context.getRootCause().orElse(null), locale(request));
        String path = request.getPath();
        Object body = formats.stream().filter(f -> path.startsWith(f.pathPrefix())).findFirst()
                .map(f -> f.body(status, message)).orElseGet(() -> new ApiError(status, message));
        return answer.body(body).contentType(MediaType.APPLICATION_JSON_TYPE);
    }

    String message(int status, Throwable cause, Locale locale) {
        if (cause instanceof NotAllowedException e) {
            return messages.getTranslation("api.error.405", locale, echo(e.getRequestMethod()),
                    String.join(", ", e.getAllowedMethods().stream().sorted().toList()));
        }
        if (cause instanceof UnsupportedMediaException e) {
            return messages.getTranslation("api.error.415", locale, echo(e.getContentType()),
                    String.join(", ", e.getAcceptableContentTypes()));
        }
        if (status == 503 && cause != null && DatabaseOutage.isCause(cause)) {
            return messages.getTranslation("error.databaseUnavailable", locale, DatabaseOutage.RETRY_AFTER_SECONDS);
        }
        if (status == 400 && cause instanceof ConversionErrorException e) {
            return messages.getTranslation("api.error.400.parameter", locale, echo(e.getArgument().getName()));
        }
        if (status == 400 && cause instanceof UnsatisfiedRouteException e) {
            return messages.getTranslation("api.error.400.parameter", locale, echo(e.getArgument().getName()));
        }
        if (KNOWN.contains(status)) {
            return messages.getTranslation("api.error." + status, locale);
        }
        return messages.getTranslation(status >= 500 ? "api.error.500" : "api.error.other", locale, status);
    }

    /** What the request said, short, for the message (the JSON writer escapes it). */
    private static String echo(String value) {
        String text = value == null ? "" : value;
        return text.length() > MAX_ECHO ? text.substring(0, MAX_ECHO) + "…" : text;
    }

    static Locale locale(HttpRequest<?> request) {
        return request.getHeaders().findFirst(HttpHeaders.ACCEPT_LANGUAGE)
                .filter(l -> l.strip().toLowerCase(Locale.ROOT).startsWith("en"))
                .map(l -> Messages.ENGLISH).orElse(Messages.CHINESE);
    }
}

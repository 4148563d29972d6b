package org.sunshine.base.api;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sunshine.base.DatabaseOutage;

/**
 * Answers an API request that failed because the database cannot be reached with 503, {@code Retry-After} and the
 * reason in the caller's language (Accept-Language), in the APIs' error format, instead of a 500: the client may send
 * it again. (Nothing was saved, except in the rare case of a server that died during the commit itself, whose outcome
 * the application cannot know: a partner's ticket sent again is then answered with the complaint it did file.) Any
 * other failure of the same exception type is answered as before (500). One
 * subclass per exception type that the data layer throws for a lost database ({@link DatabaseOutageHandlers}).
 *
 * @param <E> the exception type handled
 */
public abstract class DatabaseOutageHandler<E extends Throwable> implements ExceptionHandler<E, HttpResponse<?>> {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseOutageHandler.class);

    private final ErrorResponseProcessor<?> errors;

    protected DatabaseOutageHandler(ErrorResponseProcessor<?> errors) {
        this.errors = errors;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, E exception) {
        if (!DatabaseOutage.isCause(exception)) {
            LOG.error("Unexpected error in {} {}", request.getMethodName(), request.getPath(), exception);
            return errors.processResponse(ErrorContext.builder(request).cause(exception)
                    .errorMessage("Internal Server Error").build(), HttpResponse.serverError());
        }
        LOG.warn("Database unavailable: {} {} answered 503 ({})", request.getMethodName(), request.getPath(),
                exception.toString());
        // the body in the path's API format and the caller's language (base.web.ApiErrors): Open311's list under
        // /api/open311/, {code, message} elsewhere
        return errors.processResponse(ErrorContext.builder(request).cause(exception).build(),
                HttpResponse.status(HttpStatus.SERVICE_UNAVAILABLE)
                        .header(HttpHeaders.RETRY_AFTER, Integer.toString(DatabaseOutage.RETRY_AFTER_SECONDS)));
    }
}

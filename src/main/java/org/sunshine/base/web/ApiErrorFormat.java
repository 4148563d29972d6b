package org.sunshine.base.web;

/**
 * The error format of one part of the API, for the errors its controllers never see (an unknown address, a method or
 * content type the route does not take, a parameter that cannot be converted, an unexpected failure). A feature with
 * a format of its own (Open311's list of {@code {code, description}}) provides a bean; every other path under the
 * API gets {@link ApiError}.
 */
public interface ApiErrorFormat {

    /** The paths it speaks for, e.g. {@code /api/open311/}. */
    String pathPrefix();

    /** The body of an error: the HTTP status and the message, already translated. */
    Object body(int status, String message);
}

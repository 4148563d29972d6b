package org.sunshine.base.web;

import io.micronaut.serde.annotation.Serdeable;

/** The application's error body: {@code {"code": 404, "message": "…"}}, the message in the reader's language. */
@Serdeable
public record ApiError(int code, String message) {
}

package org.sunshine.base.api;

import io.micronaut.serde.annotation.Serdeable;

/** One error as the APIs answer it, in a list: Open311 GeoReport v2's {@code [{"code": 503, "description": "…"}]}. */
@Serdeable
public record ApiError(int code, String description) {
}

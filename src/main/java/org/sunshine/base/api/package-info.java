/**
 * What the HTTP APIs share: the error format (Open311's list of {@code {"code", "description"}}) and the answer to a
 * database outage (503 with {@code Retry-After}).
 */
package org.sunshine.base.api;

/**
 * The partner API of applications for government information ({@code /api/disclosure/v1/}): a provincial platform
 * forwards applications (its own ticket id makes a retry idempotent) and reads the status and documents of its own
 * applications. JSON in snake_case; errors {@code {"code", "message", "field"}} in the reader's language.
 */
package org.sunshine.inforequest.api;

package org.sunshine.complaint;

import io.micronaut.core.annotation.Nullable;

import java.time.LocalDate;

/**
 * Published, inside the reply's transaction, when a department has replied to a complaint: what other features
 * (the supervisors' reviews) need to know about it. A listener that fails rolls the reply back.
 */
public record ComplaintReplied(long complaintId, long departmentId, @Nullable Long keyAreaId, LocalDate repliedOn) {
}

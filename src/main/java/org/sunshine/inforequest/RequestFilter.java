package org.sunshine.inforequest;

import io.micronaut.core.annotation.Nullable;
import org.sunshine.calendar.Warning;

import java.time.LocalDate;
import java.util.Set;

/**
 * A search of the staff lists of applications; {@code null} or empty means any.
 *
 * @param states       the states wanted ({@link #OPEN}, {@link #ENDED}, or any single state)
 * @param warning      red (the organ's deadline passed) or yellow (two working days left or less); NONE: neither
 * @param lateOnly     only the online applications registered after their confirmation deadline
 * @param from         arrived on or after
 * @param to           arrived on or before
 * @param text         part of the description, or a whole application number
 */
public record RequestFilter(@Nullable Long departmentId, Set<RequestState> states, @Nullable Warning warning,
                            boolean lateOnly, @Nullable RequestChannel channel, @Nullable ApplicantKind applicantKind,
                            @Nullable ReplyResult result, @Nullable LocalDate from, @Nullable LocalDate to,
                            @Nullable String text) {

    public static final Set<RequestState> OPEN = Set.copyOf(RequestWorkflow.OPEN);
    public static final Set<RequestState> ENDED = Set.of(RequestState.REPLIED, RequestState.TERMINATED,
            RequestState.WITHDRAWN);
    public static final RequestFilter ALL = new RequestFilter(null, Set.of(), null, false, null, null, null, null, null,
            null);

    public RequestFilter {
        states = states == null ? Set.of() : Set.copyOf(states);
    }

    public RequestFilter withStates(Set<RequestState> wanted) {
        return new RequestFilter(departmentId, wanted, warning, lateOnly, channel, applicantKind, result, from, to, text);
    }

    public RequestFilter withWarning(@Nullable Warning wanted) {
        return new RequestFilter(departmentId, states, wanted, lateOnly, channel, applicantKind, result, from, to, text);
    }

    RequestFilter withDepartment(@Nullable Long wanted) {
        return new RequestFilter(wanted, states, warning, lateOnly, channel, applicantKind, result, from, to, text);
    }
}

package org.sunshine.inforequest;

import org.junit.jupiter.api.Test;
import org.sunshine.calendar.DeadlineKind;

import java.util.EnumMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Which deadline an application's chip names in each state: the organ's to register and reply, the applicant's to correct and pay. */
class RequestDeadlineKindTest {

    @Test
    void eachStateNamesItsDeadline() {
        Map<RequestState, DeadlineKind> table = new EnumMap<>(RequestState.class);
        table.put(RequestState.SUBMITTED, DeadlineKind.REGISTER);
        table.put(RequestState.REGISTERED, DeadlineKind.REPLY);
        table.put(RequestState.CORRECTION_REQUESTED, DeadlineKind.CORRECT);
        table.put(RequestState.EXTENSION_REQUESTED, DeadlineKind.REPLY);
        table.put(RequestState.FEE_REQUESTED, DeadlineKind.PAY);
        table.put(RequestState.REPLIED, null);
        table.put(RequestState.TERMINATED, null);
        table.put(RequestState.WITHDRAWN, null);
        assertThat(table).hasSize(RequestState.values().length);
        table.forEach((state, kind) -> assertThat(state.deadlineKind()).as(state.name()).isEqualTo(kind));
    }
}

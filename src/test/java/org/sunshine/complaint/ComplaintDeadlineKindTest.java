package org.sunshine.complaint;

import org.junit.jupiter.api.Test;
import org.sunshine.calendar.DeadlineKind;

import java.util.EnumMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Which deadline a complaint's chip names in each state: 受理 before routing, 办理 with a department, 评价 after the reply. */
class ComplaintDeadlineKindTest {

    @Test
    void eachStateNamesItsDeadline() {
        Map<ComplaintState, DeadlineKind> table = new EnumMap<>(ComplaintState.class);
        table.put(ComplaintState.SUBMITTED, DeadlineKind.ACCEPT);
        table.put(ComplaintState.ACCEPTED, DeadlineKind.ACCEPT);
        table.put(ComplaintState.REJECTED, null);
        table.put(ComplaintState.ASSIGNED, DeadlineKind.HANDLE);
        table.put(ComplaintState.IN_PROGRESS, DeadlineKind.HANDLE);
        table.put(ComplaintState.RETURN_REQUESTED, DeadlineKind.HANDLE);
        table.put(ComplaintState.EXTENSION_REQUESTED, DeadlineKind.HANDLE);
        table.put(ComplaintState.REPLIED, DeadlineKind.RATE);
        table.put(ComplaintState.REOPENED, DeadlineKind.HANDLE);
        table.put(ComplaintState.CLOSED, null);
        table.put(ComplaintState.WITHDRAWN, null);
        assertThat(table).hasSize(ComplaintState.values().length);
        table.forEach((state, kind) -> assertThat(state.deadlineKind()).as(state.name()).isEqualTo(kind));
    }

    @Test
    void theRunningDeadlineIsTheOneTheStateNames() {
        Complaint c = new Complaint();
        c.setAcceptDue(java.time.LocalDate.of(2026, 12, 8));
        c.setHandleDue(java.time.LocalDate.of(2026, 12, 22));
        c.setRatingDue(java.time.LocalDate.of(2026, 12, 29));
        ComplaintDeadlines deadlines = new ComplaintDeadlines(null, null, null, null, null);
        for (ComplaintState state : ComplaintState.values()) {
            c.setState(state);
            var expected = state.deadlineKind() == null ? null : switch (state.deadlineKind()) {
                case ACCEPT -> c.getAcceptDue();
                case HANDLE -> c.getHandleDue();
                case RATE -> c.getRatingDue();
                default -> throw new AssertionError(state);
            };
            assertThat(deadlines.currentDue(c)).as(state.name()).isEqualTo(expected);
        }
    }
}

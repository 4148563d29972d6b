package org.sunshine.finding;

import org.junit.jupiter.api.Test;
import org.sunshine.testing.TransitionTable;


import static org.assertj.core.api.Assertions.assertThat;

/**
 * The finding state machine as a table: what it allows leads where it says, and every other combination of
 * 6 states × 7 actions × 4 actors is refused — a department never confirms its own finding, a supervisor never
 * closes one.
 */
class FindingWorkflowTest {

    /** state, action, actor → next state; everything not listed is refused. */
    private static final String ALLOWED = """
            SUBMITTED  CONFIRM INSPECTOR RECTIFYING
            SUBMITTED  DISMISS INSPECTOR DISMISSED
            RECTIFYING REPORT  HANDLER   REPORTED
            RETURNED   REPORT  HANDLER   REPORTED
            REPORTED   RETURN  INSPECTOR RETURNED
            REPORTED   ACCEPT  INSPECTOR CLOSED
            """;

    @Test
    void everyCombinationIsAllowedOrRefusedAsTheTableSays() {
        TransitionTable.check(ALLOWED, FindingState.class, FindingAction.class, FindingActor.class, FindingWorkflow::next);
    }

    @Test
    void theButtonsShownAreTheActionsAllowed() {
        assertThat(FindingWorkflow.available(FindingState.SUBMITTED, FindingActor.INSPECTOR))
                .containsExactlyInAnyOrder(FindingAction.CONFIRM, FindingAction.DISMISS);
        assertThat(FindingWorkflow.available(FindingState.RETURNED, FindingActor.HANDLER)).containsExactly(FindingAction.REPORT);
        assertThat(FindingWorkflow.available(FindingState.REPORTED, FindingActor.HANDLER)).isEmpty();
        assertThat(FindingWorkflow.available(FindingState.CLOSED, FindingActor.INSPECTOR)).isEmpty();
        assertThat(FindingWorkflow.available(FindingState.SUBMITTED, FindingActor.SUPERVISOR)).isEmpty();
    }
}

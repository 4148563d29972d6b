package org.sunshine.finding;

import org.junit.jupiter.api.Test;
import org.sunshine.testing.TransitionTable;
import org.sunshine.workflow.Actor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The finding state machine as a table: what it allows leads where it says, and every other combination of
 * 4 states × 4 actions × 7 actors is refused — a department never confirms its own finding, a supervisor never
 * closes one, and only the platform closes it, when its rectification is accepted.
 */
class FindingWorkflowTest {

    /** state, action, actor → next state; everything not listed is refused. */
    private static final String ALLOWED = """
            SUBMITTED  CONFIRM INSPECTOR RECTIFYING
            SUBMITTED  DISMISS INSPECTOR DISMISSED
            RECTIFYING CLOSE   SYSTEM    CLOSED
            """;

    @Test
    void everyCombinationIsAllowedOrRefusedAsTheTableSays() {
        TransitionTable.check(ALLOWED, FindingWorkflow.TABLE);
    }

    @Test
    void theButtonsShownAreTheActionsAllowed() {
        assertThat(FindingWorkflow.TABLE.available(FindingState.SUBMITTED, Actor.INSPECTOR))
                .containsExactlyInAnyOrder(FindingAction.CONFIRM, FindingAction.DISMISS);
        assertThat(FindingWorkflow.TABLE.available(FindingState.RECTIFYING, Actor.INSPECTOR)).isEmpty();
        assertThat(FindingWorkflow.TABLE.available(FindingState.CLOSED, Actor.INSPECTOR)).isEmpty();
        assertThat(FindingWorkflow.TABLE.available(FindingState.SUBMITTED, Actor.SUPERVISOR)).isEmpty();
    }
}

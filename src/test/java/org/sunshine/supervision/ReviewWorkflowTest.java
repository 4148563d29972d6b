package org.sunshine.supervision;

import org.junit.jupiter.api.Test;
import org.sunshine.testing.TransitionTable;
import org.sunshine.workflow.Actor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The review task's state machine as a table: every (state, action, actor) listed leads where it says, every other
 * combination — 4 states × 5 actions × 7 actors — is refused with a message. {@code ASSIGN} creates the task and is
 * recorded as its first step, never taken from a state.
 */
class ReviewWorkflowTest {

    private static final String ALLOWED = """
            PENDING REVIEW            SUPERVISOR REVIEWED
            PENDING MARK_UNVERIFIABLE SUPERVISOR UNVERIFIABLE
            PENDING REASSIGN          SYSTEM     PENDING
            PENDING CANCEL            SYSTEM     CANCELLED
            """;

    @Test
    void everyCombinationIsAllowedOrRefusedAsTheTableSays() {
        TransitionTable.check(ALLOWED, ReviewWorkflow.TABLE);
    }

    @Test
    void onlyTheSupervisorFinishesATaskAndOnlyWhileItWaits() {
        assertThat(ReviewWorkflow.TABLE.available(ReviewState.PENDING, Actor.SUPERVISOR))
                .containsExactlyInAnyOrder(ReviewAction.REVIEW, ReviewAction.MARK_UNVERIFIABLE);
        assertThat(ReviewWorkflow.TABLE.available(ReviewState.PENDING, Actor.INSPECTOR)).isEmpty();
        for (ReviewState done : ReviewWorkflow.ENDS) {
            assertThat(ReviewWorkflow.TABLE.available(done, Actor.SUPERVISOR)).as(done.name()).isEmpty();
            assertThat(ReviewWorkflow.TABLE.available(done, Actor.SYSTEM)).as(done.name()).isEmpty();
        }
    }
}

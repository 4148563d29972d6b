package org.sunshine.rectification;

import org.junit.jupiter.api.Test;
import org.sunshine.testing.TransitionTable;
import org.sunshine.workflow.Actor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rectification state machine as a table, the same for a finding and for a problem-list item: the department
 * reports, the inspector accepts or returns, the platform accepts it along with the rectification it was copied from,
 * withdraws it, or moves its deadline; every other combination of 5 states × 7 actions × 7 actors is refused.
 */
class RectificationWorkflowTest {

    /** state, action, actor → next state; everything not listed is refused. */
    private static final String ALLOWED = """
            RECTIFYING REPORT           HANDLER   REPORTED
            RETURNED   REPORT           HANDLER   REPORTED
            REPORTED   RETURN           INSPECTOR RETURNED
            REPORTED   ACCEPT           INSPECTOR ACCEPTED
            RECTIFYING ACCEPT_ALONG     SYSTEM    ACCEPTED
            RETURNED   ACCEPT_ALONG     SYSTEM    ACCEPTED
            REPORTED   ACCEPT_ALONG     SYSTEM    ACCEPTED
            RECTIFYING CANCEL           SYSTEM    CANCELLED
            RETURNED   CANCEL           SYSTEM    CANCELLED
            REPORTED   CANCEL           SYSTEM    CANCELLED
            RECTIFYING DEADLINE_CHANGED SYSTEM    RECTIFYING
            RETURNED   DEADLINE_CHANGED SYSTEM    RETURNED
            REPORTED   DEADLINE_CHANGED SYSTEM    REPORTED
            """;

    @Test
    void everyCombinationIsAllowedOrRefusedAsTheTableSays() {
        TransitionTable.check(ALLOWED, RectificationWorkflow.TABLE);
    }

    @Test
    void aFinishedRectificationTakesNoStep() {
        for (RectificationState done : new RectificationState[] {RectificationState.ACCEPTED, RectificationState.CANCELLED}) {
            for (Actor actor : Actor.values()) {
                assertThat(RectificationWorkflow.TABLE.available(done, actor)).as(done + " " + actor).isEmpty();
            }
        }
        assertThat(RectificationWorkflow.TABLE.available(RectificationState.REPORTED, Actor.INSPECTOR))
                .containsExactlyInAnyOrder(RectificationAction.ACCEPT, RectificationAction.RETURN);
    }
}

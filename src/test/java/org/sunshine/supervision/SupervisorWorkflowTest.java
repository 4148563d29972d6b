package org.sunshine.supervision;

import org.junit.jupiter.api.Test;
import org.sunshine.testing.TransitionTable;
import org.sunshine.workflow.Actor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A supervisor's term as a table: every (state, action, actor) listed leads where it says, every other combination —
 * 4 states × 6 actions × 7 actors — is refused with a message. {@code APPOINT} creates the record and is recorded as
 * its first step, never taken from a state.
 */
class SupervisorWorkflowTest {

    private static final String ALLOWED = """
            APPOINTED CHANGE    ADMIN  APPOINTED
            ACTIVE    CHANGE    ADMIN  ACTIVE
            EXPIRED   CHANGE    ADMIN  EXPIRED
            ACTIVE    REAPPOINT ADMIN  APPOINTED
            EXPIRED   REAPPOINT ADMIN  APPOINTED
            APPOINTED START     SYSTEM ACTIVE
            APPOINTED DISMISS   ADMIN  ENDED
            ACTIVE    DISMISS   ADMIN  ENDED
            APPOINTED EXPIRE    SYSTEM EXPIRED
            ACTIVE    EXPIRE    SYSTEM EXPIRED
            """;

    @Test
    void everyCombinationIsAllowedOrRefusedAsTheTableSays() {
        TransitionTable.check(ALLOWED, SupervisorWorkflow.TABLE);
    }

    @Test
    void aDismissedSupervisorIsNeverChangedAgain() {
        for (Actor actor : Actor.values()) {
            assertThat(SupervisorWorkflow.TABLE.available(SupervisorState.ENDED, actor)).as(actor.name()).isEmpty();
        }
    }
}

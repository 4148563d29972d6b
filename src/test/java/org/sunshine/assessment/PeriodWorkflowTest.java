package org.sunshine.assessment;

import org.junit.jupiter.api.Test;
import org.sunshine.testing.TransitionTable;
import org.sunshine.workflow.Actor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The period state machine as a table: every (state, action, actor) the table allows leads where it says, and every
 * other combination — 3 states × 9 actions × 7 actors — is refused, with a message that says why.
 */
class PeriodWorkflowTest {

    /** state, action, actor → next state; everything not listed is refused. */
    private static final String ALLOWED = """
            SCORING   ASSIGN  INSPECTOR SCORING
            SCORING   RULE    INSPECTOR SCORING
            PUBLISHED RULE    INSPECTOR PUBLISHED
            SCORING   PUBLISH INSPECTOR PUBLISHED
            PUBLISHED ACCEPT  HANDLER   PUBLISHED
            PUBLISHED OBJECT  HANDLER   PUBLISHED
            PUBLISHED ANSWER  INSPECTOR PUBLISHED
            PUBLISHED LOCK    INSPECTOR LOCKED
            LOCKED    CORRECT INSPECTOR LOCKED
            """;

    @Test
    void everyCombinationIsAllowedOrRefusedAsTheTableSays() {
        TransitionTable.check(ALLOWED, PeriodWorkflow.TABLE);
    }

    @Test
    void theLeadInspectorSeesTheStepsOfTheStateOnly() {
        assertThat(PeriodWorkflow.TABLE.available(PeriodState.SCORING, Actor.INSPECTOR))
                .containsExactlyInAnyOrder(PeriodAction.ASSIGN, PeriodAction.RULE, PeriodAction.PUBLISH);
        assertThat(PeriodWorkflow.TABLE.available(PeriodState.LOCKED, Actor.INSPECTOR)).containsExactly(PeriodAction.CORRECT);
        assertThat(PeriodWorkflow.TABLE.available(PeriodState.LOCKED, Actor.HANDLER)).as("no answer once locked").isEmpty();
        assertThat(PeriodWorkflow.TABLE.available(PeriodState.PUBLISHED, Actor.LEADER)).as("leaders read").isEmpty();
    }
}

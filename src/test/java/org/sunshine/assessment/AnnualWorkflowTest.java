package org.sunshine.assessment;

import org.junit.jupiter.api.Test;
import org.sunshine.testing.TransitionTable;

/**
 * The annual assessment's state machine as a table: every (state, action, actor) the table allows leads where it
 * says, and every other combination — 2 states × 5 actions × 7 actors — is refused, with a message that says why.
 */
class AnnualWorkflowTest {

    /** state, action, actor → next state; everything not listed is refused. */
    private static final String ALLOWED = """
            DRAFT  INCLUDE INSPECTOR DRAFT
            DRAFT  WEIGH   INSPECTOR DRAFT
            DRAFT  LOCK    INSPECTOR LOCKED
            LOCKED RELOCK  INSPECTOR LOCKED
            """;

    @Test
    void everyCombinationIsAllowedOrRefusedAsTheTableSays() {
        TransitionTable.check(ALLOWED, AnnualWorkflow.TABLE);
    }
}

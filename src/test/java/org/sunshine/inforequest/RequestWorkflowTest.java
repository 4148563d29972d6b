package org.sunshine.inforequest;

import org.junit.jupiter.api.Test;
import org.sunshine.testing.TransitionTable;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application's state machine as a table: every (state, action, actor) the table allows leads where it says,
 * every other combination — 8 states × 18 actions × 7 actors — is refused with a message that says why.
 */
class RequestWorkflowTest {

    /** state, action, actor → next state; everything not listed is refused. */
    private static final String ALLOWED = """
            SUBMITTED            REGISTER              HANDLER   REGISTERED
            REGISTERED           REQUEST_CORRECTION    HANDLER   CORRECTION_REQUESTED
            CORRECTION_REQUESTED CORRECT               PUBLIC    REGISTERED
            CORRECTION_REQUESTED CORRECT               HANDLER   REGISTERED
            CORRECTION_REQUESTED TERMINATE             SYSTEM    TERMINATED
            FEE_REQUESTED        TERMINATE             SYSTEM    TERMINATED
            REGISTERED           CONSULT               HANDLER   REGISTERED
            EXTENSION_REQUESTED  CONSULT               HANDLER   EXTENSION_REQUESTED
            REGISTERED           CONSULTATION_ANSWERED HANDLER   REGISTERED
            EXTENSION_REQUESTED  CONSULTATION_ANSWERED HANDLER   EXTENSION_REQUESTED
            REGISTERED           REQUEST_EXTENSION     HANDLER   EXTENSION_REQUESTED
            EXTENSION_REQUESTED  APPROVE_EXTENSION     HANDLER   REGISTERED
            EXTENSION_REQUESTED  REFUSE_EXTENSION      HANDLER   REGISTERED
            REGISTERED           REQUEST_FEE           HANDLER   FEE_REQUESTED
            FEE_REQUESTED        RECORD_PAYMENT        HANDLER   REGISTERED
            REGISTERED           REPLY                 HANDLER   REPLIED
            SUBMITTED            WITHDRAW              PUBLIC    WITHDRAWN
            REGISTERED           WITHDRAW              PUBLIC    WITHDRAWN
            CORRECTION_REQUESTED WITHDRAW              PUBLIC    WITHDRAWN
            EXTENSION_REQUESTED  WITHDRAW              PUBLIC    WITHDRAWN
            FEE_REQUESTED        WITHDRAW              PUBLIC    WITHDRAWN
            SUBMITTED            REMIND                INSPECTOR SUBMITTED
            REGISTERED           REMIND                INSPECTOR REGISTERED
            EXTENSION_REQUESTED  REMIND                INSPECTOR EXTENSION_REQUESTED
            REPLIED              REVIEW                INSPECTOR REPLIED
            TERMINATED           REVIEW                INSPECTOR TERMINATED
            REPLIED              RECORD_REMEDY         INSPECTOR REPLIED
            REPLIED              RECORD_REMEDY         HANDLER   REPLIED
            """;

    @Test
    void everyCombinationIsAllowedOrRefusedAsTheTableSays() {
        TransitionTable.check(ALLOWED, RequestWorkflow.TABLE);
    }

    @Test
    void aCorrectionAndAnExtensionAreAskedForOnlyOnce() {
        InfoRequest r = new InfoRequest();
        r.setState(RequestState.REGISTERED);
        assertThat(RequestWorkflow.available(r, org.sunshine.workflow.Actor.HANDLER))
                .contains(RequestAction.REQUEST_CORRECTION, RequestAction.REQUEST_EXTENSION);
        r.setCorrectionUsed(true);
        r.setRequestedExtensionDays(5);
        assertThat(RequestWorkflow.available(r, org.sunshine.workflow.Actor.HANDLER))
                .doesNotContain(RequestAction.REQUEST_CORRECTION, RequestAction.REQUEST_EXTENSION)
                .contains(RequestAction.REPLY, RequestAction.CONSULT);
    }

    @Test
    void everyResultIsOneRowOfTableThree() {
        assertThat(ReplyResult.values()).extracting(ReplyResult::row).containsOnly("1", "2", "3.1", "3.2", "3.3",
                "3.4", "3.5", "3.6", "3.7", "3.8", "4.1", "4.2", "4.3", "5.1", "5.2", "5.3", "5.4", "5.5", "6.1", "6.2",
                "6.3");
        assertThat(java.util.Arrays.stream(ReplyResult.values()).map(ReplyResult::row).distinct().count())
                .as("every row of table 三 has a result").isEqualTo(21);
    }
}

package org.sunshine.complaint;

import org.junit.jupiter.api.Test;
import org.sunshine.testing.TransitionTable;
import org.sunshine.workflow.Actor;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The state machine as a table: every (state, action, actor) the table allows leads where it says, and every
 * other combination — 11 states × 18 actions × 7 actors — is refused, with a message that says why.
 */
class ComplaintWorkflowTest {

    /** state, action, actor → next state; everything not listed is refused. */
    private static final String ALLOWED = """
            SUBMITTED           ACCEPT             INSPECTOR ACCEPTED
            SUBMITTED           REJECT             INSPECTOR REJECTED
            ACCEPTED            ASSIGN             INSPECTOR ASSIGNED
            ASSIGNED            RECEIVE            HANDLER   IN_PROGRESS
            ASSIGNED            REQUEST_RETURN     HANDLER   RETURN_REQUESTED
            IN_PROGRESS         REQUEST_RETURN     HANDLER   RETURN_REQUESTED
            RETURN_REQUESTED    APPROVE_RETURN     INSPECTOR ACCEPTED
            RETURN_REQUESTED    REFUSE_RETURN      INSPECTOR IN_PROGRESS
            IN_PROGRESS         REQUEST_EXTENSION  HANDLER   EXTENSION_REQUESTED
            REOPENED            REQUEST_EXTENSION  HANDLER   EXTENSION_REQUESTED
            EXTENSION_REQUESTED APPROVE_EXTENSION  INSPECTOR IN_PROGRESS
            EXTENSION_REQUESTED REFUSE_EXTENSION   INSPECTOR IN_PROGRESS
            IN_PROGRESS         REPLY              HANDLER   REPLIED
            REOPENED            REPLY              HANDLER   REPLIED
            REPLIED             RATE               PUBLIC    CLOSED
            REPLIED             REOPEN             PUBLIC    REOPENED
            REPLIED             EXPIRE             SYSTEM    CLOSED
            SUBMITTED           WITHDRAW           PUBLIC    WITHDRAWN
            ACCEPTED            WITHDRAW           PUBLIC    WITHDRAWN
            ASSIGNED            WITHDRAW           PUBLIC    WITHDRAWN
            IN_PROGRESS         WITHDRAW           PUBLIC    WITHDRAWN
            RETURN_REQUESTED    WITHDRAW           PUBLIC    WITHDRAWN
            EXTENSION_REQUESTED WITHDRAW           PUBLIC    WITHDRAWN
            REOPENED            WITHDRAW           PUBLIC    WITHDRAWN
            ASSIGNED            REMIND             INSPECTOR ASSIGNED
            IN_PROGRESS         REMIND             INSPECTOR IN_PROGRESS
            EXTENSION_REQUESTED REMIND             INSPECTOR EXTENSION_REQUESTED
            REOPENED            REMIND             INSPECTOR REOPENED
            """;

    @Test
    void everyCombinationIsAllowedOrRefusedAsTheTableSays() {
        TransitionTable.check(ALLOWED, ComplaintWorkflow.TABLE);
        TransitionTable.check(ALLOWED, ComplaintState.class, ComplaintAction.class, Actor.class,
                (state, action, actor) -> ComplaintWorkflow.next(state, action, actor, false, false));
    }

    @Test
    void anExtensionIsGrantedOnlyOnce() {
        assertThat(ComplaintWorkflow.next(ComplaintState.IN_PROGRESS, ComplaintAction.REQUEST_EXTENSION, Actor.HANDLER, true, false)).isEmpty();
        assertThat(ComplaintWorkflow.available(ComplaintState.IN_PROGRESS, Actor.HANDLER, true, false))
                .containsExactlyInAnyOrder(ComplaintAction.REQUEST_RETURN, ComplaintAction.REPLY);
    }

    @Test
    void aReplyIsReopenedOnlyOnce() {
        assertThat(ComplaintWorkflow.next(ComplaintState.REPLIED, ComplaintAction.REOPEN, Actor.PUBLIC, false, true)).isEmpty();
        assertThat(ComplaintWorkflow.available(ComplaintState.REPLIED, Actor.PUBLIC, false, true)).containsExactly(ComplaintAction.RATE);
        assertThat(ComplaintWorkflow.available(ComplaintState.REPLIED, Actor.PUBLIC, false, false))
                .containsExactlyInAnyOrder(ComplaintAction.RATE, ComplaintAction.REOPEN);
    }

    @Test
    void finishedItemsAcceptNothing() {
        for (ComplaintState done : List.of(ComplaintState.REJECTED, ComplaintState.CLOSED, ComplaintState.WITHDRAWN)) {
            for (Actor actor : Actor.values()) {
                assertThat(ComplaintWorkflow.available(done, actor, false, false)).as(done + " " + actor).isEmpty();
            }
        }
    }
}

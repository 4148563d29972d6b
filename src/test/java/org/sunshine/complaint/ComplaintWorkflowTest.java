package org.sunshine.complaint;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The state machine as a table: every (state, action, actor) the table allows leads where it says, and every
 * other combination — 11 states × 18 actions × 4 actors — is refused.
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

    private static Map<String, ComplaintState> table() {
        Map<String, ComplaintState> table = new HashMap<>();
        for (String line : ALLOWED.strip().split("\n")) {
            String[] cells = line.strip().split("\\s+");
            table.put(cells[0] + " " + cells[1] + " " + cells[2], ComplaintState.valueOf(cells[3]));
        }
        return table;
    }

    @Test
    void everyCombinationIsAllowedOrRefusedAsTheTableSays() {
        Map<String, ComplaintState> table = table();
        int allowed = 0;
        int refused = 0;
        for (ComplaintState state : ComplaintState.values()) {
            for (Action action : Action.values()) {
                for (Actor actor : Actor.values()) {
                    String key = state + " " + action + " " + actor;
                    var next = ComplaintWorkflow.next(state, action, actor, false, false);
                    if (table.containsKey(key)) {
                        assertThat(next).as(key).contains(table.get(key));
                        allowed++;
                    } else {
                        assertThat(next).as(key + " must be refused").isEmpty();
                        refused++;
                    }
                }
            }
        }
        assertThat(allowed).isEqualTo(28);
        assertThat(refused).isEqualTo(11 * 18 * 4 - 28);
    }

    @Test
    void anExtensionIsGrantedOnlyOnce() {
        assertThat(ComplaintWorkflow.next(ComplaintState.IN_PROGRESS, Action.REQUEST_EXTENSION, Actor.HANDLER, true, false)).isEmpty();
        assertThat(ComplaintWorkflow.available(ComplaintState.IN_PROGRESS, Actor.HANDLER, true, false))
                .containsExactlyInAnyOrder(Action.REQUEST_RETURN, Action.REPLY);
    }

    @Test
    void aReplyIsReopenedOnlyOnce() {
        assertThat(ComplaintWorkflow.next(ComplaintState.REPLIED, Action.REOPEN, Actor.PUBLIC, false, true)).isEmpty();
        assertThat(ComplaintWorkflow.available(ComplaintState.REPLIED, Actor.PUBLIC, false, true)).containsExactly(Action.RATE);
        assertThat(ComplaintWorkflow.available(ComplaintState.REPLIED, Actor.PUBLIC, false, false))
                .containsExactlyInAnyOrder(Action.RATE, Action.REOPEN);
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

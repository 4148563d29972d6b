package org.sunshine.bulletin;

import org.junit.jupiter.api.Test;
import org.sunshine.testing.TransitionTable;
import org.sunshine.workflow.Actor;


import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bulletin state machine as a table: what it allows leads where it says, and every other combination of
 * 5 states × 6 actions × 7 actors is refused — an inspector never signs, a leader never issues, a department never
 * takes a step at all, and nothing leaves 已撤销.
 */
class BulletinWorkflowTest {

    /** state, action, actor → next state; everything not listed is refused. */
    private static final String ALLOWED = """
            DRAFT     SUBMIT    INSPECTOR IN_REVIEW
            IN_REVIEW SEND_BACK LEADER    DRAFT
            IN_REVIEW SIGN      LEADER    SIGNED
            SIGNED    ISSUE     INSPECTOR ISSUED
            ISSUED    REVOKE    LEADER    REVOKED
            """;

    @Test
    void everyCombinationIsAllowedOrRefusedAsTheTableSays() {
        TransitionTable.check(ALLOWED, BulletinWorkflow.TABLE);
    }

    @Test
    void onlyAnInspectorEditsAndOnlyADraft() {
        for (BulletinState state : BulletinState.values()) {
            for (Actor actor : Actor.values()) {
                assertThat(BulletinWorkflow.editable(state, actor)).as(state + " " + actor)
                        .isEqualTo(state == BulletinState.DRAFT && actor == Actor.INSPECTOR);
            }
        }
        assertThat(BulletinWorkflow.TABLE.available(BulletinState.IN_REVIEW, Actor.LEADER))
                .containsExactlyInAnyOrder(BulletinAction.SIGN, BulletinAction.SEND_BACK);
        assertThat(BulletinWorkflow.TABLE.available(BulletinState.REVOKED, Actor.LEADER)).isEmpty();
    }
}

package org.sunshine.bulletin;

import org.junit.jupiter.api.Test;
import org.sunshine.security.Role;
import org.sunshine.testing.TransitionTable;


import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bulletin state machine as a table: what it allows leads where it says, and every other combination of
 * 5 states × 6 actions × 5 roles is refused — an inspector never signs, a leader never issues, a department never
 * takes a step at all, and nothing leaves 已撤销.
 */
class BulletinWorkflowTest {

    /** state, action, role → next state; everything not listed is refused. */
    private static final String ALLOWED = """
            DRAFT     SUBMIT    INSPECTOR IN_REVIEW
            IN_REVIEW SEND_BACK LEADER    DRAFT
            IN_REVIEW SIGN      LEADER    SIGNED
            SIGNED    ISSUE     INSPECTOR ISSUED
            ISSUED    REVOKE    LEADER    REVOKED
            """;

    @Test
    void everyCombinationIsAllowedOrRefusedAsTheTableSays() {
        TransitionTable.check(ALLOWED, BulletinState.class, BulletinAction.class, Role.class, BulletinWorkflow::next);
    }

    @Test
    void onlyAnInspectorEditsAndOnlyADraft() {
        for (BulletinState state : BulletinState.values()) {
            for (Role role : Role.values()) {
                assertThat(BulletinWorkflow.editable(state, role)).as(state + " " + role)
                        .isEqualTo(state == BulletinState.DRAFT && role == Role.INSPECTOR);
            }
        }
        assertThat(BulletinWorkflow.available(BulletinState.IN_REVIEW, Role.LEADER))
                .containsExactlyInAnyOrder(BulletinAction.SIGN, BulletinAction.SEND_BACK);
        assertThat(BulletinWorkflow.available(BulletinState.REVOKED, Role.LEADER)).isEmpty();
    }
}
